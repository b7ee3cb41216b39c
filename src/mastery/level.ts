/**
 * Mastery of a topic, from what the reader has shown rather than what they clicked. Pure.
 *
 * - «знакомо» (familiar): at least one right answer on the topic, a fixed exercise or a generated problem;
 * - «уверенно» (confident): two generated problems in a row answered right, on different seeds
 *   (a run of the same problem proves nothing new); this is also when the topic's first review is set;
 * - «освоено» (mastered): a spaced review of the topic passed on a later day (src/mastery/review.ts).
 *
 * A self-mark «знаю» is a claim, kept apart: the views show both.
 */
import type { ReviewState } from './review';

export const LEVELS = ['none', 'familiar', 'confident', 'mastered'] as const;
export type Level = (typeof LEVELS)[number];

/** One checked answer on a topic. */
export interface AnswerRecord {
	/** The practice kind's id, or `exercise` for a fixed exercise. */
	kind: string;
	/** The generated problem's seed; 0 for a fixed exercise. */
	seed: number;
	correct: boolean;
	/** The day it was given (src/mastery/review.ts `dayOf`). */
	day: number;
}

/** True when the last two generated answers are right and on different problems. */
export function twoInARow(answers: readonly AnswerRecord[]): boolean {
	const generated = answers.filter((a) => a.seed > 0);
	const [a, b] = generated.slice(-2);
	return !!a && !!b && a.correct && b.correct && (a.seed !== b.seed || a.kind !== b.kind);
}

export function levelOf(answers: readonly AnswerRecord[], review?: ReviewState): Level {
	// A review at step 2 or beyond means at least one spaced review after the first was passed.
	if (review && review.step >= 2) return 'mastered';
	if (twoInARow(answers) || review) return 'confident';
	return answers.some((a) => a.correct) ? 'familiar' : 'none';
}
