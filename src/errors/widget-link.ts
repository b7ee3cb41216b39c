/**
 * The shapes widget pre-filled with the reader's own matrices: the error page links to the matrix
 * product page with the matrices' sizes in the widget's part of the address, so the widget opens on
 * exactly the shapes of the message (src/widgets/state/shapes.ts, shapesFromLink) and its core
 * (src/core/tensor/linear.ts, matmul) reports the same mismatch. Pure, and it imports nothing of the
 * widget: a module shared with the widget's own chunk would split it into one more file on every
 * page with the widget. The page passes the widget's namespace and largest size in (the build reads
 * them from the widget's state module, src/components/ErrorPaste.astro).
 */
import type { Found } from './match';

/** The page whose `try-it` section holds the shapes widget. */
export const SHAPES_PAGE = 'linear-algebra/matrix-multiplication';

/** The two matrix shapes of a matrix-product error the widget can replay, or undefined. */
export function productShapes(f: Found): [[number, number], [number, number]] | undefined {
	if (f.id !== 'mat1-mat2-shapes' && f.id !== 'numpy-shapes-not-aligned' && f.id !== 'tf-matrix-size-incompatible') return undefined;
	const { left, right } = f.facts as { left?: readonly (number | null)[]; right?: readonly (number | null)[] };
	if (!left || !right || left.length !== 2 || right.length !== 2) return undefined;
	if ([...left, ...right].some((x) => x === null)) return undefined;
	return [left as [number, number], right as [number, number]];
}

/**
 * The widget's size fields for A (m×n) and W (p×q), or undefined when a size is outside what the
 * widget holds (1 to `max` each).
 */
export function shapesState([m, n]: readonly [number, number], [p, q]: readonly [number, number], max: number): Record<string, string> | undefined {
	if (![m, n, p, q].every((s) => Number.isInteger(s) && s >= 1 && s <= max)) return undefined;
	return { m: String(m), n: String(n), p: String(p), q: String(q) };
}
