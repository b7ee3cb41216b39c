import { EVIDENCE_EVENT, storage } from './storage';
import { topicRenames } from '../links/moved';
import { applyImport, canUndoImport, undoImport, type ImportPlan } from '../progress/import';
import {
	followRenames,
	readProgress,
	readRaw,
	UNREADABLE_KEY,
	writeEvidence,
	writeProgress,
	type Placed,
	type Progress,
	type ReadResult,
	type TopicState,
	type WriteOutcome,
} from '../progress/store';

/**
 * The page's view of the learner's progress: loaded once, written through on every change (never on
 * a read), and broadcast to the page's other scripts (and other tabs through the `storage` event).
 * Marks of renamed topics follow the redirect table in memory; storage catches up at the next write.
 */


/** The last read, plus the outcome of the last write (a read-only or unavailable storage says so). */
export type ProgressView = ReadResult & { write?: WriteOutcome };

/**
 * What a page says about the stored progress as read: newer, damaged, not saved, or nothing. Here,
 * beside the view, so the path page and the roadmap need not load the topic box's script for it.
 */
export function progressNotice(view: ProgressView, strings: { newerVersion: string; recovered: string; notSaved: string }): string {
	if (view.readOnly) return strings.newerVersion;
	if (view.problem === 'corrupt') return strings.recovered;
	return view.persistent ? '' : strings.notSaved;
}

let current: ProgressView | undefined;
const listeners = new Set<(progress: Progress) => void>();
const RENAMES = topicRenames();

export function loadProgress(): ProgressView {
	if (!current) {
		const read = readProgress(storage());
		current = { ...read, progress: followRenames(read.progress, RENAMES) };
	}
	return current;
}

function commit(next: Progress, write: WriteOutcome): ProgressView {
	if (write === 'read-only') return (current = { ...loadProgress(), write });
	// An import may have added answers, reviews or placements: the view reads them back from what was stored.
	const evidence = write === 'saved' ? readProgress(storage()).evidence : loadProgress().evidence;
	current = { progress: next, evidence, persistent: write === 'saved', readOnly: false, write };
	for (const listen of listeners) listen(next);
	return current;
}

export function setTopicState(id: string, state: TopicState | undefined): ProgressView {
	const before = loadProgress();
	if (before.readOnly) return (current = { ...before, write: 'read-only' });
	const next = { ...before.progress };
	if (state) next[id] = state;
	else delete next[id];
	return commit(next, writeProgress(storage(), next));
}

export function importProgress(plan: ImportPlan): ProgressView {
	if (loadProgress().readOnly) return (current = { ...loadProgress(), write: 'read-only' });
	return commit(plan.next, applyImport(storage(), plan));
}

export const hasImportToUndo = (): boolean => canUndoImport(storage());

/**
 * Keeps what a placement test found: its result replaces earlier placements of the topics it asked
 * about (`scope`) and leaves the others; the reader's own marks are not touched. Then tells the views.
 */
export function savePlacement(scope: readonly string[], found: Record<string, Placed>): WriteOutcome {
	const outcome = writeEvidence(storage(), (e) => {
		const placed = { ...e.placed };
		for (const id of scope) delete placed[id];
		return { ...e, placed: { ...placed, ...found } };
	});
	current = undefined;
	if (outcome === 'saved') window.dispatchEvent(new CustomEvent(EVIDENCE_EVENT, { detail: {} }));
	return outcome;
}

/** Puts back what was stored before the last import; then re-reads it. */
export function undoLastImport(): ProgressView | undefined {
	if (!undoImport(storage())) return undefined;
	current = undefined;
	const view = loadProgress();
	for (const listen of listeners) listen(view.progress);
	return view;
}

/** The text of a stored value that could not be read, kept for export (see UNREADABLE_KEY). */
export const unreadableCopy = (): string | undefined => readRaw(storage(), UNREADABLE_KEY) ?? undefined;

/** Calls `listen` with the fresh view whenever an answer on this page or another tab was stored. */
export function onEvidenceChange(listen: (view: ProgressView) => void): void {
	const reread = () => {
		current = undefined;
		listen(loadProgress());
	};
	window.addEventListener(EVIDENCE_EVENT, reread);
	window.addEventListener('storage', (event) => {
		if (event.key === null || event.key.startsWith('nn-math:')) reread();
	});
}

export function onProgressChange(listen: (progress: Progress) => void): void {
	listeners.add(listen);
	window.addEventListener('storage', (event) => {
		if (event.key !== null && !event.key.startsWith('nn-math:')) return;
		current = undefined;
		listen(loadProgress().progress);
	});
}
