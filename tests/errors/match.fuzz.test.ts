import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, ERROR_IDS } from '../../src/errors/catalogue';
import { closestErrors, matchErrors, MAX_SCAN, MAX_URL_TEXT, searchWords, textForLink } from '../../src/errors/match';
import { fuzzSuite, hostileText, meter } from '../helpers/fuzz';

/**
 * The error page's outside input, a paste or `?msg=`, fuzzed: hostile text, pieces of the known
 * messages with random numbers and junk spliced in. Invariants: nothing throws; every number read is
 * a whole number; the text kept for a link is bounded; the work (characters the patterns advance
 * over, counted by the meter) is bounded by the patterns' count times the capped text.
 */
const check = fuzzSuite('error messages');
const PATTERNS = ERROR_IDS.reduce((n, id) => n + CATALOGUE[id].patterns.length, 0);
/** The closest-error search reads every known example once (then keeps their words): a constant. */
const EXAMPLES = ERROR_IDS.reduce((n, id) => n + CATALOGUE[id].example.length, 0);

/** A known message with its numbers replaced by random ones, cut short, and every few spaces a line break or a tab. */
const mangled = fc
	.tuple(fc.constantFrom(...ERROR_IDS), fc.array(fc.integer({ min: -5, max: 10 ** 9 }), { minLength: 8, maxLength: 8 }), fc.nat(400), fc.constantFrom('', '\r\n', '\n  ', '\t'), fc.integer({ min: 2, max: 12 }))
	.map(([id, numbers, cut, wrap, every]) => {
		let i = 0;
		let spaces = 0;
		const text = CATALOGUE[id].example.replace(/(?<![\w.]|In\[)\d+(?![A-Za-z_])/g, () => String(numbers[i++ % numbers.length]));
		return text.slice(0, Math.max(10, text.length - cut)).replace(/ /g, (s) => (++spaces % every === 0 ? wrap || s : s));
	});

const paste = fc.oneof(hostileText(2000), mangled, fc.tuple(hostileText(500), mangled, hostileText(500)).map((parts) => parts.join('\n')));

const wholeOrNull = (v: unknown): boolean =>
	v === null || v === undefined || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v)) || (Array.isArray(v) && v.every(wholeOrNull));

describe('the matcher under fuzzing', () => {
	test('never throws, reads whole numbers, keeps a bounded link text, in bounded work', () => {
		check(
			fc.property(paste, (text) => {
				const m = meter();
				let r;
				try {
					r = matchErrors(text);
					closestErrors(text);
					searchWords(text);
				} finally {
					m.stop();
				}
				expect(r.scanned).toBeLessThanOrEqual(MAX_SCAN);
				expect(m.chars).toBeLessThanOrEqual((PATTERNS + 8) * Math.max(1, Math.min(text.length, MAX_SCAN)) + 10 * PATTERNS + EXAMPLES);
				for (const f of r.found) for (const v of Object.values(f.facts)) expect(wholeOrNull(v), `${f.id}: ${JSON.stringify(f.facts)}`).toBe(true);
				expect(textForLink(text, r.found).length).toBeLessThanOrEqual(MAX_URL_TEXT);
			}),
			300,
		);
	});

	test('a known message with other numbers is still recognised as itself', () => {
		check(
			fc.property(fc.constantFrom(...ERROR_IDS), fc.array(fc.integer({ min: 0, max: 99_999 }), { minLength: 8, maxLength: 8 }), (id, numbers) => {
				let i = 0;
				const text = CATALOGUE[id].example.replace(/(?<![\w.]|In\[)\d+(?![A-Za-z_])/g, () => String(numbers[i++ % numbers.length]));
				expect(matchErrors(text).found.map((f) => f.id)).toContain(id);
			}),
			300,
		);
	});
});
