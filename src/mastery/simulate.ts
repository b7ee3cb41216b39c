/**
 * Synthetic learners for measuring the placement test: each knows a random downward-closed set of
 * topics and answers with slips and guesses. Pure; the random generator is passed in. Used by
 * tests/mastery/placement.test.ts (a floor, fixed seed) and `npm run bench` (the figures).
 */
import type { Rng } from '../core/random';
import { answer, closure, nextQuestion, placement, startPlacement, PLACEMENT_DEFAULTS, type PlacementGraph, type PlacementOptions } from './placement';

/**
 * A random downward-closed set: a readiness q is drawn for the learner, each topic is "studied" with
 * chance q, and a studied topic is known only when all its prerequisites are known. Readers range
 * from knowing nothing to knowing nearly everything.
 */
export function randomLearner(graph: PlacementGraph, rng: Rng): Set<string> {
	const q = rng.next() ** 0.5;
	const known = new Set<string>();
	for (const id of graph.order) if (rng.next() < q && (graph.prerequisites[id] ?? []).every((p) => known.has(p))) known.add(id);
	return known;
}

export interface SimulationResult {
	/** The share of topics placed on the right side, over all learners. */
	accuracy: number;
	/** The mean number of questions asked. */
	questions: number;
}

export function simulate(graph: PlacementGraph, learners: number, rng: Rng, o: PlacementOptions = PLACEMENT_DEFAULTS, noise = { slip: 0.1, guess: 0.1 }): SimulationResult {
	const c = closure(graph);
	let right = 0;
	let asked = 0;
	for (let i = 0; i < learners; i++) {
		const truth = randomLearner(graph, rng);
		let state = startPlacement(graph);
		for (let t = nextQuestion(state, c, o); t !== undefined; t = nextQuestion(state, c, o)) {
			const correct = truth.has(t) ? rng.next() >= noise.slip : rng.next() < noise.guess;
			state = answer(state, c, t, correct, o);
		}
		const known = new Set(placement(state, c).known);
		for (const id of graph.order) if (known.has(id) === truth.has(id)) right++;
		asked += state.asked.length;
	}
	return { accuracy: right / (learners * graph.order.length), questions: asked / learners };
}
