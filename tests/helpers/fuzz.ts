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
 * Work measured by size, not by the clock: the characters regular expressions advance over (through
 * `exec`, which `test`, `replace`, `split` and `match` all call) and the characters handed to
 * `JSON.parse` and `URLSearchParams`. Code that is linear overall makes them cover a bounded
 * multiple of its input; code that re-reads the input per item does not. (Backtracking inside one
 * regular expression is not counted here: the patterns' own linearity is tested where they live.) Use: `const m = meter(); f(input); m.stop(); expect(m.chars).toBeLessThanOrEqual(k * n)`.
 */
export function meter() {
	const exec = RegExp.prototype.exec;
	const parse = JSON.parse;
	const Params = globalThis.URLSearchParams;
	const m = { chars: 0, stop };
	RegExp.prototype.exec = function (this: RegExp, s: string) {
		// The span the search advanced over: from where it started (lastIndex for /g and /y) to the
		// end of the match, or to the end of the text when a scanning search found nothing.
		const text = String(s);
		const from = this.global || this.sticky ? this.lastIndex : 0;
		const result = exec.call(this, text);
		// A sticky search (what `split` uses, one position at a time) that fails looked at one position.
		const end = result ? result.index + result[0].length : this.sticky ? from + 1 : text.length;
		m.chars += Math.max(1, end - from);
		return result;
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
