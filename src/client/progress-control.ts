import { ROADMAP_UI } from '../i18n/roadmap';
import type { TopicState } from '../progress/store';
import { loadProgress, onProgressChange, setTopicState } from './progress-state';

/** Wires every progress control on the page: pressing the current state again clears it. */
export function initProgressControls(): void {
	for (const root of document.querySelectorAll<HTMLElement>('[data-progress-topic]')) {
		const topic = root.dataset.progressTopic!;
		const strings = ROADMAP_UI[root.dataset.lang === 'en' ? 'en' : 'ru'];
		const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-state]')];
		const message = root.querySelector<HTMLElement>('.progress-message')!;
		const show = (state: TopicState | undefined) => {
			for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.state === state));
		};
		const say = (text: string) => {
			message.textContent = text;
			message.hidden = text === '';
		};
		const initial = loadProgress();
		show(initial.progress[topic]);
		say(initial.problem ? strings.recovered : initial.persistent ? '' : strings.notSaved);
		for (const b of buttons) {
			b.addEventListener('click', () => {
				const state = b.dataset.state as TopicState;
				const next = loadProgress().progress[topic] === state ? undefined : state;
				const result = setTopicState(topic, next);
				show(next);
				say(result.persistent ? '' : strings.notSaved);
			});
		}
		onProgressChange((progress) => show(progress[topic]));
		root.hidden = false;
	}
}
