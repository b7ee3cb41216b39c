import type { LetterGroup } from '../schemas/notation';
import type { Lang } from '../schemas/areas';
import { plural } from './plural';
import { formatHours } from './ui';

/** Strings of the glossary and the resources catalogue. */
export const GLOSSARY_UI: Record<Lang, { columns: Record<Lang, string>; topic: string }> = {
	ru: { columns: { ru: 'По-русски', en: 'По-английски' }, topic: 'Подробнее' },
	en: { columns: { ru: 'In Russian', en: 'In English' }, topic: 'More in' },
};

/** The notation table on the glossary page (content/notation/letters.yaml): headers and one title per group. */
export const NOTATION_UI: Record<Lang, { symbol: string; meaning: string; groups: Record<LetterGroup, string> }> = {
	ru: {
		symbol: 'Обозначение',
		meaning: 'Что значит',
		groups: {
			neuron: 'Один нейрон — сквозной пример сайта',
			gradients: 'Градиенты',
			'two-layer': 'Сеть из двух слоёв (пример на странице об обратном распространении)',
			layers: 'Слои и батчи',
			training: 'Обучение',
			general: 'Общее',
		},
	},
	en: {
		symbol: 'Symbol',
		meaning: 'Meaning',
		groups: {
			neuron: 'One neuron, the site’s running example',
			gradients: 'Gradients',
			'two-layer': 'The two-layer network (the example on the backpropagation page)',
			layers: 'Layers and batches',
			training: 'Training',
			general: 'General',
		},
	},
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

/** The home page's first actions, above the fold (HomeActions.astro). */
export const HOME_UI: Record<
	Lang,
	{ label: string; shortRoute: (hours: number) => string; shortRouteNote: (n: number) => string; tracks: string; roadmap: string }
> = {
	ru: {
		label: 'Начать отсюда',
		// No-break spaces keep «— 12,5 ч» together when the label wraps.
		shortRoute: (hours) => `Короткий путь к обратному распространению ошибки\u00a0— ${formatHours(hours, 'ru')}\u00a0ч`,
		shortRouteNote: (n) => `${n} ${plural(n, 'тема', 'темы', 'тем')}: от производной до того, как сеть считает градиенты. Без теории вероятностей.`,
		tracks: 'Или весь путь по треку:',
		roadmap: 'Карта тем',
	},
	en: {
		label: 'Start here',
		shortRoute: (hours) => `The short route to backpropagation\u00a0— ${formatHours(hours, 'en')}\u00a0h`,
		shortRouteNote: (n) => `${n} ${plural(n, 'topic', 'topics')}, from the derivative to how a network computes its gradients. No probability needed.`,
		tracks: 'Or the full path of a track:',
		roadmap: 'The topic map',
	},
};

/** The table of symbols on /symbols/ (content/notation/symbols.yaml): its column headers. */
export const SYMBOLS_UI: Record<Lang, { symbol: string; meaning: string; topic: string }> = {
	ru: { symbol: 'Значок и как его называют', meaning: 'Что значит', topic: 'Подробнее' },
	en: { symbol: 'Symbol and what people call it', meaning: 'Meaning', topic: 'More in' },
};
