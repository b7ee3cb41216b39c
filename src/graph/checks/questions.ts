import { LANGS } from '../../schemas/areas';
import type { ContentProblem } from '../problems';
import { nameKey } from './aliases';
import type { TopicCheck } from './context';
import { pagePath, quote } from './messages';

/**
 * A topic's questions point at real sections: each `at` is a heading id of the topic's page in that
 * language (read from the page source, `{#id}`), so the link under «На какие вопросы отвечает тема»
 * lands on the answer; and no question is asked twice in one language. A page that could not be read
 * or does not exist is reported by other checks, so its questions are not checked here. The count
 * (3–6) and the final `?` are the schema's.
 */
export const questions: TopicCheck = (id, { file, data }, ctx) => {
	const problems: ContentProblem[] = [];
	for (const lang of LANGS) {
		const anchors = ctx.pagesByLang.get(lang)?.get(id)?.anchors;
		const seen = new Map<string, string>();
		(data.questions?.[lang] ?? []).forEach(({ q, at }, index) => {
			const field = `questions.${lang}[${index}]`;
			const key = nameKey(q);
			const earlier = seen.get(key);
			if (earlier) {
				problems.push({
					file,
					field: `${field}.q`,
					message: `The question ${quote(q)} repeats ${quote(earlier)}.`,
					fix: 'Remove one of them, or ask a different question the page answers.',
				});
			}
			seen.set(key, `${field}.q`);
			if (anchors && !anchors.includes(at)) {
				problems.push({
					file,
					field: `${field}.at`,
					message: `The section ${quote(at)} is not a heading of ${quote(pagePath(ctx.docsDir, lang, id))}, which has ${anchors.map((a) => quote(a)).join(', ') || 'no headings'}.`,
					fix: `Write the id of the heading that answers ${quote(q)}, as the page gives it in \`{#id}\`.`,
				});
			}
		});
	}
	return problems;
};
