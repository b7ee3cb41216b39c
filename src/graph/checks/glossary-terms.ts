import type { GlossaryEntry } from '../../schemas/glossary';
import type { ContentProblem } from '../problems';
import { closestName } from '../closest';
import type { Parsed } from './context';
import { didYouMean, quote } from './messages';

/** Every glossary term links to an existing topic, the one that explains it. */
export function glossaryTerms(
	files: ReadonlyMap<string, Parsed<GlossaryEntry[]>>,
	topicIds: readonly string[],
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const { file, data } of files.values()) {
		data.forEach((entry, i) => {
			if (topicIds.includes(entry.topic)) return;
			const guess = closestName(entry.topic, topicIds);
			problems.push({
				file,
				field: `[${i}].topic`,
				message: `The term ${quote(entry.ru)} points at ${quote(entry.topic)}, which is not a topic.`,
				fix: `${didYouMean(guess)}Use the id of the topic that explains the term.`,
			});
		});
	}
	return problems;
}
