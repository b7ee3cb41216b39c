import type { ContentProblem } from '../problems';
import type { TopicCheck } from './context';
import { quote } from './messages';

/**
 * A topic's core takes no longer than the whole topic: `coreHours` is what the short route counts
 * instead of `hours`, so a larger value would make the short route longer than the full path.
 */
export const coreHours: TopicCheck = (id, { file, data }) => {
	if (data.coreHours === undefined || data.coreHours <= data.hours) return [];
	const problem: ContentProblem = {
		file,
		field: 'coreHours',
		message: `The core of ${quote(id)} takes ${quote(data.coreHours)} hours, more than the whole topic (${quote(data.hours)} hours).`,
		fix: `Set \`coreHours\` to at most ${data.hours} (the hours of the part later topics build on), or raise \`hours\`.`,
	};
	return [problem];
};
