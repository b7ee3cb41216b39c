import type { GlossaryEntry } from '../../schemas/glossary';
import type { ContentProblem } from '../problems';
import { closestName } from '../closest';
import type { Parsed } from './context';
import { didYouMean, quote } from './messages';

/**
 * The problem of an entry at `field` whose `topic` is not a topic, or nothing when it is one:
 * `what` names the entry (`The term \`градиент\``), `role` the topic it should be (`explains the term`).
 */
export function unknownTopic(file: string, field: string, what: string, topic: string, topicIds: readonly string[], role: string): ContentProblem[] {
	if (topicIds.includes(topic)) return [];
	return [{
		file,
		field,
		message: `${what} points at ${quote(topic)}, which is not a topic.`,
		fix: `${didYouMean(closestName(topic, topicIds))}Use the id of the topic that ${role}.`,
	}];
}

/** Every glossary term links to an existing topic, the one that explains it. */
export function glossaryTerms(
	files: ReadonlyMap<string, Parsed<GlossaryEntry[]>>,
	topicIds: readonly string[],
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const { file, data } of files.values()) {
		data.forEach((entry, i) => {
			problems.push(...unknownTopic(file, `[${i}].topic`, `The term ${quote(entry.ru)}`, entry.topic, topicIds, 'explains the term'));
		});
	}
	return problems;
}
