import type { Lang } from '../schemas/areas';
import { plural } from './plural';

/** Strings of the glossary and the resources catalogue. */
export const GLOSSARY_UI: Record<Lang, { columns: Record<Lang, string>; topic: string }> = {
	ru: { columns: { ru: 'По-русски', en: 'По-английски' }, topic: 'Где объясняется' },
	en: { columns: { ru: 'In Russian', en: 'In English' }, topic: 'Explained in' },
};

export const CATALOGUE_UI: Record<Lang, { usedBy: string; unusedNote: string; units: (n: number) => string }> = {
	ru: {
		usedBy: 'Где на сайте',
		unusedNote: 'Ссылка с главной страницы',
		units: (n) => `разделов в каталоге: ${n}`,
	},
	en: {
		usedBy: 'Used in',
		unusedNote: 'Linked from the home page',
		units: (n) => `units listed: ${n}`,
	},
};

/** The home page's short answer: the few resources that carry each area (ShortAnswer.astro). */
export const SHORT_ANSWER_UI: Record<Lang, { topics: (n: number) => string }> = {
	ru: { topics: (n) => `советуем в ${n} ${plural(n, 'теме', 'темах', 'темах')} раздела` },
	en: { topics: (n) => `recommended in ${n} ${plural(n, 'topic', 'topics')} of the area` },
};
