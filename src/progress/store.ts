/**
 * The learner's progress, kept in the browser only (no account): which topics are known, being
 * learned or skipped. Stored in localStorage as versioned JSON so the format can change later.
 *
 * Lifecycle and guarantees (a site without accounts must never lose a reader's progress):
 * - `readProgress` never throws and never writes. A missing value is an empty progress.
 * - A value saved by an older format is migrated in memory through {@link MIGRATIONS}; it is stored
 *   in the new format only when the reader next changes a mark.
 * - A value saved by a NEWER version of the site (a reader who went back to an older copy) is read
 *   as far as it is understood and marked `readOnly`: nothing on this page overwrites it.
 * - A corrupt or foreign value is reported in `problem` and read as far as possible; the first
 *   write over it keeps the original text under {@link UNREADABLE_KEY}, so it can still be exported.
 * - Entries for topics this build does not know (added later, or renamed) are kept: views ignore
 *   them, writes carry them along.
 * - When storage itself is unavailable (private mode, disabled, quota) the page still works for the
 *   visit and `persistent` is false, so it can say progress is not being saved.
 */

import type { AnswerRecord } from '../mastery/level';
import type { ReviewState } from '../mastery/review';

export const STORAGE_KEY = 'nn-math:progress';
/** The text of a stored value that could not be read, kept when a write replaced it. */
export const UNREADABLE_KEY = 'nn-math:progress-unreadable';
export const FORMAT_VERSION = 3;

export const STATES = ['known', 'learning', 'skipped'] as const;
export type TopicState = (typeof STATES)[number];

/** Topic id → state. A topic not listed is "not started". */
export type Progress = Record<string, TopicState>;

/**
 * What the reader has shown, beside what they clicked (src/mastery/): their checked answers and each
 * topic's review schedule. Kept per topic id, like the marks, for topics this build does not know too.
 */
export interface Evidence {
	/** Topic id → its checked answers, oldest first; at most {@link MAX_ANSWERS} are kept per topic. */
	answers: Record<string, AnswerRecord[]>;
	/** Topic id → when it is next reviewed (src/mastery/review.ts). */
	reviews: Record<string, ReviewState>;
	/**
	 * Topic id → what the placement test concluded (src/mastery/placement.ts): the reader most likely
	 * knows it, this sure (0–100 %), on that day. Shown as «placed», apart from the reader's own marks
	 * (a claim) and from mastery (answers on the topic itself); a reader's own mark always wins.
	 */
	placed: Record<string, Placed>;
}

export interface Placed {
	/** How sure the test was, in whole percent. */
	sure: number;
	/** The day of the test (days since 1970-01-01 in the reader's time zone). */
	day: number;
}

/** The answers kept per topic: enough for the mastery rules (the last two) and a history, ~1 KB a topic. */
export const MAX_ANSWERS = 20;
/** Topics with evidence kept; with MAX_ANSWERS this holds the whole value well under 100 KB. */
export const MAX_EVIDENCE_TOPICS = 150;

export const emptyEvidence = (): Evidence => ({ answers: {}, reviews: {}, placed: {} });

/** One answer as stored, compactly: `[kind, seed, 1 | 0, day]`. */
type StoredAnswer = [string, number, 0 | 1, number];

export interface StoredProgress {
	v: typeof FORMAT_VERSION;
	topics: Progress;
	/** Topic id → answers, `[kind, seed, right, day]` each. */
	answers: Record<string, StoredAnswer[]>;
	/** Topic id → `[step, due day]`. */
	reviews: Record<string, [number, number]>;
	/** Topic id → `[sure %, day]` from the placement test. */
	placed: Record<string, [number, number]>;
}

/**
 * The format's history: `MIGRATIONS[n]` turns data of version `n` into version `n + 1`, so data of
 * any older version reaches {@link FORMAT_VERSION} by running the tail of the list. A new version
 * (the mastery issue will add stored answers as version 2) bumps FORMAT_VERSION and appends one
 * function here; a test checks the list is as long as the version number.
 */
