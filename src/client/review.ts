/**
 * The review page in the browser: reads the schedule from local progress and lists what is due today
 * (most overdue first) and what comes next. A due topic links to a fresh problem on its own page
 * (`?p=<kind>-<seed>#practice`); answering it there is the review (src/mastery/evidence.ts).
 */
import { REVIEW_UI } from '../i18n/review';
import { dayOf, dueTopics } from '../mastery/review';
import { freshSeed, seedParam } from '../practice/seed';
import { loadProgress, onEvidenceChange, type ProgressView } from './progress-state';
import type { TopicLink } from '../site/topic-links';


/** How many upcoming reviews the page lists after the due ones. */
const UPCOMING = 8;

export function initReview(): void {
	for (const root of document.querySelectorAll<HTMLElement>('[data-review]')) {
		const t = REVIEW_UI[root.dataset.lang === 'en' ? 'en' : 'ru'];
		const topics = JSON.parse(root.dataset.topics ?? '{}') as Record<string, TopicLink>;
		const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
		const summary = $<HTMLElement>('.review-summary');
		const due = $<HTMLOListElement>('.review-due');
		const next = $<HTMLUListElement>('.review-next');
		const nextTitle = $<HTMLElement>('.review-next-title');

		const render = (view: ProgressView) => {
			const now = Date.now();
			const today = dayOf(now, new Date(now).getTimezoneOffset());
			// Only topics this build has; the schedule of others is kept in storage, not shown.
			const schedule = Object.fromEntries(Object.entries(view.evidence.reviews).filter(([id]) => topics[id]));
			const ids = dueTopics(schedule, today);
			due.replaceChildren(
				...ids.map((id) => {
					const info = topics[id]!;
					const li = document.createElement('li');
					li.dataset.id = id;
					const a = document.createElement('a');
					const kind = info.kinds[Math.floor(Math.random() * info.kinds.length)];
					a.href = kind ? `${info.href}?p=${seedParam(kind, freshSeed())}#practice` : `${info.href}#practice`;
					a.textContent = info.title;
					const when = document.createElement('span');
					when.className = 'review-when';
					when.textContent = ` — ${t.solve}, ${t.overdue(today - schedule[id]!.due)}`;
					li.append(a, when);
					return li;
				}),
			);
			const later = Object.entries(schedule)
				.filter(([, s]) => s.due > today)
				.sort(([a, x], [b, y]) => x.due - y.due || (a < b ? -1 : 1))
				.slice(0, UPCOMING);
			next.replaceChildren(
				...later.map(([id, s]) => {
					const li = document.createElement('li');
					li.dataset.id = id;
					const a = document.createElement('a');
					a.href = topics[id]!.href;
					a.textContent = topics[id]!.title;
					li.append(a, ` — ${t.inDays(s.due - today)}`);
					return li;
				}),
			);
			nextTitle.hidden = later.length === 0;
			const empty = Object.keys(schedule).length === 0 ? t.noSchedule : t.nothingDue;
			summary.textContent = [ids.length > 0 ? t.dueSummary(ids.length) : empty, view.readOnly ? t.newer : ''].filter(Boolean).join(' ');
			summary.dataset.due = String(ids.length);
		};

		render(loadProgress());
		onEvidenceChange(render);
	}
}
