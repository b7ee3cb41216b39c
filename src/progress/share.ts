import { sanitizeProgress, type Progress, type TopicState } from './store';

/**
 * Progress as a link or a file, so a learner can move to another device or send a plan to a mentor.
 * The link form is compact and URL-safe: `known=a/b,c/d&learning=…&skipped=…` in the hash of a URL.
 */

const ORDER: TopicState[] = ['known', 'learning', 'skipped'];
/** Guards against absurd input pasted into a URL. */
const MAX_TOPICS = 500;

export function progressToParams(progress: Progress): URLSearchParams {
	const params = new URLSearchParams();
	for (const state of ORDER) {
		const ids = Object.keys(progress).filter((id) => progress[id] === state).sort();
		if (ids.length > 0) params.set(state, ids.join(','));
	}
	return params;
}

/** Reads progress from URL parameters; malformed or unknown entries are dropped, never thrown. */
export function progressFromParams(params: URLSearchParams, knownTopics?: ReadonlySet<string>): { progress: Progress; dropped: boolean } {
	const raw: Record<string, string> = {};
	let count = 0;
	for (const state of ORDER) {
		for (const id of (params.get(state) ?? '').split(',')) {
			if (id === '' || ++count > MAX_TOPICS) continue;
			raw[id] = state;
		}
	}
	const result = sanitizeProgress(raw, knownTopics);
	return { progress: result.progress, dropped: result.dropped || count > MAX_TOPICS };
}

/** The exported file: the same versioned JSON as in storage, with a marker saying what it is. */
export function progressToFile(progress: Progress): string {
	return JSON.stringify({ kind: 'nn-math-progress', v: 1, topics: progress }, null, 2);
}

export function progressFromFile(text: string, knownTopics?: ReadonlySet<string>): { progress: Progress; ok: boolean } {
	try {
		const data = JSON.parse(text) as { kind?: unknown; v?: unknown; topics?: unknown };
		if (data?.kind !== 'nn-math-progress' || data.v !== 1) return { progress: {}, ok: false };
		const { progress } = sanitizeProgress(data.topics, knownTopics);
		return { progress, ok: true };
	} catch {
		return { progress: {}, ok: false };
	}
}
