/**
 * The learner's progress, kept in the browser only (no account): which topics are known, being
 * learned or skipped. Stored in localStorage as versioned JSON so the format can change later.
 *
 * Lifecycle: `readProgress` never throws. A missing value is an empty progress; a corrupt or foreign
 * value (bad JSON, unknown version, wrong shapes) is reported in `problem` and replaced by what can be
 * salvaged; when storage itself is unavailable (private mode, disabled, quota) the page still works
 * for the visit and `persistent` is false, so it can say progress is not being saved.
 */

export const STORAGE_KEY = 'nn-math:progress';
export const FORMAT_VERSION = 1;

export const STATES = ['known', 'learning', 'skipped'] as const;
export type TopicState = (typeof STATES)[number];

/** Topic id → state. A topic not listed is "not started". */
export type Progress = Record<string, TopicState>;

export interface StoredProgress {
	v: typeof FORMAT_VERSION;
	topics: Progress;
}

export type ProgressProblem = 'corrupt' | 'unknown-version';

export interface ReadResult {
	progress: Progress;
	/** Set when a stored value existed but could not be used as it was. */
	problem?: ProgressProblem;
	/** False when localStorage cannot be read or written: progress lives only as long as the page. */
	persistent: boolean;
}

/** Topic ids are slugs like `linear-algebra/vectors`; anything else in stored data is dropped. */
const TOPIC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)+$/;

/**
 * Keeps only well-formed entries of a progress object. Returns the clean progress and whether
 * anything had to be dropped.
 */
export function sanitizeProgress(value: unknown, knownTopics?: ReadonlySet<string>): { progress: Progress; dropped: boolean } {
	const progress: Progress = {};
	let dropped = false;
	if (!value || typeof value !== 'object' || Array.isArray(value)) return { progress, dropped: value !== undefined };
	for (const [id, state] of Object.entries(value)) {
		const ok = TOPIC_ID.test(id) && (STATES as readonly unknown[]).includes(state) && (!knownTopics || knownTopics.has(id));
		if (ok) progress[id] = state as TopicState;
		else dropped = true;
	}
	return { progress, dropped };
}

/**
 * Parses a stored value. Older formats would be migrated here; version 0 (a bare object of states,
 * before the format had a version) is accepted and upgraded.
 */
export function parseStored(text: string | null, knownTopics?: ReadonlySet<string>): { progress: Progress; problem?: ProgressProblem } {
	if (text === null) return { progress: {} };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { progress: {}, problem: 'corrupt' };
	}
	if (data && typeof data === 'object' && !Array.isArray(data) && 'v' in data) {
		const { v, topics } = data as { v: unknown; topics: unknown };
		if (v !== FORMAT_VERSION) return { progress: {}, problem: 'unknown-version' };
		const { progress, dropped } = sanitizeProgress(topics, knownTopics);
		return dropped ? { progress, problem: 'corrupt' } : { progress };
	}
	const { progress, dropped } = sanitizeProgress(data, knownTopics);
	return dropped || Object.keys(progress).length === 0 ? { progress, problem: 'corrupt' } : { progress };
}

export function serialize(progress: Progress): string {
	const stored: StoredProgress = { v: FORMAT_VERSION, topics: progress };
	return JSON.stringify(stored);
}

/** The subset of the Web Storage API used here, so tests can pass a fake. */
export interface KeyValueStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/** Reads progress from storage; never throws. A bad value is replaced at once by the salvaged one. */
export function readProgress(storage: KeyValueStorage | undefined, knownTopics?: ReadonlySet<string>): ReadResult {
	let text: string | null;
	try {
		if (!storage) throw new Error('no storage');
		text = storage.getItem(STORAGE_KEY);
	} catch {
		return { progress: {}, persistent: false };
	}
	const { progress, problem } = parseStored(text, knownTopics);
	if (!problem) return { progress, persistent: true };
	return { progress, problem, persistent: writeProgress(storage, progress) };
}

/** Writes progress; returns false when storage refuses (quota, private mode). */
export function writeProgress(storage: KeyValueStorage | undefined, progress: Progress): boolean {
	try {
		if (!storage) return false;
		storage.setItem(STORAGE_KEY, serialize(progress));
		return true;
	} catch {
		return false;
	}
}
