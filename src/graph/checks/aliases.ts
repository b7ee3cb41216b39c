import { LANGS, type Lang } from '../../schemas/areas';
import type { ContentProblem } from '../problems';
import type { Check } from './context';
import { quote } from './messages';

/** How two names are compared: case, ё/е, hyphens and spaces do not make a name different. */
export const nameKey = (name: string) =>
	name.toLowerCase().replaceAll('ё', 'е').replace(/[\s\-‐–—]+/g, ' ').trim();

/** The page title of every topic in every language, by the compared form of the title. */
function titleOwners(ctx: Parameters<Check>[0]): Map<string, TitleOwner[]> {
	const owners = new Map<string, TitleOwner[]>();
	for (const lang of LANGS) {
		for (const id of ctx.topics.keys()) {
			const title = (ctx.pagesByLang.get(lang)?.get(id)?.frontmatter as { title?: unknown } | undefined)?.title;
			if (typeof title !== 'string') continue;
			const key = nameKey(title);
			owners.set(key, [...(owners.get(key) ?? []), { id, lang, title }]);
		}
	}
	return owners;
}

interface TitleOwner {
	id: string;
	lang: Lang;
	title: string;
}

/**
 * A topic's other names (`aliases`, `misspellings`) say something search can use: none repeats
 * another name of the topic in the same language; none is another topic's title in either language,
 * which would send readers to the wrong page; none is the topic's own title in the list's language,
 * which search indexes already (its title in the other language is welcome: each language has its
 * own index, so the English term on a Russian page is found only as an alias).
 * Empty names are refused by the schema.
 */
export const aliases: Check = (ctx) => {
	const problems: ContentProblem[] = [];
	const titles = titleOwners(ctx);
	for (const [id, { file, data }] of ctx.topics) {
		for (const lang of LANGS) {
			const seen = new Map<string, string>();
			for (const field of ['aliases', 'misspellings'] as const) {
				(data[field]?.[lang] ?? []).forEach((name, index) => {
					const at = `${field}.${lang}[${index}]`;
					const key = nameKey(name);
					const earlier = seen.get(key);
					const owners = titles.get(key) ?? [];
					const other = owners.find((o) => o.id !== id);
					const own = owners.find((o) => o.id === id && o.lang === lang);
					if (earlier) {
						problems.push({
							file,
							field: at,
							message: `The name ${quote(name)} repeats ${quote(earlier)} of the same topic.`,
							fix: 'Remove one of them (case, ё/е and hyphens do not make names different).',
						});
					} else if (other) {
						problems.push({
							file,
							field: at,
							message: `The name ${quote(name)} is the title of another topic, ${quote(other.id)} (${quote(other.title)}).`,
							fix: `Remove it: a search for it must find ${quote(other.id)}. Name what only this topic is.`,
						});
					} else if (own) {
						problems.push({
							file,
							field: at,
							message: `The name ${quote(name)} is the page's own title; search indexes the title already.`,
							fix: 'Remove it, or write a different name readers use.',
						});
					}
					if (!earlier) seen.set(key, `${at} ${name}`);
				});
			}
		}
	}
	return problems;
};
