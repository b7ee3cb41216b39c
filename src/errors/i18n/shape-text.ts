/**
 * A shape from a message, written in the explanations: in the site's notation `(4×2)` when every size
 * is known (src/core/shape-notation.ts), and as the framework printed it, `(None, 28, 28)`, when the
 * batch size is unknown, so the reader recognises their own message.
 */
import { formatShape } from '../../core/shape-notation';
import { known, type Dims } from '../read';

export const shapeText = (d: Dims): string => (known(d) ? formatShape(d) : `(${d.map((x) => x ?? 'None').join(', ')})`);

/** The sizes after the batch axis, when every one is known: what Dense or a reshape sees in one example. */
export const perExample = (d: Dims): number[] | undefined => {
	const rest = d.slice(1);
	return rest.length > 0 && known(rest) ? [...rest] : undefined;
};
