import { describe, expect, test } from 'vitest';
import {
	followRenames,
	FORMAT_VERSION,
	knownOnly,
	MAX_ANSWERS,
	mergeEvidence,
	MIGRATIONS,
	parseStored,
	readProgress,
	serialize,
	STORAGE_KEY,
	UNREADABLE_KEY,
	writeEvidence,
	writeProgress,
} from '../../src/progress/store';
import { memoryStorage, throwingStorage } from '../helpers/memory-storage';

const memory = (initial?: string) => memoryStorage(initial === undefined ? {} : { [STORAGE_KEY]: initial });

describe('parseStored', () => {
	test('reads the current format', () => {
		expect(parseStored(serialize({ 'calculus/derivative': 'known' }))).toEqual({ progress: { 'calculus/derivative': 'known' } });
	});
	test('treats nothing stored as empty progress without a problem', () => {
		expect(parseStored(null)).toEqual({ progress: {} });
	});
	test('reports corrupt JSON and foreign values', () => {
		expect(parseStored('{not json')).toEqual({ progress: {}, problem: 'corrupt' });
		expect(parseStored('"hello"').problem).toBe('corrupt');
		expect(parseStored('[1,2]').problem).toBe('corrupt');
	});
	test('reads a newer version as far as it understands it, and says so', () => {
		expect(parseStored('{"v":99,"topics":{}}')).toEqual({ progress: {}, problem: 'newer-version' });
		expect(parseStored('{"v":4,"topics":{"calculus/derivative":"known"},"answers":{}}')).toEqual({
			progress: { 'calculus/derivative': 'known' },
			problem: 'newer-version',
		});
	});
	test('reports a version that is not a whole number as corrupt, reading what it can', () => {
		expect(parseStored('{"v":"1","topics":{"calculus/derivative":"known"}}')).toEqual({
			progress: { 'calculus/derivative': 'known' },
			problem: 'corrupt',
		});
	});
	test('salvages good entries and drops bad ones', () => {
		const text = JSON.stringify({ v: 1, topics: { 'calculus/derivative': 'known', '<script>': 'known', 'calculus/gradient': 'mastered' } });
		expect(parseStored(text)).toEqual({ progress: { 'calculus/derivative': 'known' }, problem: 'corrupt' });
	});
	test('migrates the unversioned format', () => {
		expect(parseStored('{"calculus/derivative":"learning"}')).toEqual({ progress: { 'calculus/derivative': 'learning' } });
	});
	test('keeps topics this build does not know (added later or renamed); views filter them', () => {
		const stored = parseStored(serialize({ 'calculus/derivative': 'known', 'calculus/new-topic': 'known' }));
		expect(stored).toEqual({ progress: { 'calculus/derivative': 'known', 'calculus/new-topic': 'known' } });
		expect(knownOnly(stored.progress, new Set(['calculus/derivative']))).toEqual({ 'calculus/derivative': 'known' });
	});
	test('ignores prototype keys', () => {
		const { progress } = parseStored('{"v":1,"topics":{"__proto__":"known","constructor":"known","calculus/derivative":"known"}}');
		expect(Object.keys(progress)).toEqual(['calculus/derivative']);
		expect(Object.getPrototypeOf(progress)).toBe(Object.prototype);
	});
});

describe('MIGRATIONS', () => {
	test('has one step per version, so every older version reaches the current one', () => {
		expect(MIGRATIONS.length).toBe(FORMAT_VERSION);
	});
});

describe('readProgress', () => {
	test.each([
		['a newer version', '{"v":4,"topics":{"calculus/derivative":"known"},"answers":{"x":1}}'],
		['a string version', '{"v":"1","topics":{"calculus/derivative":"known"}}'],
		['corrupt JSON', '{oops'],
		['foreign data', '[1,2,3]'],
		['an older version', '{"calculus/derivative":"learning"}'],
	])('never writes, even over %s', (_, text) => {
		const storage = memory(text);
		readProgress(storage);
		expect(storage.snapshot()).toEqual({ [STORAGE_KEY]: text });
	});
	test('marks newer data read-only and reads what it understands', () => {
		expect(readProgress(memory('{"v":4,"topics":{"calculus/derivative":"known"}}'))).toEqual({
			progress: { 'calculus/derivative': 'known' },
			evidence: { answers: {}, reviews: {}, placed: {} },
			problem: 'newer-version',
			persistent: true,
			readOnly: true,
		});
	});
	test('keeps working when storage throws', () => {
		expect(readProgress(throwingStorage)).toEqual({ progress: {}, evidence: { answers: {}, reviews: {}, placed: {} }, persistent: false, readOnly: false });
		expect(readProgress(undefined).persistent).toBe(false);
	});
});

