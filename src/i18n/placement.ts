/** The words of the placement test (src/components/PlacementQuiz.astro, src/client/placement.ts) in both languages. */
import type { Lang } from '../schemas/areas';
import { plural } from './plural';

export const PLACEMENT_UI = {
	ru: {
		noScript: 'Тест подбирает задачи в браузере по вашим ответам, поэтому для него нужен JavaScript.',
		start: 'Начать тест',
		goal: 'Цель',
		wholeMap: 'Вся карта — все темы',
		goalPath: (n: number, hours: string, goal: string) =>
			n === 0 ? `До цели «${goal}» вы, похоже, знаете всё — проверьте это практикой.` : `Путь до цели «${goal}» без найденных тем: ${n} ${plural(n, 'тема', 'темы', 'тем')}, около ${hours} ч.`,
		progress: (k: number, max: number, topic: string) => `Вопрос ${k} из не больше чем ${max} · тема: ${topic}`,
		answer: 'Ваш ответ',
		check: 'Ответить',
		dontKnow: 'Не знаю',
		finish: 'Закончить и посмотреть результат',
		loading: 'Готовим задачу…',
		failed: 'Не удалось загрузить задачу (нет сети?). Можно закончить тест: то, что уже отвечено, учтено.',
		unreadable: 'Не получилось прочитать ответ. Числа можно писать как 0,5 или 1/2, векторы — (1; 2), формы — 4×16.',
		right: 'Верно.',
		wrong: 'Неверно — это учтено.',
		resultTitle: 'Результат',
		resultSummary: (asked: number, known: number, total: number) =>
			`По ${asked} ${plural(asked, 'ответу', 'ответам', 'ответам')} вы, скорее всего, знаете ${known} ${plural(known, 'тему', 'темы', 'тем')} из ${total}.`,
		honesty: (sure: number) =>
			`Уверенность оценки в среднем ${sure}\u00a0%: ответ на одну задачу может быть случайной ошибкой или удачной догадкой, поэтому темы рядом с границей лучше проверить практикой.`,
		knownTitle: 'Похоже, вы это знаете',
		unknownTitle: 'С этого стоит начать',
		certainty: (p: number) => `уверенность ${p}\u00a0%`,
		apply: 'Сохранить результат',
		applied: 'Сохранено: эти темы отмечены как «определено тестом». Путь до цели их пропускает; ваши собственные отметки важнее.',
		openPath: 'Открыть путь до цели',
	},
	en: {
		noScript: 'The test picks problems in your browser from your answers, so it needs JavaScript.',
		start: 'Start the test',
		goal: 'Goal',
		wholeMap: 'The whole map, every topic',
		goalPath: (n: number, hours: string, goal: string) =>
			n === 0 ? `You seem to know everything up to “${goal}”: check it with practice.` : `The path to “${goal}” without the topics found: ${n} ${plural(n, 'topic', 'topics')}, about ${hours} h.`,
		progress: (k: number, max: number, topic: string) => `Question ${k} of at most ${max} · topic: ${topic}`,
		answer: 'Your answer',
		check: 'Answer',
		dontKnow: 'I don’t know',
		finish: 'Finish and see the result',
		loading: 'Preparing a problem…',
		failed: 'Could not load a problem (offline?). You can finish the test: what you answered counts.',
		unreadable: 'Could not read the answer. Numbers like 0.5 or 1/2, vectors like (1; 2), shapes like 4×16.',
		right: 'Right.',
		wrong: 'Wrong — that counts too.',
		resultTitle: 'Result',
		resultSummary: (asked: number, known: number, total: number) =>
			`From ${asked} ${plural(asked, 'answer', 'answers')}, you most likely know ${known} of ${total} ${plural(total, 'topic', 'topics')}.`,
		honesty: (sure: number) =>
			`The estimate is ${sure}\u00a0% sure on average: one problem can be a slip or a lucky guess, so topics near the border are worth checking with practice.`,
		knownTitle: 'You seem to know these',
		unknownTitle: 'Start with these',
		certainty: (p: number) => `${p}\u00a0% sure`,
		apply: 'Save the result',
		applied: 'Saved: these topics are marked “placed by the test”. The path to your goal skips them; your own marks come first.',
		openPath: 'Open the path to your goal',
	},
} satisfies Record<Lang, unknown>;
