import type { Route } from '../graph/plan';
import type { Lang, Track } from '../schemas/areas';
import { plural } from './plural';
import { PROGRESS_NOTICES } from './progress';
import { formatHours } from './ui';

/**
 * The strings the path page's script shows (src/client/path-planner.ts), one object per language. They
 * are apart from the rest so that script downloads only these, not the map's and the page's own
 * (the path page must stay within the text-page budget); ROADMAP_UI includes them.
 */
export const PATH_SCRIPT_UI = {
	ru: {
		...PROGRESS_NOTICES.ru,
		states: { known: 'Знаю', learning: 'Изучаю', skipped: 'Пропускаю' },
		statesLegend: { known: 'знаю', learning: 'изучаю', skipped: 'пропускаю' },
		steps: (n: number, hours: number) => `Осталось ${n} ${plural(n, 'тема', 'темы', 'тем')}, около ${formatHours(hours, 'ru')} ч.`,
		allDone: 'Всё на этом пути отмечено как известное. Выберите цель дальше.',
		progressLabel: (done: number, total: number, skipped: number) => `Пройдено ${done} из ${total}${skipped > 0 ? `, пропущено ${skipped}` : ''}`,
		/** The marks beside each step of the path, the same three as on a topic page. */
		markLabel: (title: string) => `Отметка для темы «${title}»`,
		marked: (title: string, state: string) => `«${title}»: ${state}.`,
		unmarked: (title: string) => `«${title}»: отметка снята.`,
		copied: 'Ссылка скопирована.',
		savingOffline: (done: number, total: number) => `Сохраняем страницы: ${done} из ${total}…`,
		savedOffline: (n: number, mb: string, failed: number) =>
			`Сохранено ${n} ${plural(n, 'страница', 'страницы', 'страниц')} (${mb} МБ): их можно читать без сети.${failed > 0 ? ` Не удалось сохранить: ${failed} — попробуйте ещё раз при хорошей связи.` : ''}`,
		imported: 'Прогресс загружен.',
		importRefused: {
			'not-ours': 'Этот файл не похож на сохранённый прогресс с этого сайта; ничего не изменено.',
			'newer-version': 'Файл сохранён более новой версией сайта, эта версия не может его прочитать; ничего не изменено.',
			'no-marks': 'В файле нет ни одной отметки прогресса; ничего не изменено.',
			'unknown-topics': 'Все отметки в файле относятся к темам, которых на этом сайте нет; ничего не изменено.',
		},
		importLinkEmpty: 'В ссылке нет отметок для тем этого сайта.',
		importCancelled: 'Загрузка отменена; прогресс не изменён.',
		importUndone: 'Прогресс возвращён к состоянию до загрузки.',
		hours: (h: number) => `${formatHours(h, 'ru')} ч`,
		shortSteps: (n: number, hours: number) =>
			`Короткий путь: осталось ${n} ${plural(n, 'тема', 'темы', 'тем')}, около ${formatHours(hours, 'ru')} ч.`,
	},
	en: {
		...PROGRESS_NOTICES.en,
		states: { known: 'I know it', learning: 'Learning', skipped: 'Skipping' },
		statesLegend: { known: 'known', learning: 'learning', skipped: 'skipped' },
		steps: (n: number, hours: number) => `${n} ${plural(n, 'topic', 'topics')} to go, about ${formatHours(hours, 'en')} h.`,
		allDone: 'Everything on this path is marked as known. Pick the next goal.',
		progressLabel: (done: number, total: number, skipped: number) => `${done} of ${total} done${skipped > 0 ? `, ${skipped} skipped` : ''}`,
		markLabel: (title: string) => `Mark for “${title}”`,
		marked: (title: string, state: string) => `“${title}”: ${state}.`,
		unmarked: (title: string) => `“${title}”: mark removed.`,
		copied: 'Link copied.',
		savingOffline: (done: number, total: number) => `Saving pages: ${done} of ${total}…`,
		savedOffline: (n: number, mb: string, failed: number) =>
			`${n} ${plural(n, 'page', 'pages')} saved (${mb} MB): you can read them without a network.${failed > 0 ? ` ${failed} could not be saved: try again on a good connection.` : ''}`,
		imported: 'Progress loaded.',
		importRefused: {
			'not-ours': 'This file does not look like progress saved from this site; nothing was changed.',
			'newer-version': 'This file was saved by a newer version of the site, which this version cannot read; nothing was changed.',
			'no-marks': 'The file has no progress marks; nothing was changed.',
			'unknown-topics': 'Every mark in the file is for a topic this site does not have; nothing was changed.',
		},
		importLinkEmpty: 'The link has no marks for topics of this site.',
		importCancelled: 'Loading cancelled; your progress is unchanged.',
		importUndone: 'Your progress is back to what it was before loading.',
		hours: (h: number) => `${formatHours(h, 'en')} h`,
		shortSteps: (n: number, hours: number) => `Short route: ${n} ${plural(n, 'topic', 'topics')} to go, about ${formatHours(hours, 'en')} h.`,
	},
} satisfies Record<Lang, Record<string, unknown>>;