describe('writeProgress', () => {
	test('round-trips through storage', () => {
		const storage = memory();
		expect(writeProgress(storage, { 'linear-algebra/vectors': 'skipped' })).toBe('saved');
		expect(readProgress(storage)).toEqual({ progress: { 'linear-algebra/vectors': 'skipped' }, evidence: { answers: {}, reviews: {}, placed: {} }, persistent: true, readOnly: false });
	});
	test('refuses to overwrite data of a newer version', () => {
		const newer = '{"v":4,"topics":{}}';
		const storage = memory(newer);
		expect(writeProgress(storage, { 'linear-algebra/vectors': 'known' })).toBe('read-only');
		expect(storage.snapshot()).toEqual({ [STORAGE_KEY]: newer });
	});
	test('keeps the text of an unreadable value when replacing it, so it can be exported', () => {
		const storage = memory('{oops');
		expect(writeProgress(storage, { 'linear-algebra/vectors': 'known' })).toBe('saved');
		expect(storage.data.get(UNREADABLE_KEY)).toBe('{oops');
		expect(storage.data.get(STORAGE_KEY)).toBe(serialize({ 'linear-algebra/vectors': 'known' }));
		writeProgress(storage, {});
		expect(storage.data.get(UNREADABLE_KEY)).toBe('{oops');
	});
	test('migrates an older value on the next write, without keeping a copy of it', () => {
		const storage = memory('{"calculus/derivative":"learning"}');
		writeProgress(storage, readProgress(storage).progress);
		expect(storage.snapshot()).toEqual({ [STORAGE_KEY]: serialize({ 'calculus/derivative': 'learning' }) });
	});
	test('reports storage that refuses', () => {
		expect(writeProgress(throwingStorage, { 'linear-algebra/vectors': 'known' })).toBe('unavailable');
		expect(writeProgress(undefined, {})).toBe('unavailable');
	});
});

describe('followRenames', () => {
	test('moves a renamed topic’s mark to its new id; a mark already there wins', () => {
		const renames = { 'calculus/old': 'calculus/new', 'calculus/gone': 'calculus/derivative' };
		expect(followRenames({ 'calculus/old': 'known', 'calculus/gone': 'learning', 'calculus/derivative': 'skipped' }, renames)).toEqual({
			'calculus/new': 'known',
			'calculus/derivative': 'skipped',
		});
	});
});

