/** The words of the review page (src/components/ReviewList.astro, src/client/review.ts) in both languages. */
import type { Lang } from '../schemas/areas';
import { plural } from './plural';

export const REVIEW_UI = {
	ru: {
		noScript: 'Расписание повторений хранится в вашем браузере, поэтому для этой страницы нужен JavaScript.',
		dueSummary: (n: number) => `Сегодня ${n} ${plural(n, 'тема', 'темы', 'тем')} для повторения. Решите по задаче в каждой: верный ответ отодвинет следующее повторение, ошибка вернёт тему раньше.`,
		nothingDue: 'Сегодня повторять нечего.',
		noSchedule:
			'Повторений пока нет. Тема попадает в расписание, когда вы верно решите две задачи подряд в её разделе «Практика»; тогда она вернётся сюда через день, потом через 3, 7, 16 дней.',
		solve: 'решить задачу',
		overdue: (days: number) => (days <= 0 ? 'срок сегодня' : `срок прошёл ${days} ${plural(days, 'день', 'дня', 'дней')} назад`),
		nextTitle: 'Дальше по расписанию',
		inDays: (days: number) => `через ${days} ${plural(days, 'день', 'дня', 'дней')}`,
		newer: 'Прогресс сохранён более новой версией сайта: расписание показано, но ответы отсюда не запишутся.',
	},
	en: {
		noScript: 'The review schedule is kept in your browser, so this page needs JavaScript.',
		dueSummary: (n: number) => `${n} ${plural(n, 'topic', 'topics')} to review today. Solve one problem in each: a right answer moves the next review further out, a mistake brings the topic back sooner.`,
		nothingDue: 'Nothing to review today.',
		noSchedule:
			'No reviews yet. A topic joins the schedule when you solve two problems in a row in its “Practice” section; it then comes back here after a day, then after 3, 7, 16 days.',
		solve: 'solve a problem',
		overdue: (days: number) => (days <= 0 ? 'due today' : `due ${days} ${plural(days, 'day', 'days')} ago`),
		nextTitle: 'Coming up',
		inDays: (days: number) => `in ${days} ${plural(days, 'day', 'days')}`,
		newer: 'Your progress was saved by a newer version of the site: the schedule is shown, but answers given from here will not be stored.',
	},
} satisfies Record<Lang, unknown>;
