import { emptyEvidence, migrate, sanitizeEvidence, sanitizeProgress, serialize, type Evidence, type Progress, type TopicState } from './store';

/**
 * Progress as a link or a file, so a learner can move to another device or send a plan to a mentor.
 * The link form is compact and URL-safe: `known=a/b,c/d&learning=…&skipped=…` in the hash of a URL.
 * Both are outside input: every reader here is total (never throws) and linear in the input's size.
 */

const ORDER: TopicState[] = ['known', 'learning', 'skipped'];
/** Guards against absurd input pasted into a URL. */
const MAX_TOPICS = 500;
/** A progress file is a few kilobytes; a bigger one is refused before it is parsed. */
export const MAX_FILE = 1_000_000;

export function progressToParams(progress: Progress): URLSearchParams {
	const params = new URLSearchParams();
	for (const state of ORDER) {
		const ids = Object.keys(progress).filter((id) => progress[id] === state).sort();
		if (ids.length > 0) params.set(state, ids.join(','));
	}
	return params;
}

/** Reads progress from URL parameters; malformed entries are dropped, never thrown. */
export function progressFromParams(params: URLSearchParams): { progress: Progress; dropped: boolean } {
	const raw: Record<string, string> = {};
	let count = 0;
	for (const state of ORDER) {
		const list = params.get(state) ?? '';
		// Splitting a huge list would cost memory for nothing: only the first MAX_TOPICS entries count.
		for (const id of list.split(',', MAX_TOPICS + 1)) {
			if (id === '' || ++count > MAX_TOPICS) continue;
			raw[id] = state;
		}
	}
	const result = sanitizeProgress(raw);
	return { progress: result.progress, dropped: result.dropped || count > MAX_TOPICS };
}

/** The exported file: the same versioned JSON as in storage (marks, answers, reviews, placements), with a marker saying what it is. */
export function progressToFile(progress: Progress, unreadable?: string, evidence: Evidence = emptyEvidence()): string {
	return JSON.stringify({ kind: 'nn-math-progress', ...(JSON.parse(serialize(progress, evidence)) as object), ...(unreadable != null && { unreadable }) }, null, 2);
}

/**
 * Why a file was refused: not a progress file of this site; written by a newer version of the site;
 * no marks at all; marks only for topics this site does not have.
 */
export type FileRefusal = 'not-ours' | 'newer-version' | 'no-marks' | 'unknown-topics';

export function progressFromFile(
	text: string,
	knownTopics?: ReadonlySet<string>,
): { ok: true; progress: Progress; evidence: Evidence } | { ok: false; reason: FileRefusal } {
	if (text.length > MAX_FILE) return { ok: false, reason: 'not-ours' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'not-ours' };
	}
	if (!data || typeof data !== 'object' || Array.isArray(data) || (data as { kind?: unknown }).kind !== 'nn-math-progress') {
		return { ok: false, reason: 'not-ours' };
	}
	const migrated = migrate(data as Record<string, unknown>);
	if ('bad' in migrated) return { ok: false, reason: 'not-ours' };
	if ('newer' in migrated) return { ok: false, reason: 'newer-version' };
	const { progress } = sanitizeProgress(migrated.data.topics);
	// Malformed answers are dropped one by one; the file's good part still counts.
	const { evidence } = sanitizeEvidence(migrated.data.answers, migrated.data.reviews, migrated.data.placed);
	const ids = [...new Set([...Object.keys(progress), ...Object.keys(evidence.answers), ...Object.keys(evidence.reviews), ...Object.keys(evidence.placed)])];
	if (ids.length === 0) return { ok: false, reason: 'no-marks' };
	if (knownTopics && !ids.some((id) => knownTopics.has(id))) return { ok: false, reason: 'unknown-topics' };
	return { ok: true, progress, evidence };
}
