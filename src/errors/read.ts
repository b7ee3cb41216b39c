/**
 * Reading the numbers out of a framework's message: sizes and shapes as PyTorch, NumPy, TensorFlow
 * and Keras print them (`[64, 3, 3, 3]`, `(4,2)`, `(3,)`, `(None, 28, 28)`, `(5,newaxis)`).
 * The site's shape reader (src/numbers/read-shape.ts) reads what a reader types as an answer and
 * rightly refuses `None`, `newaxis` and a trailing comma; a framework prints all three, so this is a
 * different input with its own small reader. One pass over at most a few hundred characters (the
 * patterns that call it bound the text they capture).
 */

/** A shape as a framework printed it: a size, or `null` where it printed `None` (Keras's batch) or `newaxis` (NumPy's -1). */
export type Dims = readonly (number | null)[];

/** `"64, 3, 3, 3"`, `"4,2"`, `"3,"`, `"None, 28"` → sizes; an empty text is the shape of a scalar. */
export function dims(text: string): Dims {
	const out: (number | null)[] = [];
	for (const part of text.split(',')) {
		const t = part.trim();
		if (t === '') continue;
		out.push(/^-?\d{1,15}$/.test(t) ? Number(t) : null);
	}
	return out;
}

/** Every size known (no `None`), so the core's shape rules apply. */
export const known = (d: Dims): d is readonly number[] => d.every((x) => x !== null);

/** A whole number from a pattern's group. */
export const int = (s: string | undefined): number => Number(s ?? NaN);

/** The shapes in NumPy's broadcast message: `(4,2) (3,) ` → [[4, 2], [3]]. */
export function tuples(text: string): Dims[] {
	const out: Dims[] = [];
	for (const m of text.matchAll(/\(([^()]{0,200})\)/g)) out.push(dims(m[1]!));
	return out;
}

/** The product of the sizes: how many numbers a tensor of this shape holds. */
export const numel = (d: readonly number[]): number => d.reduce((p, x) => p * x, 1);

/** PyTorch's sizes (`[64, 3, 3, 3]`, `torch.Size([32, 1])`): always known, so plain numbers; anything else is left out. */
export const sizes = (text: string): number[] => dims(text).filter((x): x is number => x !== null);
