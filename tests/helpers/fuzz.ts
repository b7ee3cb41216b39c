import fc from 'fast-check';
import { afterAll } from 'vitest';

/**
 * Shared settings of the fuzz suites (`*.fuzz.test.ts`). Every property runs a fixed number of cases
 * (small enough that all unit fuzz files together take well under 15 s); `FUZZ_SEED` replays a run and
 * `FUZZ_RUNS` multiplies the cases for a longer local session. fast-check prints the seed and the
 * shrunk counterexample of a failure; each file prints how many cases it ran.
 */
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const scale = Number(process.env.FUZZ_RUNS ?? 1);

export function fuzzSuite(name: string) {
	let cases = 0;
	afterAll(() => console.log(`fuzz ${name}: ${cases} cases${seed === undefined ? '' : ` (seed ${seed})`}`));
	return function check<T>(property: fc.IProperty<T> | fc.IAsyncProperty<T>, numRuns: number) {
		const runs = Math.max(1, Math.round(numRuns * scale));
		cases += runs;
		// Counterexamples are shrunk and reported with the seed and path that replay them.
		return fc.assert(property as fc.IProperty<T>, { numRuns: runs, ...(seed !== undefined && { seed }), verbose: 1 });
	};
}

/**
 * Work measured by size, not by the clock: the characters handed to regular expressions (through
 * `exec`, which `test`, `replace`, `split` and `match` all call), to `JSON.parse` and to
 * `URLSearchParams`, each of which is linear in what it is given for the patterns this site uses.
 * A parser that is linear overall hands them a bounded multiple of its input; a quadratic one does
 * not. Use: `const m = meter(); f(input); m.stop(); expect(m.chars).toBeLessThanOrEqual(k * n)`.
 */
export function meter() {
	const exec = RegExp.prototype.exec;
	const parse = JSON.parse;
	const Params = globalThis.URLSearchParams;
	const m = { chars: 0, stop };
	RegExp.prototype.exec = function (this: RegExp, s: string) {
		m.chars += String(s).length;
		return exec.call(this, s);
	};
	JSON.parse = function (text: string, reviver?: Parameters<typeof parse>[1]) {
		m.chars += String(text).length;
		return parse(text, reviver);
	};
	globalThis.URLSearchParams = class extends Params {
		constructor(init?: ConstructorParameters<typeof Params>[0]) {
			if (typeof init === 'string') m.chars += init.length;
			super(init);
		}
	} as typeof URLSearchParams;
	function stop() {
		RegExp.prototype.exec = exec;
		JSON.parse = parse;
		globalThis.URLSearchParams = Params;
	}
	return m;
}

/** Text a hostile reader might paste: unicode, control characters, escapes, markup, huge repeats. */
export const hostileText = (maxLength = 200) =>
	fc.oneof(
		fc.string({ maxLength, unit: 'grapheme' }),
		fc.string({ maxLength, unit: 'binary' }),
		fc.constantFrom('%', '%E0%A4%A', '%zz', '__proto__', 'constructor', 'toString', '<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', 'javascript:window.__pwned=1', '\u0000', '\u2028', '../../', '//evil.example/x', '/\\evil.example/x', '/\t/evil.example/x', 'NaN', 'Infinity', '1e309', '-0', '0x10', '1'.repeat(700) + 'x'),
		fc.tuple(fc.constantFrom('1', '9 ', '-', ',', ';', '\n', 'e', '.', '%', 'a'), fc.integer({ min: 1, max: 3000 })).map(([s, n]) => s.repeat(n)),
	);