/** Strings of the roadmap and path page (the progress notices come from ./progress.ts), one object per language. */
export const ROADMAP_UI = {
	ru: {
		...PATH_SCRIPT_UI.ru,
		svgLabel: 'Карта тем: стрелка ведёт от темы к той, для которой она нужна',
		zoomIn: 'Крупнее',
		zoomOut: 'Мельче',
		zoomReset: 'Исходный размер',
		showDrawing: 'Показать схему',
		hideDrawing: 'Скрыть схему',
		hintPointer: 'Наведите курсор на тему или перейдите к ней клавишей Tab — подсветится всё, что нужно знать до неё, и то, что она открывает.',
		hintTouch: 'Нажмите на тему, чтобы открыть её. Схему можно листать пальцем, кнопки «+» и «−» меняют масштаб.',
		highlightProgress: 'Выделить мой прогресс',
		highlightShort: 'Выделить короткий путь к обратному распространению',
		shortLink: 'Открыть этот путь',
		textView: 'Карта текстом: темы по уровням',
		textViewIntro: 'Темы одного уровня можно учить в любом порядке; всё, что нужно для темы, стоит на уровнях выше.',
		level: (n: number) => `Уровень ${n + 1}`,
		needs: 'Нужно знать',
		needsNothing: 'ничего заранее',
		legend: 'Разделы',
		statesLegendLabel: 'Отметки прогресса',
		progressTitle: 'Ваш прогресс по этой теме',
		clear: 'Сбросить отметку',
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
		trackSize: (n: number, hours: number) => `${n} ${plural(n, 'тема', 'темы', 'тем')}, около ${formatHours(hours, 'ru')} ч.`,
		undoMark: 'Вернуть',
		share: 'Ссылка на этот план с вашими отметками',
		copy: 'Скопировать ссылку',
		exportFile: 'Сохранить прогресс в файл',
		/** Reading offline (src/offline/): the path's pages saved on request. */
		saveOffline: 'Сохранить этот путь для чтения без сети',
		importFile: 'Загрузить прогресс из файла',
		importLink: 'В ссылке есть чужие отметки прогресса.',
		importLinkApply: 'Загрузить их вместо моих',
		importPreview: 'Загрузка изменит ваш прогресс. Проверьте и подтвердите:',
		importAdded: 'Добавятся',
		importChanged: 'Изменятся',
		importRemoved: 'Удалятся',
		importConfirm: 'Загрузить',
		importCancel: 'Отмена',
		importUndo: 'Вернуть прогресс, каким он был до загрузки',
		openPath: 'Открыть путь',
		pathIncludesKnown: 'Известные темы и то, что было нужно только для них, в путь не входят.',
		route: 'Маршрут',
		routes: {
			full: 'Полный путь — всё, что нужно для цели',
			short: 'Короткий путь — только необходимое',
		} as Record<Route, string>,
		shortHint:
			'В коротком пути только темы, без которых цель не понять, и из каждой — её ядро: сама страница, пример и упражнения, без курсов. Часы посчитаны по ядру. Остальное из полного пути пригодится позже.',
	},
	en: {
		...PATH_SCRIPT_UI.en,
		svgLabel: 'Topic map: an arrow leads from a topic to the one that needs it',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		zoomReset: 'Original size',
		showDrawing: 'Show the drawing',
		hideDrawing: 'Hide the drawing',
		hintPointer: 'Point at a topic or reach it with the Tab key to light up everything it needs and everything it unlocks.',
		hintTouch: 'Tap a topic to open it. Swipe to move around the drawing; the “+” and “−” buttons zoom.',
		highlightProgress: 'Highlight my progress',
		highlightShort: 'Highlight the short route to backpropagation',
		shortLink: 'Open this route',
		textView: 'The map as text: topics by level',
		textViewIntro: 'Topics of one level can be learned in any order; everything a topic needs is on the levels above.',
		level: (n: number) => `Level ${n + 1}`,
		needs: 'Needs',
		needsNothing: 'nothing before it',
		legend: 'Areas',
		statesLegendLabel: 'Progress marks',
		progressTitle: 'Your progress on this topic',
		clear: 'Clear the mark',
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
		trackSize: (n: number, hours: number) => `${n} ${plural(n, 'topic', 'topics')}, about ${formatHours(hours, 'en')} h.`,
		undoMark: 'Undo',
		share: 'A link to this plan with your marks',
		copy: 'Copy link',
		exportFile: 'Save progress to a file',
		saveOffline: 'Save this path for reading offline',
		importFile: 'Load progress from a file',
		importLink: 'This link carries someone’s progress marks.',
		importLinkApply: 'Load them instead of mine',
		importPreview: 'Loading will change your progress. Check and confirm:',
		importAdded: 'Added',
		importChanged: 'Changed',
		importRemoved: 'Removed',
		importConfirm: 'Load',
		importCancel: 'Cancel',
		importUndo: 'Restore the progress from before loading',
		openPath: 'Open the path',
		pathIncludesKnown: 'Known topics, and whatever only they needed, are left out of the path.',
		route: 'Route',
		routes: {
			full: 'Full path: everything the goal needs',
			short: 'Short route: only what is essential',
		},
		shortHint:
			'The short route keeps only the topics the goal cannot be understood without, and from each only its core: the page itself, its example and exercises, without the courses. The hours count the cores. The rest of the full path will be useful later.',
	},
} satisfies Record<Lang, Record<string, unknown>>;