describe('evidence: answers and review dates beside the marks (format 2)', () => {
	const answer = (seed: number, correct = true, day = 20_000) => ({ kind: 'slope', seed, correct, day });
	test('a version-2 value migrates to 3: marks, answers and reviews stay, with no placements yet', () => {
		const v2 = JSON.stringify({ v: 2, topics: { 'calculus/derivative': 'known' }, answers: { 'calculus/derivative': [['slope', 1, 1, 20000]] }, reviews: { 'calculus/derivative': [1, 20001] } });
		expect(readProgress(memory(v2))).toEqual({
			progress: { 'calculus/derivative': 'known' },
			evidence: { answers: { 'calculus/derivative': [answer(1)] }, reviews: { 'calculus/derivative': { step: 1, due: 20_001 } }, placed: {} },
			persistent: true,
			readOnly: false,
		});
	});
	test('placements round-trip, and a broken one is dropped alone', () => {
		const storage = memory();
		expect(writeEvidence(storage, (e) => ({ ...e, placed: { 'calculus/derivative': { sure: 88, day: 20_000 } } }))).toBe('saved');
		expect(JSON.parse(storage.snapshot()[STORAGE_KEY]!).placed).toEqual({ 'calculus/derivative': [88, 20000] });
		expect(readProgress(storage).evidence.placed).toEqual({ 'calculus/derivative': { sure: 88, day: 20_000 } });
		const broken = readProgress(memory(JSON.stringify({ v: 3, topics: { 'calculus/gradient': 'learning' }, answers: {}, reviews: {}, placed: { 'calculus/derivative': [88, 20000], 'calculus/gradient': ['x', 1] } })));
		expect(broken.problem).toBe('corrupt');
		expect(broken.progress).toEqual({ 'calculus/gradient': 'learning' });
		expect(broken.evidence.placed).toEqual({ 'calculus/derivative': { sure: 88, day: 20_000 } });
	});
	test('a version-1 value migrates: its marks stay, with no evidence yet', () => {
		const v1 = '{"v":1,"topics":{"calculus/derivative":"known"}}';
		expect(readProgress(memory(v1))).toEqual({ progress: { 'calculus/derivative': 'known' }, evidence: { answers: {}, reviews: {}, placed: {} }, persistent: true, readOnly: false });
	});
	test('writing marks keeps the stored answers, and writing answers keeps the marks', () => {
		const storage = memory();
		expect(writeEvidence(storage, (e) => ({ ...e, answers: { 'calculus/derivative': [answer(1)] } }))).toBe('saved');
		expect(writeProgress(storage, { 'calculus/derivative': 'learning' })).toBe('saved');
		expect(writeEvidence(storage, (e) => ({ ...e, reviews: { 'calculus/derivative': { step: 1, due: 20_001 } } }))).toBe('saved');
		expect(readProgress(storage)).toEqual({
			progress: { 'calculus/derivative': 'learning' },
			evidence: { answers: { 'calculus/derivative': [answer(1)] }, reviews: { 'calculus/derivative': { step: 1, due: 20_001 } }, placed: {} },
			persistent: true,
			readOnly: false,
		});
	});
	test('a broken answer is dropped alone: the marks and the good answers stay, and the original text is kept', () => {
		const text = JSON.stringify({ v: 2, topics: { 'calculus/derivative': 'known' }, answers: { 'calculus/derivative': [['slope', 1, 1, 20000], ['slope', 'x', 1, 1]] }, reviews: {} });
		const storage = memory(text);
		const read = readProgress(storage);
		expect(read.problem).toBe('corrupt');
		expect(read.progress).toEqual({ 'calculus/derivative': 'known' });
		expect(read.evidence.answers).toEqual({ 'calculus/derivative': [answer(1)] });
		writeProgress(storage, read.progress);
		expect(storage.snapshot()[UNREADABLE_KEY]).toBe(text);
	});
	test('data of a newer version is read with its evidence and never written over', () => {
		const newer = JSON.stringify({ v: 4, topics: {}, answers: { 'calculus/derivative': [['slope', 1, 1, 20000]] }, streaks: 5 });
		const storage = memory(newer);
		expect(readProgress(storage).evidence.answers).toEqual({ 'calculus/derivative': [answer(1)] });
		expect(writeEvidence(storage, (e) => e)).toBe('read-only');
		expect(storage.snapshot()[STORAGE_KEY]).toBe(newer);
	});
	test('at most 20 answers are kept per topic, so 48 topics full of answers stay under 100 KB', () => {
		const answers = Object.fromEntries(Array.from({ length: 48 }, (_, i) => [`area/topic-number-${i}`, Array.from({ length: 30 }, (_, k) => ({ kind: 'backward-pass', seed: 999_999 - k, correct: k % 2 === 0, day: 20_000 + k }))]));
		const reviews = Object.fromEntries(Object.keys(answers).map((id) => [id, { step: 5, due: 20_100 }]));
		const placed = Object.fromEntries(Object.keys(answers).map((id) => [id, { sure: 100, day: 20_100 }]));
		const text = serialize({}, { answers, reviews, placed });
		expect(text.length).toBeLessThan(100_000);
		const back = parseStored(text);
		expect(back.evidence!.answers['area/topic-number-0']).toHaveLength(MAX_ANSWERS);
		expect(back.evidence!.answers['area/topic-number-0']!.at(-1)).toEqual({ kind: 'backward-pass', seed: 999_970, correct: false, day: 20_029 });
	});
	test('merging evidence from another device keeps every answer once and the further review', () => {
		const mine = { answers: { 'calculus/derivative': [answer(1, true, 5), answer(2, false, 7)] }, reviews: { 'calculus/derivative': { step: 2, due: 30 } }, placed: { 'calculus/gradient': { sure: 60, day: 9 }, 'calculus/derivative': { sure: 70, day: 3 } } };
		const theirs = { answers: { 'calculus/derivative': [answer(2, false, 7), answer(3, true, 6)], 'calculus/gradient': [answer(9)] }, reviews: { 'calculus/derivative': { step: 3, due: 20 } }, placed: { 'calculus/gradient': { sure: 90, day: 8 }, 'calculus/derivative': { sure: 95, day: 4 } } };
		expect(mergeEvidence(mine, theirs)).toEqual({
			answers: { 'calculus/derivative': [answer(1, true, 5), answer(3, true, 6), answer(2, false, 7)], 'calculus/gradient': [answer(9)] },
			reviews: { 'calculus/derivative': { step: 3, due: 20 } },
			// The later test wins, whatever it said.
			placed: { 'calculus/gradient': { sure: 60, day: 9 }, 'calculus/derivative': { sure: 95, day: 4 } },
		});
	});
});
