import { describe, expect, test } from 'vitest';
import { progressFromFile, progressFromParams, progressToFile, progressToParams } from '../../src/progress/share';

const progress = { 'calculus/derivative': 'known', 'linear-algebra/vectors': 'known', 'calculus/gradient': 'learning' } as const;

describe('progress as a link', () => {
	test('round-trips through URL parameters', () => {
		const params = progressToParams(progress);
		expect(params.toString()).toBe('known=calculus%2Fderivative%2Clinear-algebra%2Fvectors&learning=calculus%2Fgradient');
		expect(progressFromParams(new URLSearchParams(params.toString()))).toEqual({ progress, dropped: false });
	});
	test('drops hostile or unknown entries without throwing', () => {
		const params = new URLSearchParams('known=calculus/derivative,<img src=x onerror=alert(1)>,../../etc&learning=%E0%A4%A');
		const { progress: p, dropped } = progressFromParams(params);
		expect(p).toEqual({ 'calculus/derivative': 'known' });
		expect(dropped).toBe(true);
	});
	test('caps absurdly long lists', () => {
		const ids = Array.from({ length: 5000 }, (_, i) => `calculus/t${i}`).join(',');
		const { progress: p, dropped } = progressFromParams(new URLSearchParams({ known: ids }));
		expect(Object.keys(p).length).toBe(500);
		expect(dropped).toBe(true);
	});
});

describe('progress as a file', () => {
	test('round-trips through the exported file', () => {
		expect(progressFromFile(progressToFile(progress))).toEqual({ progress, ok: true });
	});
	test('rejects a file that is not ours', () => {
		expect(progressFromFile('{"v":1,"topics":{}}').ok).toBe(false);
		expect(progressFromFile('garbage').ok).toBe(false);
	});
});
