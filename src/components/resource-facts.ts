/** How every list of resources (topic pages, the catalogue, the home page's short answer) names one. */
import { UI } from '../i18n/ui';
import type { Lang } from '../schemas/areas';
import type { ResourceData } from '../schemas/resource';

/** The Russian title where the provider has one, on the Russian site. */
export function resourceTitle(resource: ResourceData, lang: Lang): string {
	return lang === 'ru' && resource.title_ru ? resource.title_ru : resource.title;
}

/**
 * Format, languages and price, in the reader's language; the price is left out when it is not known.
 * A dub or subtitles are named as such: a video with Russian subtitles only is not «на русском».
 */
export function resourceFacts(resource: ResourceData, lang: Lang): string[] {
	const t = UI[lang];
	const languages = [
		...resource.languages.map((l) => t.inLanguages[l]),
		...resource.dubbed.map((l) => t.dubbed[l]),
		...resource.subtitles.map((l) => t.subtitles[l]),
	];
	const facts = [t.formats[resource.format]!, languages.join(', ')];
	if (resource.free !== null) facts.push(resource.free ? t.free : t.paid);
	return facts;
}