export const MIGRATIONS: readonly ((data: Record<string, unknown>) => Record<string, unknown>)[] = [
	// 0 → 1: before the format had a version, the value was a bare object of states.
	(data) => ({ v: 1, topics: data }),
	// 1 → 2: answers and review schedules join the marks; an older value has none yet.
	(data) => ({ ...data, v: 2, answers: {}, reviews: {} }),
	// 2 → 3: what the placement test found is kept apart from the marks; an older value has none.
	(data) => ({ ...data, v: 3, placed: {} }),
];

export type ProgressProblem = 'corrupt' | 'newer-version';

export interface ReadResult {
	progress: Progress;
	/** The answers and review schedules stored with the marks (empty when there are none). */
	evidence: Evidence;
	/** Set when a stored value existed but could not be used as it was. */
	problem?: ProgressProblem;
	/** False when localStorage cannot be read or written: progress lives only as long as the page. */
	persistent: boolean;
	/** True when the stored value comes from a newer version of the site: show it, never overwrite it. */
	readOnly: boolean;
}

/** Topic ids are slugs like `linear-algebra/vectors`; anything else in stored data is dropped. */
const TOPIC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)+$/;
/** Longer ids or more entries than this are not progress but junk; reading them costs no more than this. */
const MAX_ID = 200;
export const MAX_ENTRIES = 2000;

export function isTopicId(id: string): boolean {
	return id.length <= MAX_ID && TOPIC_ID.test(id);
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Keeps only well-formed entries of a progress object (any topic id of the right shape, known to
 * this build or not). Returns the clean progress and whether anything had to be dropped.
 */
export function sanitizeProgress(value: unknown): { progress: Progress; dropped: boolean } {
	const progress: Progress = {};
	let dropped = false;
	if (!isRecord(value)) return { progress, dropped: value !== undefined };
	let count = 0;
	for (const id of Object.keys(value)) {
		const state = value[id];
		if (++count <= MAX_ENTRIES && isTopicId(id) && (STATES as readonly unknown[]).includes(state)) progress[id] = state as TopicState;
		else dropped = true;
	}
	return { progress, dropped };
}

/** The progress for the topics of this build only: what a view shows. */
export function knownOnly(progress: Progress, knownTopics: ReadonlySet<string>): Progress {
	return Object.fromEntries(Object.entries(progress).filter(([id]) => knownTopics.has(id)));
}

/**
 * Brings parsed data to the current version. `version` is the data's own version (0 when it has
 * none); returns `newer` for a version this build cannot know and `bad` for a version that is not a
 * whole number.
 */
export function migrate(data: Record<string, unknown>): { data: Record<string, unknown> } | { newer: Record<string, unknown> } | { bad: true } {
	const version = 'v' in data ? data.v : 0;
	if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) return { bad: true };
	if (version > FORMAT_VERSION) return { newer: data };
	let current = data;
	for (let n = version; n < FORMAT_VERSION; n++) current = MIGRATIONS[n]!(current);
	return { data: current };
}

const KIND = /^[a-z0-9][a-z0-9-]{0,39}$/;
const isInt = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= lo && v <= hi;

/**
 * Keeps only well-formed evidence: answers `[kind, seed, 0|1, day]` (the last MAX_ANSWERS per topic),
 * reviews `[step, due]` and placements `[sure %, day]`, under topic ids of the right shape. Linear in
 * the input's size, bounded.
 */
