import type { ContentProblem } from '../problems';
import { closestName } from '../closest';
import type { TopicCheck } from './context';
import { didYouMean, quote } from './messages';

/** Each prerequisite names another existing topic, once. (Longer cycles are `prerequisiteCycle`'s.) */
export const prerequisites: TopicCheck = (id, { file, data }, { topicIds, topicsDir }) => {
	const problems: ContentProblem[] = [];
	data.prerequisites.forEach((p, i) => {
		const field = `prerequisites[${i}].topic`;
		if (p.topic === id) {
			problems.push({
				file,
				field,
				message: `The topic ${quote(id)} lists itself as a prerequisite.`,
				fix: 'Remove this entry: a topic cannot be learned before itself.',
			});
		} else if (!topicIds.includes(p.topic)) {
			const guess = closestName(p.topic, topicIds);
			problems.push({
				file,
				field,
				message: `The prerequisite ${quote(p.topic)} is not a topic.`,
				fix: `${didYouMean(guess)}Use the id of an existing topic (its path under \`${topicsDir}/\` without \`.yaml\`), or create \`${topicsDir}/${p.topic}.yaml\`.`,
			});
		}
		const repeated = data.prerequisites.findIndex((q) => q.topic === p.topic);
		if (repeated < i) {
			problems.push({
				file,
				field,
				message: `The prerequisite ${quote(p.topic)} is listed twice (also at \`prerequisites[${repeated}]\`).`,
				fix: 'Keep one entry and merge the reasons.',
			});
		}
	});
	return problems;
};
