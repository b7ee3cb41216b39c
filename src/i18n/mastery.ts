/**
 * Words for mastery from answers (src/mastery/): the topic box's line, the roadmap's legend and the
 * path's count of reviews due. Apart from ROADMAP_UI, so that the topic box loads them only for a
 * reader who has answered something.
 */
import type { Lang } from '../schemas/areas';
import { plural } from './plural';

export const MASTERY_UI = {
	ru: {
		/** Mastery from answers (src/mastery/level.ts), shown beside the self-mark, which is only a claim. */
		mastery: { none: 'не начато', familiar: 'знакомо', confident: 'уверенно', mastered: 'освоено' },
		masteryLine: (level: string, right: number, total: number) =>
			`По вашим ответам: ${level} (верно ${right} из ${total}).`,
		reviewIn: (days: number) => (days <= 0 ? 'Пора повторить: решите задачу из практики.' : `Повторение через ${days} ${plural(days, 'день', 'дня', 'дней')}.`),
		reviewsDue: (n: number) => `Сегодня пора повторить ${n} ${plural(n, 'тему', 'темы', 'тем')}`,
		/** Mastery from answers as a tag (the roadmap's legend, the path's list), told apart from the self-marks. */
		masteryLegend: { familiar: 'знакомо (по ответам)', confident: 'уверенно (по ответам)', mastered: 'освоено (по ответам)' },
		/** What the placement test found, told apart from the reader's marks and from mastery. */
		placedLegend: 'определено тестом',
		placedLine: (sure: number) => `Тест определил: скорее всего, вы это знаете (уверенность ${sure}\u00a0%). Проверьте практикой.`,
	},
	en: {
		mastery: { none: 'not started', familiar: 'familiar', confident: 'confident', mastered: 'mastered' },
		masteryLine: (level: string, right: number, total: number) => `From your answers: ${level} (${right} of ${total} right).`,
		reviewIn: (days: number) => (days <= 0 ? 'Time to review: solve a practice problem.' : `Review in ${days} ${plural(days, 'day', 'days')}.`),
		reviewsDue: (n: number) => `${n} ${plural(n, 'topic', 'topics')} to review today`,
		masteryLegend: { familiar: 'familiar (from answers)', confident: 'confident (from answers)', mastered: 'mastered (from answers)' },
		placedLegend: 'placed by the test',
		placedLine: (sure: number) => `The placement test found you most likely know this (${sure}\u00a0% sure). Check it with practice.`,
	},
} satisfies Record<Lang, unknown>;
