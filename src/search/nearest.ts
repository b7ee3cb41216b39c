/**
 * The site's own word nearest to a word that finds nothing: «производня» → «производная»,
 * "derivitive" → "derivative". Optimal string alignment distance (Levenshtein plus swapped
 * neighbours, the commonest slip): 1 edit up to 8 letters, 2 beyond. More lets a real word the site
 * does not use become another one («слепой» → «слой»). Ties go to the longer word, then to the
 * earlier one in the vocabulary.
 */
export function allowedEdits(word: string): number {
	return word.length <= 8 ? 1 : 2;
}

/** The optimal string alignment distance of `a` and `b`, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > limit) return limit + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length]!;
}

/** The vocabulary word nearest to `word` within its allowed edits, or `undefined`. Words under 3 letters are never replaced. */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
	if ([...word].length < 3) return undefined;
	const limit = allowedEdits(word);
	let found: string | undefined;
	let foundDistance = limit + 1;
	for (const candidate of vocabulary) {
		if (candidate === word) return word;
		const d = editDistance(word, candidate, Math.min(limit, foundDistance));
		if (d < foundDistance || (d === foundDistance && found !== undefined && candidate.length > found.length)) {
			if (d <= limit) {
				found = candidate;
				foundDistance = d;
			}
		}
	}
	return found;
}
