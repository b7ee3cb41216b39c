import { LANGS } from '../../schemas/areas';
import type { ContentProblem } from '../problems';
import type { Check } from './context';
import { pagePath, quote } from './messages';

/** Every topic has its page in every language. */
export const topicPages: Check = ({ topics, pagesByLang, docsDir }) => {
	const problems: ContentProblem[] = [];
	for (const [id, { file }] of topics) {
		for (const lang of LANGS) {
			if (pagesByLang.get(lang)!.has(id)) continue;
			problems.push({
				file,
				field: '(file)',
				message: `The topic ${quote(id)} has no ${lang === 'ru' ? 'Russian' : 'English'} page.`,
				fix: `Write \`${pagePath(docsDir, lang, id)}\`.`,
			});
		}
	}
	return problems;
};
