/**
 * Suggests the existing name closest to a misspelt one, for "did you mean" hints in build errors.
 * Edit distance over characters; ties go to the earlier candidate so the hint is reproducible.
 */
export function editDistance(a: string, b: string): number {
	// Two rolling rows keep memory linear in the shorter string.
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	let current = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
		}
		[previous, current] = [current, previous];
	}
	return previous[b.length]!;
}

/**
 * Returns the candidate closest to `name`, or `undefined` when nothing is close enough to be a
 * plausible typo. A candidate with the same last path segment wins outright: that is a topic moved
 * to another area (`calculus/dot-product` for `linear-algebra/dot-product`).
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
	const leaf = name.split('/').at(-1);
	const moved = candidates.find((c) => c !== name && c.split('/').at(-1) === leaf);
	if (moved !== undefined) return moved;
	let best: string | undefined;
	let bestScore = Number.POSITIVE_INFINITY;
	for (const candidate of candidates) {
		const score = editDistance(name, candidate);
		if (score < bestScore) {
			best = candidate;
			bestScore = score;
		}
	}
	// More than a third of the name changed is not a typo any more.
	return bestScore <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
