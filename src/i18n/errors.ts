/** The words of the error page (src/components/ErrorPaste.astro, ErrorFamily.astro, src/errors/explainer.ts) and of the site search's error answer (src/search/error-answer-<lang>.ts); the group headings are in the pages' MDX in both languages. */
import type { Framework } from '../errors/catalogue';
import type { Lang } from '../schemas/areas';
import { plural } from './plural';

interface ErrorsUi {
	label: string;
	placeholder: string;
	hint: string;
	noScript: string;
	frameworks: Record<Framework, string>;
	found: (n: number) => string;
	yourMessage: string;
	meaning: string;
	causes: string;
	fix: string;
	math: string;
	section: string;
	widget: string;
	/** The same link under an error's example, where the matrices are the example's. */
	widgetExample: string;
	widgetTooBig: (max: number) => string;
	unknown: string;
	closest: string;
	search: string;
	link: string;
	example: string;
	/** In the site search, above the results, over a known error's title. */
	searchKnown: string;
	/** In the site search, when a query reads like an error message the page does not know: the link to the error page. */
	searchOffer: string;
}

export const ERRORS_UI: Record<Lang, ErrorsUi> = {
	ru: {
		label: 'Вставьте сообщение об ошибке или весь traceback',
		placeholder: 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x2 and 3x16)',
		hint: 'Текст разбирается в вашем браузере и никуда не отправляется.',
		noScript: 'Разбор вставленного текста работает с JavaScript; без него ниже — все известные ошибки с объяснениями.',
		frameworks: { pytorch: 'PyTorch', numpy: 'NumPy', tensorflow: 'TensorFlow', keras: 'Keras' },
		found: (n) => (n === 1 ? 'Найдена известная ошибка.' : `Найдено ${n} ${plural(n, 'известная ошибка', 'известные ошибки', 'известных ошибок')} — в порядке, в каком они напечатаны.`),
		yourMessage: 'Ваше сообщение',
		meaning: 'Что это значит',
		causes: 'Частые причины',
		fix: 'Как исправить',
		math: 'Математика за этим',
		section: 'Раздел об этой ошибке',
		widget: 'Открыть виджет форм с вашими матрицами',
		widgetExample: 'Открыть виджет форм с этими матрицами',
		widgetTooBig: (max) => `Виджет форм показывает матрицы до ${max}×${max}; ваши больше, но правило то же.`,
		unknown: 'Эту ошибку мы пока не знаем.',
		closest: 'Похожие известные ошибки',
		search: 'Искать эти слова по сайту',
		link: 'Ссылка на это объяснение',
		example: 'Пример сообщения',
		searchKnown: 'Известная ошибка — что она значит',
		searchOffer: 'Похоже на сообщение об ошибке: разобрать его на странице ошибок',
	},
	en: {
		label: 'Paste an error message or the whole traceback',
		placeholder: 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x2 and 3x16)',
		hint: 'The text is read in your browser and sent nowhere.',
		noScript: 'Reading a pasted message needs JavaScript; without it, every known error is explained below.',
		frameworks: { pytorch: 'PyTorch', numpy: 'NumPy', tensorflow: 'TensorFlow', keras: 'Keras' },
		found: (n) => (n === 1 ? 'A known error was found.' : `${n} known errors were found, in the order they were printed.`),
		yourMessage: 'Your message',
		meaning: 'What it means',
		causes: 'Usual causes',
		fix: 'How to fix it',
		math: 'The math behind it',
		section: 'The section on this error',
		widget: 'Open the shapes widget with your matrices',
		widgetExample: 'Open the shapes widget with these matrices',
		widgetTooBig: (max) => `The shapes widget shows matrices up to ${max}×${max}; yours are larger, but the rule is the same.`,
		unknown: 'We do not know this error yet.',
		closest: 'Similar known errors',
		search: 'Search the site for these words',
		link: 'Link to this explanation',
		example: 'Example message',
		searchKnown: 'A known error — what it means',
		searchOffer: 'This looks like an error message: explain it on the error page',
	},
};
