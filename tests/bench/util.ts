/** Small helpers shared by the benchmark's sections. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder with package.json). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A section of bench-results.json: a flat object of named numbers. */
export type Section = Record<string, number>;

export function median(xs: readonly number[]): number {
	if (xs.length === 0) return Number.NaN;
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Rounds to a number of significant-looking decimals, keeping JSON and the table readable. */
export function round(x: number, decimals = 2): number {
	if (!Number.isFinite(x)) return x;
	const f = 10 ** decimals;
	return Math.round(x * f) / f;
}

/** Total size in bytes of every file under `dir` whose path (relative, with `/`) passes `filter`. */
export function dirBytes(dir: string, filter: (rel: string) => boolean = () => true): number {
	let total = 0;
	for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const path = join(dir, rel);
		const st = statSync(path);
		if (st.isFile() && filter(rel.split('\\').join('/'))) total += st.size;
	}
	return total;
}

/** Wall-clock budget of the whole run; sections ask it how much time is left. */
export class Clock {
	readonly start = performance.now();
	constructor(readonly budgetSeconds: number) {}
	elapsed(): number {
		return (performance.now() - this.start) / 1000;
	}
	left(): number {
		return this.budgetSeconds - this.elapsed();
	}
}

export function log(message: string): void {
	process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}
