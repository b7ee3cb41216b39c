import { describe, expect, test } from 'vitest';
import { parseStored, readProgress, serialize, STORAGE_KEY, writeProgress, type KeyValueStorage } from '../../src/progress/store';

function memory(initial?: string): KeyValueStorage & { data: Map<string, string> } {
	const data = new Map<string, string>();
	if (initial !== undefined) data.set(STORAGE_KEY, initial);
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

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
	test('reports an unknown version instead of guessing', () => {
		expect(parseStored('{"v":99,"topics":{}}')).toEqual({ progress: {}, problem: 'unknown-version' });
	});
	test('salvages good entries and drops bad ones', () => {
		const text = JSON.stringify({ v: 1, topics: { 'calculus/derivative': 'known', '<script>': 'known', 'calculus/gradient': 'mastered' } });
		expect(parseStored(text)).toEqual({ progress: { 'calculus/derivative': 'known' }, problem: 'corrupt' });
	});
	test('migrates the unversioned format', () => {
		expect(parseStored('{"calculus/derivative":"learning"}')).toEqual({ progress: { 'calculus/derivative': 'learning' } });
	});
	test('drops topics the site no longer has', () => {
		const known = new Set(['calculus/derivative']);
		expect(parseStored(serialize({ 'calculus/derivative': 'known', 'calculus/old-topic': 'known' }), known).progress).toEqual({
			'calculus/derivative': 'known',
		});
	});
});

describe('readProgress and writeProgress', () => {
	test('round-trip through storage', () => {
		const storage = memory();
		expect(writeProgress(storage, { 'linear-algebra/vectors': 'skipped' })).toBe(true);
		expect(readProgress(storage)).toEqual({ progress: { 'linear-algebra/vectors': 'skipped' }, persistent: true });
	});
	test('replace a corrupt value with what could be salvaged', () => {
		const storage = memory('{oops');
		const result = readProgress(storage);
		expect(result).toEqual({ progress: {}, problem: 'corrupt', persistent: true });
		expect(storage.data.get(STORAGE_KEY)).toBe(serialize({}));
	});
	test('keep working when storage throws', () => {
		const broken: KeyValueStorage = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
		};
		expect(readProgress(broken)).toEqual({ progress: {}, persistent: false });
		expect(writeProgress(broken, { 'linear-algebra/vectors': 'known' })).toBe(false);
		expect(readProgress(undefined).persistent).toBe(false);
	});
});
