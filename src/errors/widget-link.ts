/**
 * The shapes widget pre-filled with the reader's own matrices: the error page links to the matrix
 * product page with the widget's state in the address, so the widget opens on exactly the shapes of
 * the message and its core (src/core/tensor/linear.ts, matmul) reports the same mismatch.
 * Pure: the page script turns the state into a link with src/widgets/lib/url.ts.
 */
import { MAX_SIZE, resize } from '../widgets/state/shapes';
import type { Found } from './match';

/** The page whose `try-it` section holds the shapes widget. */
export const SHAPES_PAGE = 'linear-algebra/matrix-multiplication';

/** The two matrix shapes of a matrix-product error the widget can replay, or undefined. */
export function productShapes(f: Found): [[number, number], [number, number]] | undefined {
	const facts = f.facts as { left?: readonly (number | null)[]; right?: readonly (number | null)[] };
	const { left, right } = facts;
	if (!left || !right || left.length !== 2 || right.length !== 2) return undefined;
	if (f.id !== 'mat1-mat2-shapes' && f.id !== 'numpy-shapes-not-aligned' && f.id !== 'tf-matrix-size-incompatible') return undefined;
	if ([...left, ...right].some((x) => x === null)) return undefined;
	return [left as [number, number], right as [number, number]];
}

/** Whether the widget can hold matrices of these sizes (1 to MAX_SIZE each). */
export const fitsWidget = (sizes: readonly number[]): boolean => sizes.every((s) => Number.isInteger(s) && s >= 1 && s <= MAX_SIZE);

/**
 * The widget's fields for A (m×n) and W (p×q): the four sizes and matrices of that size filled with
 * the widget's own small numbers. Undefined when a size is outside what the widget holds.
 */
export function shapesState([m, n]: readonly [number, number], [p, q]: readonly [number, number]): Record<string, string> | undefined {
	if (!fitsWidget([m, n, p, q])) return undefined;
	return { m: String(m), n: String(n), p: String(p), q: String(q), a: resize('', m, n), w: resize('', p, q) };
}
