/**
 * The placement test in the browser (src/components/PlacementQuiz.astro renders its frame). The quiz
 * itself is src/mastery/placement.ts; this asks its questions with each topic's own generated problems
 * (loaded on demand, like the practice blocks), records every readable answer as evidence on its topic,
 * and at the end shows the placement with how sure it is and offers to mark the topics found.
 */
import { fromClientGraph } from '../graph/client-graph';
import { planPath, routeHours, targetTopics } from '../graph/plan';
import { pathQuery, targetFromParam } from '../graph/targets';
import { PLACEMENT_UI } from '../i18n/placement';
import { formatHours } from '../i18n/ui';
import { answer, closure, nextQuestion, placement, placementGraph, PLACEMENT_DEFAULTS, startPlacement, type PlacementGraph } from '../mastery/placement';
import { checkPractice } from '../practice/check';
import { freshSeed } from '../practice/seed';
import type { Problem } from '../practice/types';
import type { Lang } from '../schemas/areas';
import { dayOf } from '../mastery/review';
import { loadProgress, savePlacement } from './progress-state';
import type { TopicLink } from '../site/topic-links';
import { readGraphData } from './graph-data';


export function initPlacement(): void {
	for (const root of document.querySelectorAll<HTMLElement>('[data-placement]')) {
		const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'ru';
		const t = PLACEMENT_UI[lang];
		const data = readGraphData();
		if (!data) return;
		const site = fromClientGraph(data);
		const topics = JSON.parse(root.dataset.topics ?? '{}') as Record<string, TopicLink>;
		const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
		const goalSelect = $<HTMLSelectElement>('select[name="to"]');
		// A goal from the address (`/placement/?to=track:internals`), as the path page takes it.
		const fromUrl = targetFromParam(new URL(location.href).searchParams.get('to'), site);
		if (fromUrl) goalSelect.value = fromUrl.kind === 'track' ? `track:${fromUrl.track}` : `topic:${fromUrl.id}`;
		let target = fromUrl;
		let goals: string[] = site.order;
		// The quiz runs over the part of the graph the goal needs (the whole map without a goal).
		let graph: PlacementGraph = placementGraph(site);
		let c = closure(graph);
		const quiz = $<HTMLElement>('.placement-quiz');
		const result = $<HTMLElement>('.placement-result');
		const progress = $<HTMLElement>('.placement-progress');
		const question = $<HTMLElement>('.placement-question');
		const form = $<HTMLFormElement>('.placement-quiz form');
		const input = $<HTMLInputElement>('input[name="answer"]');
		const feedback = $<HTMLElement>('.placement-feedback');

		let state = startPlacement(graph);
		/** Narrows the quiz to the chosen goal: the goal's topics and everything they need. */
		const chooseGoal = () => {
			target = targetFromParam(goalSelect.value, site);
			goals = target ? targetTopics(site, target) : site.order;
			const needed = new Set(planPath(site, goals));
			const order = site.order.filter((id) => needed.has(id));
			graph = { order, prerequisites: Object.fromEntries(order.map((id) => [id, site.topics[id]!.data.prerequisites.map((p) => p.topic)])) };
			c = closure(graph);
			state = startPlacement(graph);
		};
		let current: { topic: string; kind: string; seed: number; problem: Problem; choices: Record<string, string[]> } | undefined;
		const say = (text: string, verdict: string) => {
			feedback.textContent = text;
			feedback.dataset.verdict = verdict;
		};

		/** Shows the next question, or the result when the quiz is over. */
		async function ask(): Promise<void> {
			const topic = nextQuestion(state, c);
			if (topic === undefined) return finish();
			const info = topics[topic]!;
			const kind = info.kinds[Math.floor(Math.random() * info.kinds.length)]!;
			const seed = freshSeed();
			progress.textContent = t.progress(state.asked.length + 1, PLACEMENT_DEFAULTS.maxQuestions, info.title);
			question.textContent = t.loading;
			root.dataset.busy = 'true';
			try {
				const [[mod, words], render] = await Promise.all([import('../practice/load').then((l) => l.loadTopic(topic, lang)), import('../practice/render')]);
				const k = mod.practice.find((x) => x.id === kind)!;
				const text = words.practice[kind]!;
				const problem = render.problemFor(k, seed, lang);
				question.innerHTML = render.renderProblem(problem, text).question;
				current = { topic, kind, seed, problem, choices: text.choices ?? {} };
				input.value = '';
				root.dataset.question = `${topic}|${kind}-${seed}`;
				input.focus();
			} catch {
				question.textContent = '';
				say(t.failed, 'failed');
			} finally {
				delete root.dataset.busy;
			}
		}

		/** Counts the answer, keeps it as evidence when it was one, and moves on. */
		function record(correct: boolean, readable: boolean): void {
			if (!current) return;
			const { topic, kind, seed } = current;
			state = answer(state, c, topic, correct);
			if (readable) void import('./record-answer').then((r) => r.saveAnswer(topic, kind, seed, correct));
			current = undefined;
			void ask();
		}

		function finish(): void {
			quiz.hidden = true;
			const placed = placement(state, c);
			const known = new Set(placed.known);
			const pct = (v: number) => Math.round(v * 100);
			const sure = pct(Object.values(placed.certainty).reduce((s, v) => s + v, 0) / Math.max(1, graph.order.length));
			$<HTMLElement>('.placement-summary').textContent = t.resultSummary(state.asked.length, known.size, graph.order.length);
			$<HTMLElement>('.placement-honesty').textContent = t.honesty(sure);
			const item = (id: string) => {
				const li = document.createElement('li');
				li.dataset.id = id;
				const a = document.createElement('a');
				a.href = topics[id]!.href;
				a.textContent = topics[id]!.title;
				const s = document.createElement('span');
				s.className = 'placement-sure';
				s.textContent = ` — ${t.certainty(pct(placed.certainty[id] ?? 0.5))}`;
				li.append(a, s);
				return li;
			};
			const knownIds = graph.order.filter((id) => known.has(id));
			// The path to the goal without what the reader seems to know, with its hours; its first topics are where to start.
			const steps = planPath(site, goals, known);
			const goalTitle = goalSelect.selectedOptions[0]?.textContent?.trim() ?? '';
			$<HTMLElement>('.placement-goal-path').textContent = t.goalPath(steps.length, formatHours(routeHours(site, steps, 'full'), lang), goalTitle);
			$<HTMLAnchorElement>('.placement-path').href = `${root.dataset.path}${target ? pathQuery(target, 'full') : ''}`;
			const start = steps.slice(0, 8);
			$<HTMLUListElement>('.placement-known').replaceChildren(...knownIds.map(item));
			$<HTMLUListElement>('.placement-unknown').replaceChildren(...start.map(item));
			$<HTMLElement>('.placement-known-title').hidden = knownIds.length === 0;
			$<HTMLElement>('.placement-unknown-title').hidden = start.length === 0;
			const apply = $<HTMLButtonElement>('[data-action="apply"]');
			apply.hidden = known.size === 0 || loadProgress().readOnly;
			apply.onclick = () => {
				// Kept as «определено тестом», apart from the reader's own marks, which it never overwrites.
				const now = Date.now();
				const day = dayOf(now, new Date(now).getTimezoneOffset());
				const outcome = savePlacement(graph.order, Object.fromEntries(knownIds.map((id) => [id, { sure: pct(placed.certainty[id] ?? 0.5), day }])));
				if (outcome !== 'saved') return;
				$<HTMLElement>('.placement-applied').hidden = false;
				apply.disabled = true;
			};
			result.hidden = false;
			root.dataset.finished = String(state.asked.length);
		}

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			if (!current || root.dataset.busy) return;
			const finding = checkPractice(current.problem.answer, input.value, lang, current.problem.mistakes, current.choices);
			if (finding.verdict === 'correct' || finding.verdict === 'wrong') {
				say(finding.verdict === 'correct' ? t.right : t.wrong, finding.verdict);
				record(finding.verdict === 'correct', true);
			} else say(t.unreadable, finding.verdict);
		});
		$<HTMLButtonElement>('[data-action="dont-know"]').addEventListener('click', () => {
			if (!current || root.dataset.busy) return;
			say(t.wrong, 'wrong');
			// «Не знаю» counts against the topic but is not an answer to keep as evidence.
			record(false, false);
		});
		$<HTMLButtonElement>('[data-action="finish"]').addEventListener('click', finish);
		$<HTMLFormElement>('.placement-start').addEventListener('submit', (event) => {
			event.preventDefault();
			chooseGoal();
			$<HTMLElement>('.placement-start').hidden = true;
			quiz.hidden = false;
			void ask();
		});
		root.dataset.ready = 'true';
	}
}
