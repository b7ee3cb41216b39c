import { describe, expect, test } from 'vitest';
import { applyImport, BEFORE_IMPORT_KEY, canUndoImport, needsConfirmation, planImport, undoImport } from '../../src/progress/import';
import { serialize, STORAGE_KEY } from '../../src/progress/store';
import { memoryStorage, throwingStorage } from '../helpers/memory-storage';

const known = new Set(['calculus/derivative', 'calculus/gradient', 'linear-algebra/vectors']);

describe('planImport', () => {
	test('lists what is added, changed and removed', () => {
		const plan = planImport(
			{ 'calculus/derivative': 'known', 'calculus/gradient': 'learning' },
			{ 'calculus/derivative': 'learning', 'linear-algebra/vectors': 'known' },
			known,
		);
		expect(plan).toEqual({
			next: { 'calculus/derivative': 'learning', 'linear-algebra/vectors': 'known' },
			added: ['linear-algebra/vectors'],
			changed: ['calculus/derivative'],
			removed: ['calculus/gradient'],
		});
		expect(needsConfirmation(plan)).toBe(true);
	});
	test('keeps marks for topics this build does not know', () => {
		const plan = planImport({ 'calculus/future': 'known' }, { 'calculus/derivative': 'known' }, known);
		expect(plan.next).toEqual({ 'calculus/future': 'known', 'calculus/derivative': 'known' });
		expect(plan.removed).toEqual([]);
		expect(needsConfirmation(plan)).toBe(false);
	});
});

describe('applyImport and undoImport', () => {
	test('restore exactly what was stored before, once', () => {
		const before = '{"v":1,"topics":{"calculus/derivative":"known"}}';
		const storage = memoryStorage({ [STORAGE_KEY]: before });
		expect(canUndoImport(storage)).toBe(false);
		expect(applyImport(storage, planImport({ 'calculus/derivative': 'known' }, { 'calculus/gradient': 'known' }, known))).toBe('saved');
		expect(storage.data.get(STORAGE_KEY)).toBe(serialize({ 'calculus/gradient': 'known' }));
		expect(canUndoImport(storage)).toBe(true);
		expect(undoImport(storage)).toBe(true);
		expect(storage.snapshot()).toEqual({ [STORAGE_KEY]: before });
		expect(undoImport(storage)).toBe(false);
	});
	test('undo an import into empty storage back to empty', () => {
		const storage = memoryStorage();
		applyImport(storage, planImport({}, { 'calculus/gradient': 'known' }, known));
		expect(undoImport(storage)).toBe(true);
		expect(storage.snapshot()).toEqual({});
	});
	test('keep only the state before the latest import', () => {
		const storage = memoryStorage();
		applyImport(storage, planImport({}, { 'calculus/gradient': 'known' }, known));
		applyImport(storage, planImport({ 'calculus/gradient': 'known' }, { 'calculus/derivative': 'known' }, known));
		expect(JSON.parse(storage.data.get(BEFORE_IMPORT_KEY)!)).toEqual({ raw: serialize({ 'calculus/gradient': 'known' }) });
	});
	test('refuse to import over data of a newer version', () => {
		const newer = '{"v":4,"topics":{}}';
		const storage = memoryStorage({ [STORAGE_KEY]: newer });
		expect(applyImport(storage, planImport({}, { 'calculus/gradient': 'known' }, known))).toBe('read-only');
		expect(storage.snapshot()).toEqual({ [STORAGE_KEY]: newer });
	});
	test('report storage that refuses', () => {
		expect(applyImport(throwingStorage, planImport({}, { 'calculus/gradient': 'known' }, known))).toBe('unavailable');
		expect(undoImport(throwingStorage)).toBe(false);
	});
});
