/**
 * The error page's script, kept tiny: a reader who only reads the sections downloads nothing more.
 * The matcher and the explanations (./explainer.ts) load the first time the reader reaches for the
 * box (focus, pointer, a key, a paste), or at once when the address carries a message to explain.
 */
import { MSG_PARAM } from './param';

const root = document.querySelector<HTMLElement>('[data-errors]');
if (root) {
	const box = root.querySelector('textarea')!;
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		void import('./explainer').then((m) => m.init(root));
	};
	for (const type of ['focus', 'pointerdown', 'keydown', 'paste', 'input'] as const) box.addEventListener(type, start, { once: true });
	if (new URLSearchParams(location.search).has(MSG_PARAM)) start();
}
