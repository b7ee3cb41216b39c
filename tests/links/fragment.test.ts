import { describe, expect, test } from 'vitest';
import { decodeFragment, movedAnchorTarget } from '../../src/links/fragment';

describe('decodeFragment', () => {
	test('decodes a percent-encoded fragment', () => {
		expect(decodeFragment('#%D0%BC%D0%B0%D1%82')).toBe('мат');
	});
	test.each(['#%E0%A4%A', '#%', '#%zz'])('returns malformed %s as it is instead of throwing', (hash) => {
		expect(decodeFragment(hash)).toBe(hash.slice(1));
	});
});

describe('movedAnchorTarget', () => {
	const map = JSON.stringify({ formy: '/en/linear-algebra/shapes/#shapes', bad: 7 });
	test('returns the new address of a moved heading', () => {
		expect(movedAnchorTarget('formy', map)).toBe('/en/linear-algebra/shapes/#shapes');
	});
	test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('ignores the prototype key %s', (id) => {
		expect(movedAnchorTarget(id, map)).toBeUndefined();
	});
	test('requires a string target and a readable map', () => {
		expect(movedAnchorTarget('bad', map)).toBeUndefined();
		expect(movedAnchorTarget('formy', '{oops')).toBeUndefined();
		expect(movedAnchorTarget('formy', null)).toBeUndefined();
	});
});
