import type { Lang } from '../schemas/areas';

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
