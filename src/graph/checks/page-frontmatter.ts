import type { ContentProblem } from '../problems';
import type { Check } from './context';
import { quote } from './messages';

const FIXES = {
	title: 'Add `title: …` to the frontmatter: it is the page heading, the sidebar label and the link text elsewhere.',
	description: 'Add `description: …` to the frontmatter: one or two sentences, shown in search results and link previews.',
} as const;

/**
 * Every page has a title and a description. Starlight checks its own schema too, but only after the
 * build has started and without the fix. Pages whose frontmatter could not be parsed are skipped
 * (the loader reported them).
 */
export const pageFrontmatter: Check = ({ input }) => {
	const problems: ContentProblem[] = [];
	for (const page of input.pages) {
		if (page.frontmatter === undefined) continue;
		const data = (page.frontmatter ?? {}) as Record<string, unknown>;
		for (const field of ['title', 'description'] as const) {
			const value = data[field];
			if (typeof value === 'string' && value.trim() !== '') continue;
			problems.push({
				file: page.file,
				field,
				message: `The page has no ${field}${value === undefined ? '' : ` (got ${quote(JSON.stringify(value))})`}.`,
				fix: FIXES[field],
			});
		}
	}
	return problems;
};
