import type { Route } from '../graph/plan';
import type { Lang, Track } from '../schemas/areas';
import { plural } from './plural';
import { formatHours } from './ui';

/** Strings of the roadmap, path page and progress controls, one object per language. */
export const ROADMAP_UI = {
	ru: {
		svgLabel: 'Карта тем: стрелка ведёт от темы к той, для которой она нужна',
		zoomIn: 'Крупнее',
		zoomOut: 'Мельче',
		zoomReset: 'Исходный размер',
		textView: 'Карта текстом: темы по уровням',
		textViewIntro: 'Темы одного уровня можно учить в любом порядке; всё, что нужно для темы, стоит на уровнях выше.',
		level: (n: number) => `Уровень ${n + 1}`,
		needs: 'Нужно знать',
		needsNothing: 'ничего заранее',
		legend: 'Разделы',
		states: { known: 'Знаю', learning: 'Изучаю', skipped: 'Пропускаю' },
		statesLegend: { known: 'знаю', learning: 'изучаю', skipped: 'пропускаю' },
		/** The roadmap legend for mastery from answers, told apart from the self-marks. */
		masteryLegend: { confident: 'уверенно (по ответам)', mastered: 'освоено (по ответам)' },
		progressTitle: 'Ваш прогресс по этой теме',
		/** Mastery from answers (src/mastery/level.ts), shown beside the self-mark, which is only a claim. */
		mastery: { none: 'не начато', familiar: 'знакомо', confident: 'уверенно', mastered: 'освоено' },
		masteryLine: (level: string, right: number, total: number) =>
			`По вашим ответам: ${level} (верно ${right} из ${total}).`,
		reviewIn: (days: number) => (days <= 0 ? 'Пора повторить: решите задачу из практики.' : `Повторение через ${days} ${plural(days, 'день', 'дня', 'дней')}.`),
		reviewsDue: (n: number) => `Сегодня пора повторить ${n} ${plural(n, 'тему', 'темы', 'тем')}`,
		clear: 'Сбросить отметку',
		notSaved: 'Браузер не даёт сохранить прогресс (например, в приватном режиме): отметки работают, пока открыта страница.',
		recovered:
			'Сохранённый прогресс повреждён: показано то, что удалось прочитать. Исходная запись не удаляется: её копия попадёт в файл, который сохраняет страница «Путь».',
		newerVersion:
			'Прогресс сохранён более новой версией сайта. Эта версия показывает то, что в нём понимает, и ничего в нём не меняет: отметки и загрузка отключены, чтобы ничего не потерять.',
		tracks: {
			practitioner: 'Пользоваться фреймворками уверенно',
			internals: 'Понимать, что происходит внутри',
			research: 'Исследовать и придумывать новое',
		} as Record<Track, string>,
		trackBlurbs: {
			practitioner:
				'Для тех, кто собирает и обучает сети в PyTorch или Keras: понимать формы тензоров, функции потерь, градиентный спуск и не теряться в ошибках.',
			internals:
				'Для тех, кто хочет понимать слой и обратное распространение до последнего числа: производные по матрицам, правило цепочки, инициализация.',
			research:
				'Для тех, кто читает статьи и придумывает методы: вся карта, включая собственные векторы, интегралы, статистику и теорию информации.',
		} as Record<Track, string>,
		pathTitle: 'Путь до цели',
		target: 'Цель',
		trackGroup: 'Треки',
		topicGroup: 'Темы',
		steps: (n: number, hours: number) => `Осталось ${n} ${plural(n, 'тема', 'темы', 'тем')}, около ${formatHours(hours, 'ru')} ч.`,
		trackSize: (n: number, hours: number) => `${n} ${plural(n, 'тема', 'темы', 'тем')}, около ${formatHours(hours, 'ru')} ч.`,
		allDone: 'Всё на этом пути отмечено как известное. Выберите цель дальше.',
		progressLabel: (done: number, total: number) => `Пройдено ${done} из ${total}`,
		share: 'Ссылка на этот план с вашими отметками',
		copy: 'Скопировать ссылку',
		copied: 'Ссылка скопирована.',
		exportFile: 'Сохранить прогресс в файл',
		importFile: 'Загрузить прогресс из файла',
		importLink: 'В ссылке есть чужие отметки прогресса.',
		importLinkApply: 'Загрузить их вместо моих',
		imported: 'Прогресс загружен.',
		importRefused: {
			'not-ours': 'Этот файл не похож на сохранённый прогресс с этого сайта; ничего не изменено.',
			'newer-version': 'Файл сохранён более новой версией сайта, эта версия не может его прочитать; ничего не изменено.',
			'no-marks': 'В файле нет ни одной отметки прогресса; ничего не изменено.',
			'unknown-topics': 'Все отметки в файле относятся к темам, которых на этом сайте нет; ничего не изменено.',
		},
		importLinkEmpty: 'В ссылке нет отметок для тем этого сайта.',
		importPreview: 'Загрузка изменит ваш прогресс. Проверьте и подтвердите:',
		importAdded: 'Добавятся',
		importChanged: 'Изменятся',
		importRemoved: 'Удалятся',
		importConfirm: 'Загрузить',
		importCancel: 'Отмена',
		importCancelled: 'Загрузка отменена; прогресс не изменён.',
		importUndo: 'Вернуть прогресс, каким он был до загрузки',
		importUndone: 'Прогресс возвращён к состоянию до загрузки.',
		hours: (h: number) => `${formatHours(h, 'ru')} ч`,
		openPath: 'Открыть путь',
		pathIncludesKnown: 'Известные темы и то, что было нужно только для них, в путь не входят.',
		route: 'Маршрут',
		routes: {
			full: 'Полный путь — всё, что нужно для цели',
			short: 'Короткий путь — только необходимое',
		} as Record<Route, string>,
		shortSteps: (n: number, hours: number) =>
			`Короткий путь: осталось ${n} ${plural(n, 'тема', 'темы', 'тем')}, около ${formatHours(hours, 'ru')} ч.`,
		shortHint:
			'В коротком пути только темы, без которых цель не понять, и из каждой — её ядро: сама страница, пример и упражнения, без курсов. Часы посчитаны по ядру. Остальное из полного пути пригодится позже.',
	},
	en: {
		svgLabel: 'Topic map: an arrow leads from a topic to the one that needs it',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		zoomReset: 'Original size',
		textView: 'The map as text: topics by level',
		textViewIntro: 'Topics of one level can be learned in any order; everything a topic needs is on the levels above.',
		level: (n: number) => `Level ${n + 1}`,
		needs: 'Needs',
		needsNothing: 'nothing before it',
		legend: 'Areas',
		states: { known: 'I know it', learning: 'Learning', skipped: 'Skipping' },
		statesLegend: { known: 'known', learning: 'learning', skipped: 'skipped' },
		masteryLegend: { confident: 'confident (from answers)', mastered: 'mastered (from answers)' },
		progressTitle: 'Your progress on this topic',
		mastery: { none: 'not started', familiar: 'familiar', confident: 'confident', mastered: 'mastered' },
		masteryLine: (level: string, right: number, total: number) => `From your answers: ${level} (${right} of ${total} right).`,
		reviewIn: (days: number) => (days <= 0 ? 'Time to review: solve a practice problem.' : `Review in ${days} ${plural(days, 'day', 'days')}.`),
		reviewsDue: (n: number) => `${n} ${plural(n, 'topic', 'topics')} to review today`,
		clear: 'Clear the mark',
		notSaved: 'The browser does not let the site save progress (private mode, perhaps): marks work while the page is open.',
		recovered:
			'The saved progress is damaged: this shows what could be read. The original is not deleted; a copy of it goes into the file the path page saves.',
		newerVersion:
			'Your progress was saved by a newer version of this site. This version shows what it understands and changes nothing: marking and loading are off so that nothing is lost.',
		tracks: {
			practitioner: 'Use frameworks with confidence',
			internals: 'Understand what happens inside',
			research: 'Do research and build new methods',
		},
		trackBlurbs: {
			practitioner:
				'For people who build and train networks in PyTorch or Keras: know tensor shapes, losses and gradient descent, and read the errors.',
			internals:
				'For people who want to follow a layer and backpropagation down to the last number: derivatives by matrices, the chain rule, initialization.',
			research:
				'For people who read papers and design methods: the whole map, eigenvectors, integrals, statistics and information theory included.',
		},
		pathTitle: 'Path to a goal',
		target: 'Goal',
		trackGroup: 'Tracks',
		topicGroup: 'Topics',
		steps: (n: number, hours: number) => `${n} ${plural(n, 'topic', 'topics')} to go, about ${formatHours(hours, 'en')} h.`,
		trackSize: (n: number, hours: number) => `${n} ${plural(n, 'topic', 'topics')}, about ${formatHours(hours, 'en')} h.`,
		allDone: 'Everything on this path is marked as known. Pick the next goal.',
		progressLabel: (done: number, total: number) => `${done} of ${total} done`,
		share: 'A link to this plan with your marks',
		copy: 'Copy link',
		copied: 'Link copied.',
		exportFile: 'Save progress to a file',
		importFile: 'Load progress from a file',
		importLink: 'This link carries someone’s progress marks.',
		importLinkApply: 'Load them instead of mine',
		imported: 'Progress loaded.',
		importRefused: {
			'not-ours': 'This file does not look like progress saved from this site; nothing was changed.',
			'newer-version': 'This file was saved by a newer version of the site, which this version cannot read; nothing was changed.',
			'no-marks': 'The file has no progress marks; nothing was changed.',
			'unknown-topics': 'Every mark in the file is for a topic this site does not have; nothing was changed.',
		},
		importLinkEmpty: 'The link has no marks for topics of this site.',
		importPreview: 'Loading will change your progress. Check and confirm:',
		importAdded: 'Added',
		importChanged: 'Changed',
		importRemoved: 'Removed',
		importConfirm: 'Load',
		importCancel: 'Cancel',
		importCancelled: 'Loading cancelled; your progress is unchanged.',
		importUndo: 'Restore the progress from before loading',
		importUndone: 'Your progress is back to what it was before loading.',
		hours: (h: number) => `${formatHours(h, 'en')} h`,
		openPath: 'Open the path',
		pathIncludesKnown: 'Known topics, and whatever only they needed, are left out of the path.',
		route: 'Route',
		routes: {
			full: 'Full path: everything the goal needs',
			short: 'Short route: only what is essential',
		},
		shortSteps: (n: number, hours: number) => `Short route: ${n} ${plural(n, 'topic', 'topics')} to go, about ${formatHours(hours, 'en')} h.`,
		shortHint:
			'The short route keeps only the topics the goal cannot be understood without, and from each only its core: the page itself, its example and exercises, without the courses. The hours count the cores. The rest of the full path will be useful later.',
	},
} satisfies Record<Lang, Record<string, unknown>>;

