import { describe, expect, test } from 'vitest';
import { progressFromFile, progressFromParams, progressToFile, progressToParams } from '../../src/progress/share';

const progress = { 'calculus/derivative': 'known', 'linear-algebra/vectors': 'known', 'calculus/gradient': 'learning' } as const;

describe('progress as a link', () => {
	test('round-trips through URL parameters', () => {
		const params = progressToParams(progress);
		expect(params.toString()).toBe('known=calculus%2Fderivative%2Clinear-algebra%2Fvectors&learning=calculus%2Fgradient');
		expect(progressFromParams(new URLSearchParams(params.toString()))).toEqual({ progress, evidence: { answers: {}, reviews: {}, placed: {} }, dropped: false });
	});
	test('carries what the reader has shown: the last two answers per topic, reviews and placements', () => {
		const a = (seed: number, correct: boolean, day: number) => ({ kind: 'slope', seed, correct, day });
		const evidence = {
			answers: { 'calculus/derivative': [a(1, false, 20_000), a(2, true, 20_001), a(3, true, 20_002)], 'calculus/chain-rule': [{ kind: 'exercise', seed: 0, correct: true, day: 20_003 }] },
			reviews: { 'calculus/derivative': { step: 2, due: 20_005 } },
			placed: { 'foundations/summation': { sure: 91, day: 20_004 } },
		};
		const back = progressFromParams(new URLSearchParams(progressToParams(progress, evidence).toString()));
		expect(back).toEqual({
			progress,
			evidence: { ...evidence, answers: { ...evidence.answers, 'calculus/derivative': [a(2, true, 20_001), a(3, true, 20_002)] } },
			dropped: false,
		});
		// Readable as typed: the whole link for one topic's evidence stays short.
		expect(progressToParams({}, { answers: {}, reviews: {}, placed: evidence.placed }).toString()).toBe('placed=foundations%2Fsummation%3A91%3A20004');
	});
	test('a broken piece of evidence in a link is dropped alone', () => {
		const params = new URLSearchParams({
			known: 'calculus/derivative',
			answers: 'calculus/derivative:slope.1.1.20000|slope.x.1.1|<b>.2.1.3,<b>:slope.1.1.1,calculus/gradient',
			reviews: 'calculus/derivative:2:20005,calculus/gradient:-1:5',
			placed: 'foundations/summation:101:20000,calculus/gradient:50:20000:9,calculus/chain-rule:60:20000',
		});
		const r = progressFromParams(params);
		expect(r.progress).toEqual({ 'calculus/derivative': 'known' });
		expect(r.evidence).toEqual({
			answers: { 'calculus/derivative': [{ kind: 'slope', seed: 1, correct: true, day: 20_000 }] },
			reviews: { 'calculus/derivative': { step: 2, due: 20_005 } },
			placed: { 'calculus/chain-rule': { sure: 60, day: 20_000 } },
		});
		expect(r.dropped).toBe(true);
	});
	test('an absurd evidence parameter costs no more than its length and keeps at most 500 topics', () => {
		const huge = Array.from({ length: 5000 }, (_, i) => `calculus/t${i}:slope.1.1.1|${'slope.2.1.1|'.repeat(50)}`).join(',');
		const r = progressFromParams(new URLSearchParams({ answers: huge }));
		expect(Object.keys(r.evidence.answers).length).toBeLessThanOrEqual(150);
		expect(r.dropped).toBe(true);
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
		expect(progressFromFile(progressToFile(progress))).toEqual({ progress, evidence: { answers: {}, reviews: {}, placed: {} }, ok: true });
	});
	test('the file carries answers, review dates and placements, and a version-1 file (marks only) still imports', () => {
		const evidence = {
			answers: { 'calculus/derivative': [{ kind: 'slope', seed: 42, correct: true, day: 20_000 }, { kind: 'exercise', seed: 0, correct: false, day: 20_001 }] },
			reviews: { 'calculus/derivative': { step: 2, due: 20_004 } },
			placed: { 'calculus/chain-rule': { sure: 87, day: 20_002 } },
		};
		expect(progressFromFile(progressToFile(progress, undefined, evidence))).toEqual({ ok: true, progress, evidence });
		expect(progressFromFile(file({ 'calculus/derivative': 'known' }))).toEqual({ ok: true, progress: { 'calculus/derivative': 'known' }, evidence: { answers: {}, reviews: {}, placed: {} } });
	});
	test('a file with broken answers keeps the good ones', () => {
		const text = JSON.stringify({ kind: 'nn-math-progress', v: 2, topics: {}, answers: { 'calculus/derivative': [['slope', 1, 1, 5], ['slope', -1, 1, 5], 'x'], '<b>': [['a', 1, 1, 1]] }, reviews: { 'calculus/derivative': [1, 'x'] } });
		expect(progressFromFile(text)).toEqual({ ok: true, progress: {}, evidence: { answers: { 'calculus/derivative': [{ kind: 'slope', seed: 1, correct: true, day: 5 }] }, reviews: {}, placed: {} } });
		// A version-3 file: a broken placement is dropped alone.
		const v3 = JSON.stringify({ kind: 'nn-math-progress', v: 3, topics: {}, answers: {}, reviews: {}, placed: { 'calculus/derivative': [90, 20_000], 'calculus/gradient': [101, 1], '<b>': [50, 1] } });
		expect(progressFromFile(v3)).toEqual({ ok: true, progress: {}, evidence: { answers: {}, reviews: {}, placed: { 'calculus/derivative': { sure: 90, day: 20_000 } } } });
	});
	test('rejects a file that is not ours', () => {
		expect(progressFromFile('{"v":1,"topics":{}}')).toEqual({ ok: false, reason: 'not-ours' });
		expect(progressFromFile('garbage')).toEqual({ ok: false, reason: 'not-ours' });
		expect(progressFromFile('{"kind":"nn-math-progress","v":"1","topics":{}}')).toEqual({ ok: false, reason: 'not-ours' });
	});
	const file = (topics: unknown) => JSON.stringify({ kind: 'nn-math-progress', v: 1, ...(topics !== undefined && { topics }) });
	test.each([
		['no usable entry', { bogus: 'known' }],
		['an array', []],
		['null', null],
		['nothing', undefined],
		['an empty object', {}],
	])('refuses a file with %s as its topics, saying there are no marks', (_, topics) => {
		expect(progressFromFile(file(topics), new Set(['calculus/derivative']))).toEqual({ ok: false, reason: 'no-marks' });
	});
	test('refuses a file whose marks are all for topics this site does not have', () => {
		expect(progressFromFile(file({ 'calculus/future': 'known' }), new Set(['calculus/derivative']))).toEqual({ ok: false, reason: 'unknown-topics' });
	});
	test('refuses a file of a newer version instead of guessing', () => {
		expect(progressFromFile(JSON.stringify({ kind: 'nn-math-progress', v: 4, topics: progress }))).toEqual({ ok: false, reason: 'newer-version' });
	});
	test('keeps marks for unknown topics next to known ones, so they survive a move between versions', () => {
		const result = progressFromFile(file({ 'calculus/future': 'known', 'calculus/derivative': 'learning' }), new Set(['calculus/derivative']));
		expect(result).toEqual({ ok: true, progress: { 'calculus/future': 'known', 'calculus/derivative': 'learning' }, evidence: { answers: {}, reviews: {}, placed: {} } });
	});
	test('carries the kept unreadable copy in the exported file', () => {
		expect(JSON.parse(progressToFile({}, '{oops'))).toEqual({ kind: 'nn-math-progress', v: 3, topics: {}, answers: {}, reviews: {}, placed: {}, unreadable: '{oops' });
	});
});
