import { readProgress, writeProgress, type Progress, type ReadResult, type TopicState } from '../progress/store';

/**
 * The page's view of the learner's progress: loaded once, written through on every change, and
 * broadcast to the page's other scripts (and other tabs through the `storage` event).
 */

function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined; // Some browsers throw on the mere access when storage is disabled.
	}
}

let current: ReadResult | undefined;
const listeners = new Set<(progress: Progress) => void>();

export function loadProgress(knownTopics?: ReadonlySet<string>): ReadResult {
	current ??= readProgress(storage(), knownTopics);
	return current;
}

export function setTopicState(id: string, state: TopicState | undefined): ReadResult {
	const result = loadProgress();
	const next = { ...result.progress };
	if (state) next[id] = state;
	else delete next[id];
	current = { progress: next, persistent: writeProgress(storage(), next) };
	for (const listen of listeners) listen(next);
	return current;
}

export function replaceProgress(progress: Progress): ReadResult {
	current = { progress, persistent: writeProgress(storage(), progress) };
	for (const listen of listeners) listen(progress);
	return current;
}

export function onProgressChange(listen: (progress: Progress) => void): void {
	listeners.add(listen);
	window.addEventListener('storage', (event) => {
		if (event.key !== null && !event.key.startsWith('nn-math:')) return;
		current = undefined;
		listen(loadProgress().progress);
	});
}