export function sanitizeEvidence(answers: unknown, reviews: unknown, placed?: unknown): { evidence: Evidence; dropped: boolean } {
	const evidence = emptyEvidence();
	let dropped = false;
	if (isRecord(answers)) {
		let topics = 0;
		for (const id of Object.keys(answers)) {
			const list = answers[id];
			if (++topics > MAX_EVIDENCE_TOPICS || !isTopicId(id) || !Array.isArray(list)) {
				dropped = true;
				continue;
			}
			const kept: AnswerRecord[] = [];
			for (const a of list.slice(-MAX_ANSWERS)) {
				if (Array.isArray(a) && a.length === 4 && typeof a[0] === 'string' && KIND.test(a[0]) && isInt(a[1], 0, 2 ** 31) && (a[2] === 0 || a[2] === 1) && isInt(a[3], 0, 10_000_000))
					kept.push({ kind: a[0], seed: a[1], correct: a[2] === 1, day: a[3] });
				else dropped = true;
			}
			if (list.length > MAX_ANSWERS) dropped = true;
			if (kept.length > 0) evidence.answers[id] = kept;
		}
	} else if (answers !== undefined) dropped = true;
	if (isRecord(reviews)) {
		let topics = 0;
		for (const id of Object.keys(reviews)) {
			const r = reviews[id];
			if (++topics <= MAX_EVIDENCE_TOPICS && isTopicId(id) && Array.isArray(r) && r.length === 2 && isInt(r[0], 0, 1000) && isInt(r[1], 0, 10_000_000)) evidence.reviews[id] = { step: r[0], due: r[1] };
			else dropped = true;
		}
	} else if (reviews !== undefined) dropped = true;
	if (isRecord(placed)) {
		let topics = 0;
		for (const id of Object.keys(placed)) {
			const p = placed[id];
			if (++topics <= MAX_EVIDENCE_TOPICS && isTopicId(id) && Array.isArray(p) && p.length === 2 && isInt(p[0], 0, 100) && isInt(p[1], 0, 10_000_000)) evidence.placed[id] = { sure: p[0], day: p[1] };
			else dropped = true;
		}
	} else if (placed !== undefined) dropped = true;
	return { evidence, dropped };
}

const hasEvidence = (e: Evidence) => Object.keys(e.answers).length > 0 || Object.keys(e.reviews).length > 0 || Object.keys(e.placed).length > 0;

/**
 * Parses a stored value; pure, never throws. `evidence` is present only when there is some, so a
 * value of marks alone reads as it always did.
 */
export function parseStored(text: string | null): { progress: Progress; evidence?: Evidence; problem?: ProgressProblem } {
	const withEvidence = <T extends { progress: Progress; problem?: ProgressProblem }>(r: T, data: Record<string, unknown>) => {
		const { evidence, dropped } = sanitizeEvidence(data.answers, data.reviews, data.placed);
		const out = hasEvidence(evidence) ? { ...r, evidence } : r;
		return dropped && !out.problem ? { ...out, problem: 'corrupt' as const } : out;
	};
	if (text === null) return { progress: {} };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { progress: {}, problem: 'corrupt' };
	}
	if (!isRecord(data)) return { progress: {}, problem: 'corrupt' };
	const migrated = migrate(data);
	if ('bad' in migrated) return withEvidence({ progress: sanitizeProgress(data.topics).progress, problem: 'corrupt' as const }, data);
	// A newer version is read as far as its `topics` and evidence look like ours; the rest is left alone.
	if ('newer' in migrated) {
		const newer = migrated.newer;
		const { evidence } = sanitizeEvidence(newer.answers, newer.reviews, newer.placed);
		return { progress: sanitizeProgress(newer.topics).progress, ...(hasEvidence(evidence) && { evidence }), problem: 'newer-version' };
	}
	const unversioned = !('v' in data);
	const { progress, dropped } = sanitizeProgress(migrated.data.topics);
	// An unversioned value is only trusted when every entry looks like progress.
	return withEvidence(dropped || (unversioned && Object.keys(progress).length === 0) ? { progress, problem: 'corrupt' as const } : { progress }, migrated.data);
}

export function serialize(progress: Progress, evidence: Evidence = emptyEvidence()): string {
	const stored: StoredProgress = {
		v: FORMAT_VERSION,
		topics: progress,
		answers: Object.fromEntries(Object.entries(evidence.answers).map(([id, list]) => [id, list.slice(-MAX_ANSWERS).map((a): StoredAnswer => [a.kind, a.seed, a.correct ? 1 : 0, a.day])])),
		reviews: Object.fromEntries(Object.entries(evidence.reviews).map(([id, r]) => [id, [r.step, r.due]])),
		placed: Object.fromEntries(Object.entries(evidence.placed).map(([id, p]) => [id, [p.sure, p.day]])),
	};
	return JSON.stringify(stored);
}

/** The subset of the Web Storage API used here, so tests can pass a fake. */
export interface KeyValueStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** The raw stored text, or `undefined` when storage cannot be read. */
export function readRaw(storage: KeyValueStorage | undefined, key = STORAGE_KEY): string | null | undefined {
	try {
		return storage ? storage.getItem(key) : undefined;
	} catch {
		return undefined;
	}
}

