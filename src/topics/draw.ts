/**
 * Drawing a problem's numbers from a seed: the one helper every topic module uses, kept apart from
 * any topic so that a topic's practice bundle does not pull in another topic's module to get it.
 */
import type { Rng } from '../core/random';

/** A whole number from `lo` to `hi` (both included), skipping zero when `nonzero`. */
export function pick(rng: Rng, lo: number, hi: number, nonzero = false): number {
	for (;;) {
		const n = lo + rng.int(hi - lo + 1);
		if (!nonzero || n !== 0) return n;
	}
}
