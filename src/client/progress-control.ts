import { PROGRESS_NOTICES } from '../i18n/progress';
import type { TopicState } from '../progress/store';
import { loadProgress, onEvidenceChange, onProgressChange, progressNotice, setTopicState, type ProgressView } from './progress-state';

/** Wires every progress control on the page: pressing the current state again clears it. */
export function initProgressControls(): void {
	for (const root of document.querySelectorAll<HTMLElement>('[data-progress-topic]')) {
		const topic = root.dataset.progressTopic!;
		const strings = PROGRESS_NOTICES[root.dataset.lang === 'en' ? 'en' : 'ru'];
		const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-state]')];
		const message = root.querySelector<HTMLElement>('.progress-message')!;
		const mastery = root.querySelector<HTMLElement>('.progress-mastery');
		// What the reader has shown, apart from what they clicked: nothing until they have answered.
		// The mastery code loads only for a reader who has answered something on this topic.
		const showMastery = async (view: ProgressView) => {
			if (!mastery) return;
			const answers = view.evidence.answers[topic] ?? [];
			const review = view.evidence.reviews[topic];
			const placed = view.evidence.placed[topic];
			if (answers.length === 0 && !placed) return void (mastery.hidden = true);
			if (answers.length === 0) {
				// Only the placement test's guess: said as such, apart from the reader's own mark.
				const { MASTERY_UI } = await import('../i18n/mastery');
				mastery.textContent = MASTERY_UI[root.dataset.lang === 'en' ? 'en' : 'ru'].placedLine(placed!.sure);
				mastery.dataset.level = 'placed';
				return void (mastery.hidden = false);
			}
			const [{ levelOf }, { dayOf }, { MASTERY_UI }] = await Promise.all([import('../mastery/level'), import('../mastery/review'), import('../i18n/mastery')]);
			const words = MASTERY_UI[root.dataset.lang === 'en' ? 'en' : 'ru'];
			const level = levelOf(answers, review);
			const now = Date.now();
			const days = review ? review.due - dayOf(now, new Date(now).getTimezoneOffset()) : undefined;
			mastery.textContent = words.masteryLine(words.mastery[level], answers.filter((a) => a.correct).length, answers.length) + (days === undefined ? '' : ' ');
			// When it is due, the sentence links to the review page, which holds every topic due today.
			if (days !== undefined && days <= 0 && root.dataset.reviewHref) {
				const a = document.createElement('a');
				a.href = root.dataset.reviewHref;
				a.textContent = words.reviewIn(days);
				mastery.append(a);
			} else if (days !== undefined) mastery.append(words.reviewIn(days));
			mastery.dataset.level = level;
			mastery.hidden = false;
		};
		const show = (state: TopicState | undefined) => {
			for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.state === state));
		};
		const say = (text: string) => {
			message.textContent = text;
			message.hidden = text === '';
		};
		const initial = loadProgress();
		show(initial.progress[topic]);
		void showMastery(initial);
		onEvidenceChange((view) => void showMastery(view));
		say(progressNotice(initial, strings));
		// Data of a newer site version is shown but never overwritten (src/progress/store.ts).
		for (const b of buttons) b.disabled = initial.readOnly;
		for (const b of buttons) {
			b.addEventListener('click', () => {
				const state = b.dataset.state as TopicState;
				const next = loadProgress().progress[topic] === state ? undefined : state;
				const result = setTopicState(topic, next);
				if (result.write === 'read-only') return say(strings.newerVersion);
				show(next);
				say(result.persistent ? '' : strings.notSaved);
			});
		}
		onProgressChange((progress) => show(progress[topic]));
		root.dataset.ready = '';
	}
}
