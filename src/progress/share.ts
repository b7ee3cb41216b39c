import { emptyEvidence, migrate, sanitizeEvidence, sanitizeProgress, serialize, type Evidence, type Progress, type TopicState } from './store';

/**
 * Progress as a link or a file, so a learner can move to another device or send a plan to a mentor.
 * The link form is compact and URL-safe: `known=a/b,c/d&learning=…&skipped=…` in the hash of a URL,
 * with what the reader has shown (answers, reviews, placements) when they share their own progress.
 * Both are outside input: every reader here is total (never throws) and linear in the input's size.
 */

const ORDER: TopicState[] = ['known', 'learning', 'skipped'];
/** Guards against absurd input pasted into a URL. */
const MAX_TOPICS = 500;
/** A progress file is a few kilobytes; a bigger one is refused before it is parsed. */
export const MAX_FILE = 1_000_000;

/**
 * Answers a link carries per topic: the last two, which is what the mastery rules read («уверенно»
 * after two right in a row); the whole history goes in the file. A link with all 48 topics stays a few KB.
 */
export const LINK_ANSWERS = 2;

/**
 * The marks, and when given, the evidence: `placed=<id>:<sure>:<day>,…`, `reviews=<id>:<step>:<due>,…`
 * and `answers=<id>:<kind>.<seed>.<1|0>.<day>|…,…` (the last {@link LINK_ANSWERS} per topic).
 */
export function progressToParams(progress: Progress, evidence?: Evidence): URLSearchParams {
	const params = new URLSearchParams();
	for (const state of ORDER) {
		const ids = Object.keys(progress).filter((id) => progress[id] === state).sort();
		if (ids.length > 0) params.set(state, ids.join(','));
	}
	if (!evidence) return params;
	const list = (entries: string[]) => entries.sort().join(',');
	const answers = list(Object.entries(evidence.answers).map(([id, a]) => `${id}:${a.slice(-LINK_ANSWERS).map((r) => `${r.kind}.${r.seed}.${r.correct ? 1 : 0}.${r.day}`).join('|')}`));
	const reviews = list(Object.entries(evidence.reviews).map(([id, r]) => `${id}:${r.step}:${r.due}`));
	const placed = list(Object.entries(evidence.placed).map(([id, p]) => `${id}:${p.sure}:${p.day}`));
	if (answers) params.set('answers', answers);
	if (reviews) params.set('reviews', reviews);
	if (placed) params.set('placed', placed);
	return params;
}

/** A whole number as a link writes it, or NaN (so the store's checks drop the entry). */
const whole = (s: string | undefined): number => (s !== undefined && /^\d{1,10}$/.test(s) ? Number(s) : NaN);

/** `id:…` entries of one parameter, at most MAX_TOPICS; splitting a huge list would cost memory for nothing. */
function entries(params: URLSearchParams, name: string): [string, string][] {
	const value = params.get(name);
	if (!value) return [];
	return value.split(',', MAX_TOPICS + 1).slice(0, MAX_TOPICS).map((e) => {
		const at = e.indexOf(':');
		return at < 0 ? [e, ''] : [e.slice(0, at), e.slice(at + 1)];
	});
}

/**
 * Reads progress from URL parameters, with the evidence when the link carries it; malformed entries
 * are dropped, never thrown, and the rest still counts. Linear in the link's length.
 */
export function progressFromParams(params: URLSearchParams): { progress: Progress; evidence: Evidence; dropped: boolean } {
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
	// The evidence in the stored shape, so the store's own checks decide what is kept.
	const pair = (v: string) => v.split(':', 3).map(whole);
	const answers = Object.fromEntries(
		entries(params, 'answers').map(([id, v]) => [
			id,
			v.split('|', LINK_ANSWERS + 1).slice(0, LINK_ANSWERS).map((a) => {
				const [kind, seed, right, day] = a.split('.', 5);
				return [kind, whole(seed), whole(right), whole(day)];
			}),
		]),
	);
	const { evidence, dropped } = sanitizeEvidence(
		answers,
		Object.fromEntries(entries(params, 'reviews').map(([id, v]) => [id, pair(v)])),
		Object.fromEntries(entries(params, 'placed').map(([id, v]) => [id, pair(v)])),
	);
	return { progress: result.progress, evidence, dropped: result.dropped || dropped || count > MAX_TOPICS };
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
