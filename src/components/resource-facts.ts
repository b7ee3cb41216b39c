/** How every list of resources (topic pages, the catalogue, the home page's short answer) names one. */
import { UI } from '../i18n/ui';
import type { Lang } from '../schemas/areas';
import type { ResourceData } from '../schemas/resource';

/** The Russian title where the provider has one, on the Russian site. */
export function resourceTitle(resource: ResourceData, lang: Lang): string {
	return lang === 'ru' && resource.title_ru ? resource.title_ru : resource.title;
}

/** Format, languages and price, in the reader's language; the price is left out when it is not known. */
export function resourceFacts(resource: ResourceData, lang: Lang): string[] {
	const t = UI[lang];
	const facts = [t.formats[resource.format]!, resource.languages.map((l) => t.inLanguages[l]).join(', ')];
	if (resource.free !== null) facts.push(resource.free ? t.free : t.paid);
	return facts;
}
