import { describe, expect, test } from 'vitest';
import { topicRenames } from '../../src/links/moved';

describe('topicRenames', () => {
	test('reads renamed topics from page redirects, following chains and ignoring other pages', () => {
		expect(
			topicRenames({
				'/calculus/gradient-descent/': '/calculus/optimization/',
				'/calculus/optimization/': '/optimization/gradient-descent/',
				'/en/calculus/gradient-descent/': '/en/calculus/optimization/',
				'/roadmap/': '/map/',
				'/a/b/': '/c/d/',
				'/c/d/': '/a/b/',
			}),
		).toEqual({
			'calculus/gradient-descent': 'optimization/gradient-descent',
			'calculus/optimization': 'optimization/gradient-descent',
		});
	});
	test('the redirect table of this build yields no self-renames', () => {
		for (const [from, to] of Object.entries(topicRenames())) expect(from).not.toBe(to);
	});
});
