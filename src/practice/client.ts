/**
 * The practice block in the browser (src/components/Practice.astro renders it and the first
 * problem). It checks answers against the state the build wrote into the block, so checking needs
 * no generator; the topic's module, its words in the page's language and the MathML writer load
 * only when the reader asks for another problem or opens a link to one (`?p=<kind>-<seed>#practice`).
 * Language-free: every word it shows comes from the block's data attributes or the topic's text.
 */
import type { Lang } from '../schemas/areas';
import { checkPractice, type Finding } from './check';
import { freshSeed, parseSeed, seedParam } from './seed';

interface State {
	kind: string;
	seed: number;
	answer: Parameters<typeof checkPractice>[0];
	mistakes: Parameters<typeof checkPractice>[3];
	say: Record<string, string>;
	choices: Record<string, string[]>;
}

interface Ui {
	label: string;
	correct: string;
	empty: string;
	long: string;
	loading: string;
	failed: string;
	unreadable: Record<string, string>;
	wrong: Record<string, string>;
}

/** The message for a finding, in the block's words. */
function message(f: Finding, ui: Ui, state: State): string {
	if (f.verdict === 'correct' || f.verdict === 'empty' || f.verdict === 'long') return ui[f.verdict];
	if (f.verdict !== 'wrong') {
		const options = Object.entries(state.choices).map(([, words]) => words[0]).join(' / ');
		return ui.unreadable[state.answer.kind]!.replace('{options}', options);
	}
	return f.why === 'mistake' ? state.say[f.key] ?? ui.wrong.none! : ui.wrong[f.why]!;
}

function setUp(block: HTMLElement): void {
	const { topic = '', lang = 'ru' } = block.dataset;
	const ui = JSON.parse(block.dataset.ui ?? '{}') as Ui;
	const names = JSON.parse(block.dataset.names ?? '{}') as Record<string, string>;
	const prerequisites = (block.dataset.prerequisites ?? '').split(' ').filter(Boolean);
	let state = JSON.parse(block.dataset.state ?? '{}') as State;
	const $ = <T extends Element>(sel: string) => block.querySelector<T>(sel)!;
	const form = $<HTMLFormElement>('form');
	const input = $<HTMLInputElement>('input[name="answer"]');
	const feedback = $<HTMLElement>('.practice-feedback');
	const label = $<HTMLElement>('.practice-label');
	const question = $<HTMLElement>('.practice-question');
	const hints = $<HTMLElement>('.practice-hints ol');
	const solution = $<HTMLElement>('.practice-solution-body');
	const link = $<HTMLAnchorElement>('.practice-link');
	const next = $<HTMLButtonElement>('.practice-next');
	const kindButtons = [...block.querySelectorAll<HTMLButtonElement>('[data-kind]')];
	form.hidden = false;
	block.querySelector<HTMLElement>('.practice-kinds')?.removeAttribute('hidden');
	block.querySelector<HTMLElement>('.practice-actions')!.hidden = false;

	const say = (text: string, verdict: string, html = false) => {
		// Only a known mistake's explanation is HTML: the build wrote it (checkState), never the reader.
		if (html) feedback.innerHTML = text;
		else feedback.textContent = text;
		feedback.dataset.verdict = verdict;
	};
	const href = (s: State) => `?p=${seedParam(s.kind, s.seed)}#practice`;

	/** Loads the topic's module and words and shows `kind` with `seed`; on failure the current problem stays. */
	async function show(kind: string, seed: number, push: boolean): Promise<void> {
		say(ui.loading, 'loading');
		block.dataset.busy = 'true';
		try {
			const [[mod, words], render] = await Promise.all([import('./load').then((l) => l.loadTopic(topic, lang as Lang)), import('./render')]);
			const k = mod.practice.find((x) => x.id === kind)!;
			const text = words.practice[kind]!;
			const problem = render.problemFor(k, seed, lang as Lang);
			const html = render.renderProblem(problem, text);
			state = JSON.parse(render.checkState(kind, seed, problem, text)) as State;
			question.innerHTML = html.question;
			hints.innerHTML = html.hints.map((h) => `<li>${h}</li>`).join('');
			solution.innerHTML = html.solution;
			for (const d of block.querySelectorAll('details')) d.open = false;
			label.textContent = ui.label.replace('{name}', names[kind] ?? kind).replace('{seed}', String(seed));
			link.href = href(state);
			for (const b of kindButtons) b.setAttribute('aria-pressed', String(b.dataset.kind === kind));
			input.value = '';
			input.removeAttribute('aria-invalid');
			say('', 'ready');
			block.dataset.problem = seedParam(kind, seed);
			if (push) history.replaceState(history.state, '', href(state));
		} catch {
			say(ui.failed, 'failed');
		} finally {
			delete block.dataset.busy;
		}
	}

	const kinds = Object.keys(names);
	next.addEventListener('click', () => {
		// The next kind in turn, so "new problem" also shows the topic's other kinds of problem.
		const k = kinds[(kinds.indexOf(state.kind) + 1) % kinds.length]!;
		void show(k, freshSeed(), true);
	});
	for (const b of kindButtons) b.addEventListener('click', () => void show(b.dataset.kind!, freshSeed(), true));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const finding = checkPractice(state.answer, input.value, lang as Lang, state.mistakes, state.choices);
		say(message(finding, ui, state), finding.verdict, finding.verdict === 'wrong' && finding.why === 'mistake' && finding.key in state.say);
		input.setAttribute('aria-invalid', String(finding.verdict !== 'correct'));
		// A readable answer, right or wrong, is evidence; an empty or unreadable one is not.
		// Loaded at the first check, not with the page: most visits never answer.
		if (finding.verdict === 'correct' || finding.verdict === 'wrong') {
			const { kind, seed } = state;
			void import('../client/record-answer').then((r) => r.saveAnswer(topic, kind, seed, finding.verdict === 'correct', prerequisites));
		}
	});

	// A link to a problem: `?p=slope-42` shows that problem, whatever the build rendered.
	const linked = parseSeed(new URLSearchParams(location.search).get('p'), kinds);
	if (linked && seedParam(linked.kind, linked.seed) !== seedParam(state.kind, state.seed)) void show(linked.kind, linked.seed, false);
	else block.dataset.problem = seedParam(state.kind, state.seed);
	block.dataset.ready = 'true';
}

for (const block of document.querySelectorAll<HTMLElement>('section.practice')) setUp(block);
