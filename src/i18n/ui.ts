import type { Lang } from '../schemas/areas';
import { MAX_TEXT } from '../numbers/read';
import { localize } from '../numbers/write';
import { plural } from './plural';

/**
 * Every user-facing string of the site's own components, one object per language.
 * Starlight translates its own interface; these are the strings it does not have.
 */
const RU = {
	prerequisitesTitle: 'Что нужно знать до этой темы',
	prerequisitesNone: 'Эта тема — начало пути: ничего заранее знать не нужно.',
	fullPath: (count: number, hours: number) =>
		`Весь путь вместе с этой темой: ${count} ${plural(count, 'тема', 'темы', 'тем')}, около ${formatHours(hours, 'ru')} ч.`,
	estimate: (hours: number) => `около ${formatHours(hours, 'ru')} ч на тему`,
	/** The fold of the topic box's reference parts (questions, code, symbols, other names, reasons, the whole path). */
	moreTitle: 'Подробнее о теме',
	/** What the fold holds first, named in its summary after the title so a reader knows what opening it gives. */
	moreParts: { questions: 'вопросы', code: 'код', symbols: 'значки' },
	/** Label of the prerequisites' reasons inside the fold. */
	prerequisitesWhy: 'Зачем эти темы нужны раньше',
	resourcesTitle: 'Где учить',
	unlocksTitle: 'Что дальше',
	unlocksNone: 'Эта тема пока ничего не открывает — это вершина карты.',
	units: 'Что смотреть',
	free: 'бесплатно',
	paid: 'платно',
	inLanguages: { ru: 'на русском', en: 'на английском' } as Record<Lang, string>,
	dubbed: { ru: 'русская озвучка', en: 'английская озвучка' } as Record<Lang, string>,
	subtitles: { ru: 'русские субтитры', en: 'английские субтитры' } as Record<Lang, string>,
	formats: {
		video: 'видео', course: 'курс', book: 'книга', article: 'статья',
		handbook: 'учебник', forum: 'обсуждение', trainer: 'тренажёр',
	} as Record<string, string>,
	area: 'Раздел',
	/** Label of the topic's other names (`aliases` in its YAML). */
	alsoCalled: 'Другие названия',
	/** Label of the list of questions the topic answers (`questions` in its YAML). */
	questionsTitle: 'На какие вопросы отвечает тема',
	/** Label of the library calls that compute the topic (`code` in its YAML). */
	inCode: 'В коде',
	/** Label of the symbols the topic introduces, linking to the page of symbols. */
	symbols: 'Значки',
	openPath: 'План с учётом ваших отметок',
};

type Strings = typeof RU;

const EN: Strings = {
	prerequisitesTitle: 'What to know before this topic',
	prerequisitesNone: 'This topic is a starting point: it needs nothing before it.',
	fullPath: (count, hours) => `The whole path, this topic included: ${count} ${plural(count, 'topic', 'topics')}, about ${formatHours(hours, 'en')} h.`,
	estimate: (hours) => `about ${formatHours(hours, 'en')} h for this topic`,
	moreTitle: 'More about this topic',
	moreParts: { questions: 'questions', code: 'code', symbols: 'symbols' },
	prerequisitesWhy: 'Why these come first',
	resourcesTitle: 'Where to learn it',
	unlocksTitle: 'What comes next',
	unlocksNone: 'This topic unlocks nothing yet: it is a summit of the map.',
	units: 'What to watch or read',
	free: 'free',
	paid: 'paid',
	inLanguages: { ru: 'in Russian', en: 'in English' },
	dubbed: { ru: 'Russian dub', en: 'English dub' },
	subtitles: { ru: 'Russian subtitles', en: 'English subtitles' },
	formats: {
		video: 'video', course: 'course', book: 'book', article: 'article',
		handbook: 'handbook', forum: 'discussion', trainer: 'trainer',
	},
	area: 'Area',
	alsoCalled: 'Also called',
	questionsTitle: 'Questions this page answers',
	inCode: 'In code',
	symbols: 'Symbols',
	openPath: 'Plan with your marks',
};

/** Hours as a reader writes them: `8,5` in Russian, `8.5` in English, at most one decimal. */
export function formatHours(hours: number, lang: Lang): string {
	return localize(String(Math.round(hours * 10) / 10), lang);
}

// Re-exported for the modules that have always imported it from here; it lives in ./plural.ts.
export { plural };

export const UI: Record<Lang, Strings> = { ru: RU, en: EN };

/** The site language of a Starlight locale or `lang` attribute (`en`, `en-US` → `en`; anything else → `ru`). */
export function langOf(value: string | undefined): Lang {
	return value?.toLowerCase().startsWith('en') ? 'en' : 'ru';
}

/** Strings of the self-check exercises. */
export const EXERCISE_UI: Record<Lang, {
	title: string;
	answer: string;
	check: string;
	hint: string;
	solution: string;
	correct: string;
	wrong: string;
	unreadable: Record<'number' | 'shape' | 'vector', string>;
	long: string;
}> = {
	ru: {
		title: 'Упражнение',
		answer: 'Ваш ответ',
		check: 'Проверить',
		hint: 'Подсказка',
		solution: 'Решение',
		correct: 'Верно!',
		wrong: 'Пока не сходится. Загляните в подсказку или попробуйте ещё раз.',
		unreadable: {
			number: 'Не получилось прочитать ответ: введите число, например 0,5 или -2.',
			shape: 'Не получилось прочитать ответ: введите форму, например 4×16 или 4x16.',
			vector: 'Не получилось прочитать ответ: введите числа через точку с запятой, например 1; 0,5; -2.',
		},
		long: `Ответ слишком длинный: здесь не больше ${MAX_TEXT} символов. Сотрите лишнее и проверьте снова.`,
	},
	en: {
		title: 'Exercise',
		answer: 'Your answer',
		check: 'Check',
		hint: 'Hint',
		solution: 'Solution',
		correct: 'Correct!',
		wrong: 'Not quite. Look at the hint or try again.',
		unreadable: {
			number: 'Could not read the answer: type a number such as 0.5 or -2.',
			shape: 'Could not read the answer: type a shape such as 4×16 or 4x16.',
			vector: 'Could not read the answer: type numbers separated by commas, such as 1, 0.5, -2.',
		},
		long: `The answer is too long: at most ${MAX_TEXT} characters here. Delete the extra text and check again.`,
	},
};
