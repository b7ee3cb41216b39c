/**
 * The broadcasting rule on whole shapes, on its own so that a page that only explains a shape error
 * (the error page, src/errors/) gets the rule without the topic's figures, examples and practice.
 * The topic module re-exports both functions; tests: tests/topics/linear-algebra/tensors-and-broadcasting.test.ts.
 */

/** Two shapes aligned on the right, the missing axes on the left filled with 1. */
export function alignRight(a: readonly number[], b: readonly number[]): [number[], number[]] {
	const n = Math.max(a.length, b.length);
	const pad = (s: readonly number[]) => [...Array<number>(n - s.length).fill(1), ...s];
	return [pad(a), pad(b)];
}

/**
 * The shape of an elementwise operation on arrays of shapes `a` and `b`, or the first axis (from the
 * left of the aligned shapes) where the lengths differ and neither is 1.
 */
export function broadcastShape(a: readonly number[], b: readonly number[]): { shape: number[] } | { axis: number; sizes: [number, number] } {
	const [pa, pb] = alignRight(a, b);
	const shape: number[] = [];
	for (let i = 0; i < pa.length; i++) {
		const x = pa[i]!;
		const y = pb[i]!;
		if (x !== y && x !== 1 && y !== 1) return { axis: i, sizes: [x, y] };
		shape.push(Math.max(x, y));
	}
	return { shape };
}
