import type { Lang } from '../schemas/areas';

/**
 * Strings of the link features: heading controls, the 404 page, preview images, structured data.
 * Kept apart from `ui.ts` so the two grow without stepping on each other.
 */
export interface LinkStrings {
	/** Accessible name of a heading's self-link. */
	anchorLabel: (heading: string) => string;
	copyLink: (heading: string) => string;
	copyLinkTitle: string;
	copyMarkdown: (heading: string) => string;
	copyMarkdownTitle: string;
	linkCopied: string;
	markdownCopied: string;
	copyFailed: string;
	/** The copy button on a code block: its visible label, and what it says once the code is copied. */
	copyCode: string;
	codeCopied: string;
	notFound: {
		requested: string;
		searchLabel: string;
		searchButton: string;
		closestTitle: string;
		allTopics: string;
		home: string;
		/** Shown when the address looks like an error message: a link to the error page with its words. */
		errors: string;
		/** One line in the other language, for a visitor who landed on the wrong one without JavaScript. */
		otherLanguage: { text: string; link: string; lang: Lang };
	};
	og: {
		/** Footer of a topic's preview card: the time the topic takes. */
		hours: (hours: number) => string;
		roadmap: string;
		/** Bottom line of a topic's card: what it builds on. */
		needs: (titles: string[]) => string;
	};
	/** Schema.org `learningResourceType` of a topic page. */
	learningResourceType: string;
}

const RU: LinkStrings = {
	anchorLabel: (h) => `Ссылка на раздел «${h}»`,
	copyLink: (h) => `Скопировать ссылку на раздел «${h}»`,
	copyLinkTitle: 'Скопировать ссылку',
	copyMarkdown: (h) => `Скопировать ссылку на раздел «${h}» в формате Markdown для форума`,
	copyMarkdownTitle: 'Скопировать ссылку для форума (Markdown)',
	linkCopied: 'Ссылка скопирована',
	markdownCopied: 'Ссылка в Markdown скопирована',
	copyFailed: 'Не получилось скопировать — скопируйте вручную:',
	copyCode: 'Копировать',
	codeCopied: 'Код скопирован',
	notFound: {
		requested: 'Такого адреса на сайте нет:',
		searchLabel: 'Поиск по сайту',
		searchButton: 'Найти',
		closestTitle: 'Похожие темы',
		allTopics: 'Все темы',
		home: 'На главную',
		errors: 'Похоже на сообщение об ошибке — разобрать его на странице ошибок',
		otherLanguage: { text: 'Page not found.', link: 'The English version of the site', lang: 'en' },
	},
	og: {
		hours: (h) => `около ${h} ч`,
		roadmap: 'Дорожная карта математики для нейросетей',
		needs: (titles) => (titles.length ? `Нужно знать: ${titles.join(', ')}` : 'С этой темы можно начинать'),
	},
	learningResourceType: 'Тема учебного курса',
};

const EN: LinkStrings = {
	anchorLabel: (h) => `Link to the section “${h}”`,
	copyLink: (h) => `Copy the link to the section “${h}”`,
	copyLinkTitle: 'Copy link',
	copyMarkdown: (h) => `Copy a Markdown link to the section “${h}” for a forum`,
	copyMarkdownTitle: 'Copy link for a forum (Markdown)',
	linkCopied: 'Link copied',
	markdownCopied: 'Markdown link copied',
	copyFailed: 'Could not copy; copy it by hand:',
	copyCode: 'Copy',
	codeCopied: 'Code copied',
	notFound: {
		requested: 'There is no such address on this site:',
		searchLabel: 'Search the site',
		searchButton: 'Search',
		closestTitle: 'Similar topics',
		allTopics: 'All topics',
		home: 'Home page',
		errors: 'This looks like an error message: explain it on the error page',
		otherLanguage: { text: 'Страница не найдена.', link: 'Русская версия сайта', lang: 'ru' },
	},
	og: {
		hours: (h) => `about ${h} h`,
		roadmap: 'The roadmap of the mathematics behind neural networks',
		needs: (titles) => (titles.length ? `Builds on: ${titles.join(', ')}` : 'A starting point: no prerequisites'),
	},
	learningResourceType: 'Course topic',
};

export const LINK_UI: Record<Lang, LinkStrings> = { ru: RU, en: EN };

/** Open Graph locales of the site's languages. */
export const OG_LOCALES: Record<Lang, string> = { ru: 'ru_RU', en: 'en_US' };
