/**
 * A problem's address: `?p=<kind>-<seed>#practice`. The seed is at most six digits, which keeps a
 * link short and still gives a million problems per kind.
 */

export const MAX_SEED = 999_999;

/** A fresh seed for "new problem". Math.random is fine here: the seed only has to differ, not be secret. */
export const freshSeed = (): number => 1 + Math.floor(Math.random() * MAX_SEED);

/** `{ kind, seed }` from a link's `p` parameter, or `undefined` if it names no kind of this topic or has a bad seed. */
export function parseSeed(p: string | null, kinds: readonly string[]): { kind: string; seed: number } | undefined {
	const m = /^([a-z0-9-]+)-(\d{1,6})$/.exec(p ?? '');
	if (!m || !kinds.includes(m[1]!)) return undefined;
	return { kind: m[1]!, seed: Number(m[2]) };
}

/** The value of `p` for a problem. */
export const seedParam = (kind: string, seed: number): string => `${kind}-${seed}`;
