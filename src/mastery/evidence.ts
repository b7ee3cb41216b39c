/**
 * A checked answer becomes evidence: it is added to the topic's answers, and it moves the topic's
 * review schedule. Pure (the day is in the record); the page scripts store the result with
 * `writeEvidence` (src/progress/store.ts).
 *
 * - The first time a topic reaches «уверенно» (two generated problems right in a row), its first
 *   review is set.
 * - A generated problem answered on or after a topic's review day is that review: it moves the
 *   schedule (src/mastery/review.ts), and a right answer credits the topic's prerequisites.
 */
import type { Evidence } from '../progress/store';
import { MAX_ANSWERS } from '../progress/store';
import { levelOf, type AnswerRecord } from './level';
import { afterReview, credit, firstReview } from './review';

export function recordAnswer(evidence: Evidence, topic: string, record: AnswerRecord, prerequisites: readonly string[] = []): Evidence {
	const answers = { ...evidence.answers, [topic]: [...(evidence.answers[topic] ?? []), record].slice(-MAX_ANSWERS) };
	const reviews = { ...evidence.reviews };
	const review = reviews[topic];
	if (review && record.seed > 0 && record.day >= review.due) {
		reviews[topic] = afterReview(review, record.correct, record.day);
		if (record.correct) for (const p of prerequisites) if (reviews[p]) reviews[p] = credit(reviews[p]!, record.day);
	} else if (!review && levelOf(answers[topic]!) === 'confident') reviews[topic] = firstReview(record.day);
	return { ...evidence, answers, reviews };
}