/** Reads progress from storage; never throws and never writes. */
export function readProgress(storage: KeyValueStorage | undefined): ReadResult {
	const text = readRaw(storage);
	if (text === undefined) return { progress: {}, evidence: emptyEvidence(), persistent: false, readOnly: false };
	const { progress, evidence = emptyEvidence(), problem } = parseStored(text);
	return { progress, evidence, ...(problem && { problem }), persistent: true, readOnly: problem === 'newer-version' };
}

/** `saved`; `unavailable` when storage refuses (quota, private mode); `read-only` when newer data is stored. */
export type WriteOutcome = 'saved' | 'unavailable' | 'read-only';

/**
 * Writes progress. Refuses to overwrite data of a newer version, and keeps the text of a value it
 * could not read under {@link UNREADABLE_KEY} before replacing it (the first such text is kept).
 */
export function writeProgress(storage: KeyValueStorage | undefined, progress: Progress): WriteOutcome {
	return write(storage, (stored) => ({ progress, evidence: stored.evidence }));
}

/** Changes the stored evidence (a new answer, a review), keeping the marks; the same guarantees as {@link writeProgress}. */
export function writeEvidence(storage: KeyValueStorage | undefined, change: (evidence: Evidence) => Evidence): WriteOutcome {
	return write(storage, (stored) => ({ progress: stored.progress, evidence: change(stored.evidence) }));
}

/** Reads what is stored, lets `next` make the new value from it, and stores that, keeping whatever `next` does not change. */
export function write(storage: KeyValueStorage | undefined, next: (stored: { progress: Progress; evidence: Evidence }) => { progress: Progress; evidence: Evidence }): WriteOutcome {
	const before = readRaw(storage);
	if (before === undefined) return 'unavailable';
	const { progress, evidence = emptyEvidence(), problem } = parseStored(before);
	if (problem === 'newer-version') return 'read-only';
	try {
		if (problem === 'corrupt' && before !== null && readRaw(storage, UNREADABLE_KEY) === null) storage!.setItem(UNREADABLE_KEY, before);
		const value = next({ progress, evidence });
		storage!.setItem(STORAGE_KEY, serialize(value.progress, value.evidence));
		return 'saved';
	} catch {
		return 'unavailable';
	}
}

/**
 * Two sets of evidence as one (an import from another device): every answer of either, once, in day
 * order, the last MAX_ANSWERS per topic kept; for a review, the further one (more steps, then later).
 */
export function mergeEvidence(a: Evidence, b: Evidence): Evidence {
	const answers: Record<string, AnswerRecord[]> = {};
	for (const id of new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])) {
		const seen = new Set<string>();
		const all = [...(a.answers[id] ?? []), ...(b.answers[id] ?? [])].filter((r) => {
			const key = `${r.kind}|${r.seed}|${r.correct}|${r.day}`;
			return !seen.has(key) && !!seen.add(key);
		});
		// A stable sort by day keeps the order of answers given on the same day.
		answers[id] = all.sort((x, y) => x.day - y.day).slice(-MAX_ANSWERS);
	}
	const reviews: Record<string, ReviewState> = { ...a.reviews };
	for (const [id, r] of Object.entries(b.reviews)) {
		const mine = reviews[id];
		if (!mine || r.step > mine.step || (r.step === mine.step && r.due > mine.due)) reviews[id] = r;
	}
	// Of two placements of a topic, the later test is the one that counts.
	const placed: Record<string, Placed> = { ...a.placed };
	for (const [id, p] of Object.entries(b.placed)) if (!placed[id] || p.day > placed[id]!.day) placed[id] = p;
	return { answers, reviews, placed };
}

/**
 * Moves the mark of a renamed topic to its new id (`renames`: old id → new id, from the redirect
 * table, see `topicRenames` in src/links/moved.ts). A mark already on the new id wins. In memory
 * only: storage follows at the next write.
 */
export function followRenames(progress: Progress, renames: Readonly<Record<string, string>>): Progress {
	const out: Progress = { ...progress };
	for (const [from, to] of Object.entries(renames)) {
		const state = out[from];
		if (state === undefined || !Object.hasOwn(out, from)) continue;
		delete out[from];
		if (!Object.hasOwn(out, to)) out[to] = state;
	}
	return out;
}
