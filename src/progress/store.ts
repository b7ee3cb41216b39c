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

export const STORAGE_KEY = 'nn-math:progress';
/** The text of a stored value that could not be read, kept when a write replaced it. */
export const UNREADABLE_KEY = 'nn-math:progress-unreadable';
export const FORMAT_VERSION = 1;

export const STATES = ['known', 'learning', 'skipped'] as const;
export type TopicState = (typeof STATES)[number];

/** Topic id → state. A topic not listed is "not started". */
export type Progress = Record<string, TopicState>;

export interface StoredProgress {
	v: typeof FORMAT_VERSION;
	topics: Progress;
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
];

export type ProgressProblem = 'corrupt' | 'newer-version';

export interface ReadResult {
	progress: Progress;
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

/** Parses a stored value; pure, never throws. */
export function parseStored(text: string | null): { progress: Progress; problem?: ProgressProblem } {
	if (text === null) return { progress: {} };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { progress: {}, problem: 'corrupt' };
	}
	if (!isRecord(data)) return { progress: {}, problem: 'corrupt' };
	const migrated = migrate(data);
	if ('bad' in migrated) return { progress: sanitizeProgress(data.topics).progress, problem: 'corrupt' };
	// A newer version is read as far as its `topics` look like ours; the rest is left alone.
	if ('newer' in migrated) return { progress: sanitizeProgress(migrated.newer.topics).progress, problem: 'newer-version' };
	const unversioned = !('v' in data);
	const { progress, dropped } = sanitizeProgress(migrated.data.topics);
	// An unversioned value is only trusted when every entry looks like progress.
	return dropped || (unversioned && Object.keys(progress).length === 0) ? { progress, problem: 'corrupt' } : { progress };
}

export function serialize(progress: Progress): string {
	const stored: StoredProgress = { v: FORMAT_VERSION, topics: progress };
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
	if (text === undefined) return { progress: {}, persistent: false, readOnly: false };
	const { progress, problem } = parseStored(text);
	return { progress, ...(problem && { problem }), persistent: true, readOnly: problem === 'newer-version' };
}

/** `saved`; `unavailable` when storage refuses (quota, private mode); `read-only` when newer data is stored. */
export type WriteOutcome = 'saved' | 'unavailable' | 'read-only';

/**
 * Writes progress. Refuses to overwrite data of a newer version, and keeps the text of a value it
 * could not read under {@link UNREADABLE_KEY} before replacing it (the first such text is kept).
 */
export function writeProgress(storage: KeyValueStorage | undefined, progress: Progress): WriteOutcome {
	const before = readRaw(storage);
	if (before === undefined) return 'unavailable';
	const { problem } = parseStored(before);
	if (problem === 'newer-version') return 'read-only';
	try {
		if (problem === 'corrupt' && before !== null && readRaw(storage, UNREADABLE_KEY) === null) storage!.setItem(UNREADABLE_KEY, before);
		storage!.setItem(STORAGE_KEY, serialize(progress));
		return 'saved';
	} catch {
		return 'unavailable';
	}
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
