import { describe, expect, test } from 'vitest';
import { matchErrors } from '../../src/errors/match';
import { productShapes, shapesState, SHAPES_PAGE } from '../../src/errors/widget-link';
import { linkTo, readState } from '../../src/widgets/lib/url';
import { checkShapes, MAX_SIZE, SHAPES_NS, shapesFromLink, SIZE_KEYS } from '../../src/widgets/state/shapes';

/**
 * The link from an explained matrix error to the shapes widget: the widget, reading that link the
 * way it reads any address (src/widgets/lib/url.ts, then ShapeExplorer's linkTexts: shapesFromLink),
 * gets exactly the reader's shapes, and its core
 * (matmul in src/core/tensor/linear.ts) reports the same mismatch — the same two shapes the message
 * named, not numbers the error page computed.
 */

const KEYS = [...SIZE_KEYS, 'a', 'w'];

/** What the widget shows for the address the error page links to. */
function widgetFor(message: string) {
	const found = matchErrors(message).found[0]!;
	const shapes = productShapes(found);
	if (!shapes) return { found, shapes };
	const state = shapesState(...shapes, MAX_SIZE);
	if (!state) return { found, shapes, state };
	const href = linkTo(`https://example.org/${SHAPES_PAGE}/`, SHAPES_NS, state);
	const read = readState(new URL(href).search, SHAPES_NS, KEYS);
	return { found, shapes, state, href, read, widget: checkShapes(shapesFromLink(read)) };
}

describe('the shapes widget opened from an error', () => {
	test.each([
		['RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x2 and 3x16)', [4, 2], [3, 16]],
		['mat1 and mat2 shapes cannot be multiplied (1x2 and 6x16)', [1, 2], [6, 16]],
		['ValueError: shapes (3,5) and (4,2) not aligned: 5 (dim 1) != 4 (dim 0)', [3, 5], [4, 2]],
		['InvalidArgumentError: Matrix size-incompatible: In[0]: [3,4], In[1]: [3,2]', [3, 4], [3, 2]],
	])('%s → the widget holds exactly those shapes and its core reports the same mismatch', (message, left, right) => {
		const r = widgetFor(message);
		expect(r.shapes).toEqual([left, right]);
		expect(r.read).toMatchObject({ m: String(left[0]), n: String(left[1]), p: String(right[0]), q: String(right[1]) });
		expect(r.widget).toHaveProperty('ok');
		const shown = (r.widget as { ok: { err?: unknown } }).ok;
		expect(shown.err).toEqual({ code: 'matmul-inner', left, right });
	});

	test('sizes the widget cannot hold get no link, and errors that are not a matrix product get none', () => {
		expect(widgetFor('mat1 and mat2 shapes cannot be multiplied (64x1568 and 6272x10)').state).toBeUndefined();
		expect(widgetFor('shapes (2,3,4) and (5,6) not aligned: 4 (dim 2) != 5 (dim 0)').shapes).toBeUndefined();
		expect(widgetFor('The size of tensor a (4) must match the size of tensor b (16) at non-singleton dimension 1').shapes).toBeUndefined();
	});
});
