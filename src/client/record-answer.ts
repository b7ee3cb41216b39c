/**
 * Stores a checked answer as evidence (src/mastery/evidence.ts) in local progress, then tells the
 * page's views (`nn-math:evidence` on window) so they can redraw mastery. Never throws: without
 * storage the answer is simply not kept.
 */
import { recordAnswer } from '../mastery/evidence';
import { dayOf } from '../mastery/review';
import { isTopicId, writeEvidence } from '../progress/store';
import { EVIDENCE_EVENT, storage } from './storage';

export function saveAnswer(topic: string, kind: string, seed: number, correct: boolean, prerequisites: readonly string[] = []): void {
	if (!isTopicId(topic)) return;
	const now = Date.now();
	const day = dayOf(now, new Date(now).getTimezoneOffset());
	const outcome = writeEvidence(storage(), (e) => recordAnswer(e, topic, { kind, seed, correct, day }, prerequisites));
	if (outcome === 'saved') window.dispatchEvent(new CustomEvent(EVIDENCE_EVENT, { detail: { topic } }));
}
