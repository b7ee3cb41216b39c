import { mergeEvidence, readProgress, readRaw, STORAGE_KEY, write, type Evidence, type KeyValueStorage, type Progress, type WriteOutcome } from './store';

/**
 * Loading someone's progress (a file or a shared link) replaces the reader's own marks, so it is
 * planned first and undoable after:
 * - {@link planImport} says what would change (added, changed, removed); the page asks to confirm
 *   whenever a mark would be changed or removed;
 * - {@link applyImport} keeps the exact stored text from before under {@link BEFORE_IMPORT_KEY}
 *   until the next import, and {@link undoImport} puts it back byte for byte.
 * Marks for topics this build does not know are not the file's business: they stay.
 */

export const BEFORE_IMPORT_KEY = 'nn-math:progress-before-import';

export interface ImportPlan {
	/** The progress after the import. */
	next: Progress;
	/** Answers and reviews from the file, added to the reader's own (never replacing them). */
	evidence?: Evidence;
	added: string[];
	changed: string[];
	removed: string[];
}

export function planImport(current: Progress, incoming: Progress, knownTopics: ReadonlySet<string>): ImportPlan {
	const next: Progress = {};
	for (const [id, state] of Object.entries(current)) if (!knownTopics.has(id)) next[id] = state;
	Object.assign(next, incoming);
	const ids = [...new Set([...Object.keys(current), ...Object.keys(next)])].sort();
	return {
		next,
		added: ids.filter((id) => !Object.hasOwn(current, id) && Object.hasOwn(next, id)),
		changed: ids.filter((id) => Object.hasOwn(current, id) && Object.hasOwn(next, id) && current[id] !== next[id]),
		removed: ids.filter((id) => Object.hasOwn(current, id) && !Object.hasOwn(next, id)),
	};
}

/** True when the import takes something away, so the reader must see the plan and confirm. */
export function needsConfirmation(plan: ImportPlan): boolean {
	return plan.changed.length > 0 || plan.removed.length > 0;
}

/** Stores the plan's result, first keeping what was stored before (the text, or that there was none). */
export function applyImport(storage: KeyValueStorage | undefined, plan: ImportPlan): WriteOutcome {
	const before = readRaw(storage);
	if (before === undefined) return 'unavailable';
	if (readProgress(storage).readOnly) return 'read-only';
	try {
		storage!.setItem(BEFORE_IMPORT_KEY, JSON.stringify({ raw: before }));
	} catch {
		return 'unavailable';
	}
	return write(storage, (stored) => ({ progress: plan.next, evidence: plan.evidence ? mergeEvidence(stored.evidence, plan.evidence) : stored.evidence }));
}

/** Whether there is an import to undo. */
export function canUndoImport(storage: KeyValueStorage | undefined): boolean {
	return typeof readRaw(storage, BEFORE_IMPORT_KEY) === 'string';
}

/** Restores what was stored before the last import; false when there is nothing to restore or storage refuses. */
export function undoImport(storage: KeyValueStorage | undefined): boolean {
	const kept = readRaw(storage, BEFORE_IMPORT_KEY);
	if (typeof kept !== 'string') return false;
	let raw: unknown;
	try {
		raw = (JSON.parse(kept) as { raw?: unknown }).raw;
	} catch {
		return false;
	}
	if (raw !== null && typeof raw !== 'string') return false;
	try {
		if (raw === null) storage!.removeItem(STORAGE_KEY);
		else storage!.setItem(STORAGE_KEY, raw);
		storage!.removeItem(BEFORE_IMPORT_KEY);
		return true;
	} catch {
		return false;
	}
}
