import type { Lang } from '../../schemas/areas';

/** A value as messages quote it: in backticks, so it stands out in the terminal and in Markdown. */
export const quote = (value: unknown) => `\`${String(value)}\``;

/** The start of a fix that suggests the closest existing name, or nothing when none is close. */
export const didYouMean = (name: string | undefined) => (name ? `Did you mean ${quote(name)}? ` : '');

/** The file a page in a language would be written in: `content/docs/en/calculus/derivative.mdx`. */
export const pagePath = (docsDir: string, lang: Lang, slug: string) =>
	`${docsDir}/${lang === 'ru' ? '' : `${lang}/`}${slug === '' ? 'index' : slug}.mdx`;
