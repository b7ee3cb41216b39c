import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BEFORE_IMPORT_KEY, applyImport, planImport, undoImport } from '../../src/progress/import';
import { progressFromFile, progressFromParams, progressToFile, progressToParams } from '../../src/progress/share';
import { FORMAT_VERSION, MAX_ENTRIES, parseStored, readProgress, serialize, STATES, STORAGE_KEY, UNREADABLE_KEY, writeProgress, type KeyValueStorage, type Progress } from '../../src/progress/store';
import { fuzzSuite, hostileText, meter } from '../helpers/fuzz';
import { memoryStorage } from '../helpers/memory-storage';

/**
 * The progress store, import files and share links against hostile input: corrupt and foreign
 * values, newer and older versions, prototype keys, huge values, storage that throws.
 * Invariants: nothing throws; reads never change storage; newer data is never overwritten; the
 * state before an import can always be restored; work grows linearly with the input's size.
 */
const check = fuzzSuite('progress store, import files and share links');

const KNOWN = new Set(['calculus/derivative', 'calculus/gradient', 'linear-algebra/vectors', 'neural-networks/dense-layer']);
const topicId = fc.oneof(
	fc.constantFrom(...KNOWN, 'calculus/added-later', '__proto__', 'constructor', 'prototype', 'calculus/__proto__', ''),
	fc.stringMatching(/^[a-z0-9-]{1,12}\/[a-z0-9-]{1,12}$/),
	hostileText(40),
);
const state = fc.oneof(fc.constantFrom(...STATES), fc.constantFrom('mastered', '', null, 1, true), fc.anything({ maxDepth: 1 }));
const topics = fc.oneof(fc.dictionary(topicId, state, { maxKeys: 12 }), fc.anything({ maxDepth: 2 }));
const version = fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constantFrom('1', '2', 1.5, null, Number.MAX_SAFE_INTEGER + 2, undefined));
/** Values just under and over the entry cap, built once: building them per case would dominate the run. */
const HUGE = [MAX_ENTRIES, MAX_ENTRIES + 1].map((n) => JSON.stringify({ v: 1, topics: Object.fromEntries(Array.from({ length: n }, (_, i) => [`calculus/t${i}`, 'known'])) }));
/** Anything that might sit under the progress key: ours, older, newer, corrupt, foreign, huge. */
const storedText = fc.oneof(
	fc.record({ v: version, topics, answers: fc.anything({ maxDepth: 1 }) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
	fc.dictionary(topicId, state, { maxKeys: 8 }).map((o) => JSON.stringify(o)),
	fc.json({ maxDepth: 3 }),
	hostileText(300),
	fc.constantFrom(...HUGE),
	fc.constant('{"v":1,"topics":{"__proto__":{"polluted":"known"},"calculus/derivative":"known"}}'),
);
const maybeStored = fc.option(storedText, { nil: undefined });
const storageWith = (text: string | undefined) => memoryStorage(text === undefined ? {} : { [STORAGE_KEY]: text });

/** Storage that throws on some calls, chosen by the fuzzer. */
const flakyStorage = (inner: KeyValueStorage, fails: { get: boolean; set: boolean; remove: boolean }): KeyValueStorage => ({
	getItem: (k) => {
		if (fails.get) throw new DOMException('denied', 'SecurityError');
		return inner.getItem(k);
	},
	setItem: (k, v) => {
		if (fails.set) throw new DOMException('full', 'QuotaExceededError');
		inner.setItem(k, v);
	},
	removeItem: (k) => {
		if (fails.remove) throw new DOMException('denied', 'SecurityError');
		inner.removeItem(k);
	},
});
const failures = fc.record({ get: fc.boolean(), set: fc.boolean(), remove: fc.boolean() });

describe('the progress store under fuzzing', () => {
	test('reads never throw and never change storage, however often and whatever it holds', () => {
		check(
			fc.property(maybeStored, fc.integer({ min: 1, max: 3 }), failures, (text, reads, fails) => {
				const inner = storageWith(text);
				const before = inner.snapshot();
				for (let i = 0; i < reads; i++) {
					const r = readProgress(flakyStorage(inner, fails));
					// One assertion for all entries: thousands of `expect` calls would dominate the run.
					const bad = Object.entries(r.progress).filter(([id, s]) => !STATES.includes(s) || !/^[a-z0-9-]+(\/[a-z0-9-]+)+$/.test(id));
					expect(bad).toEqual([]);
					expect(Object.getPrototypeOf(r.progress)).toBe(Object.prototype);
				}
				expect(inner.snapshot()).toEqual(before);
			}),
			250,
		);
	});

	test('a write never overwrites data of a newer version, and keeps an unreadable value’s text', () => {
		check(
			fc.property(maybeStored, fc.dictionary(fc.constantFrom(...KNOWN), fc.constantFrom(...STATES)), failures, (text, progress, fails) => {
				const inner = storageWith(text);
				const outcome = writeProgress(flakyStorage(inner, fails), progress as Progress);
				const parsed = text === undefined ? undefined : parseStored(text);
				if (parsed?.problem === 'newer-version') expect(inner.data.get(STORAGE_KEY)).toBe(text);
				if (outcome === 'saved') {
					expect(inner.data.get(STORAGE_KEY)).toBe(serialize(progress as Progress));
					if (parsed?.problem === 'corrupt') expect(inner.data.get(UNREADABLE_KEY)).toBe(text);
				} else if (parsed?.problem !== 'newer-version') {
					expect(inner.data.get(STORAGE_KEY)).toBe(text);
				}
			}),
			400,
		);
	});

	test('reading costs a bounded multiple of the stored text’s size', () => {
		check(
			fc.property(storedText, (text) => {
				const storage = storageWith(text);
				const m = meter();
				try {
					readProgress(storage);
				} finally {
					m.stop();
				}
				// JSON once, then each id through two short patterns at most: linear, with a small constant.
				expect(m.chars).toBeLessThanOrEqual(4 * text.length + 1000);
			}),
			150,
		);
	});

	test('every older version migrates to the current one', () => {
		check(
			fc.property(fc.dictionary(fc.constantFrom(...KNOWN), fc.constantFrom(...STATES)), (progress) => {
				expect(parseStored(JSON.stringify(progress)).progress).toEqual(Object.keys(progress).length ? progress : {});
				expect(parseStored(JSON.stringify({ v: FORMAT_VERSION, topics: progress }))).toEqual({ progress });
			}),
			100,
		);
	});
});

describe('import files and share links under fuzzing', () => {
	const file = fc.oneof(
		fc.record({ kind: fc.constantFrom('nn-math-progress', 'other', undefined), v: version, topics }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
		fc.dictionary(fc.constantFrom(...KNOWN), fc.constantFrom(...STATES)).map((p) => progressToFile(p)),
		fc.json({ maxDepth: 3 }),
		hostileText(400),
	);

	test('a file is either refused with a reason or gives marks for topics this site knows', () => {
		check(
			fc.property(file, (text) => {
				const m = meter();
				let r: ReturnType<typeof progressFromFile>;
				try {
					r = progressFromFile(text, KNOWN);
				} finally {
					m.stop();
				}
				expect(m.chars).toBeLessThanOrEqual(4 * text.length + 1000);
				if (r.ok) expect(Object.keys(r.progress).some((id) => KNOWN.has(id))).toBe(true);
				else expect(['not-ours', 'newer-version', 'no-marks', 'unknown-topics']).toContain(r.reason);
			}),
			500,
		);
	});

	test('a share link never throws, keeps at most 500 marks and round-trips what it wrote', () => {
		const query = fc.oneof(
			fc.webQueryParameters(),
			hostileText(500),
			fc.array(topicId, { maxLength: 30 }).map((ids) => `known=${ids.join(',')}&learning=${ids.reverse().join(',')}`),
			fc.integer({ min: 1, max: 5000 }).map((n) => `known=${'calculus/x,'.repeat(n)}`),
		);
		check(
			fc.property(query, (q) => {
				const m = meter();
				let r: ReturnType<typeof progressFromParams>;
				try {
					r = progressFromParams(new URLSearchParams(q));
				} finally {
					m.stop();
				}
				expect(m.chars).toBeLessThanOrEqual(4 * q.length + 1000);
				expect(Object.keys(r.progress).length).toBeLessThanOrEqual(500);
				expect(progressFromParams(new URLSearchParams(progressToParams(r.progress).toString())).progress).toEqual(r.progress);
			}),
			400,
		);
	});

	test('after any import the state before it can be restored', () => {
		check(
			fc.property(maybeStored, file, fc.boolean(), (text, incoming, setFails) => {
				const inner = storageWith(text);
				const before = inner.snapshot();
				const storage = flakyStorage(inner, { get: false, set: setFails, remove: false });
				const parsed = progressFromFile(incoming, KNOWN);
				if (!parsed.ok) return;
				const plan = planImport(readProgress(storage).progress, parsed.progress, KNOWN);
				const outcome = applyImport(storage, plan);
				if (outcome !== 'saved') {
					expect(inner.data.get(STORAGE_KEY)).toBe(before[STORAGE_KEY]);
					return;
				}
				expect(undoImport(storage)).toBe(true);
				// The progress is back byte for byte; only the kept copy of an unreadable value may stay.
				const after = inner.snapshot();
				delete after[UNREADABLE_KEY];
				expect(after).toEqual(before);
				expect(inner.data.has(BEFORE_IMPORT_KEY)).toBe(false);
			}),
			400,
		);
	});
});
