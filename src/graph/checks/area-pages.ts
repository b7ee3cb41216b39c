import { areaOf } from '../build-graph';
import type { PageCheck } from './context';
import { quote } from './messages';

/** A page inside an area folder is a topic page, so it needs the topic's data (hours, prerequisites). */
export const areaPages: PageCheck = (page, { topics, input, topicsDir }) =>
	areaOf(page.slug) && !topics.has(page.slug) && !input.topics.some((t) => t.id === page.slug)
		? [
				{
					file: page.file,
					field: '(file)',
					message: `The page ${quote(page.slug)} is in an area folder but has no topic data.`,
					fix: `Create \`${topicsDir}/${page.slug}.yaml\` with its hours, prerequisites and resources.`,
				},
			]
		: [];
