/**
 * The placement test: a short adaptive quiz over the topic graph that estimates which topics a
 * reader already knows. Pure and language-free: the page asks `nextQuestion`, shows that topic's own
 * generated problem, and feeds the verdict back with `answer`.
 *
 * The model. Knowledge is downward-closed (whoever knows a topic knows its prerequisites), and an
 * answer is noisy: a reader who knows a topic still slips, one who does not can guess. Each topic
 * carries a log-odds score that it is known. An answer on topic t moves t by the full likelihood
 * ratio of the answer; a right answer also moves every prerequisite of t (transitively) up, since
 * knowing t implies knowing them, and a wrong answer moves everything that depends on t down. That
 * implied evidence is discounted (`implied`), because the answer may have been a slip or a guess.
 *
 * The next question goes to the topic whose answer would settle the most: the expected number of
 * undecided topics an answer there decides, an answer's probability taken from the current scores.
 * The quiz stops after `maxQuestions`, or earlier when no topic is undecided.
 *
 * Measured by simulation (tests/mastery/placement.test.ts and `npm run bench`): synthetic learners
 * with random downward-closed knowledge, 10 % slips and guesses.
 */

/** The graph as placement needs it: topics in a topological order and each one's prerequisites. */
export interface PlacementGraph {
	order: readonly string[];
	prerequisites: Readonly<Record<string, readonly string[]>>;
}

export interface PlacementOptions {
	/** Chance that a reader who knows a topic answers wrong. */
	slip: number;
	/** Chance that a reader who does not know it answers right. */
	guess: number;
	/** The most questions to ask. */
	maxQuestions: number;
	/** The share of the full evidence that an answer gives to the topics it implies (0–1). */
	implied: number;
	/** A topic is decided when its probability of being known is below this or above 1 minus this. */
	sure: number;
}

export const PLACEMENT_DEFAULTS: PlacementOptions = { slip: 0.1, guess: 0.1, maxQuestions: 20, implied: 0.7, sure: 0.1 };

export interface PlacementState {
	/** Log-odds that each topic is known; 0 is "no idea". */
	scores: Record<string, number>;
	/** The questions asked so far, in order. */
	asked: { topic: string; correct: boolean }[];
}

/** Everything each topic implies: its prerequisites (transitively) and its dependents (transitively). */
export interface Closure {
	below: Record<string, string[]>;
	above: Record<string, string[]>;
}

export function closure(graph: PlacementGraph): Closure {
	const below: Record<string, Set<string>> = {};
	for (const id of graph.order) {
		const set = new Set<string>();
		for (const p of graph.prerequisites[id] ?? []) {
			set.add(p);
			for (const q of below[p] ?? []) set.add(q);
		}
		below[id] = set;
	}
	const above: Record<string, string[]> = Object.fromEntries(graph.order.map((id) => [id, []]));
	for (const id of graph.order) for (const p of below[id]!) above[p]!.push(id);
	return { below: Object.fromEntries(graph.order.map((id) => [id, [...below[id]!]])), above };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The probability that each topic is known, from the scores. */
export function probabilities(state: PlacementState): Record<string, number> {
	return Object.fromEntries(Object.entries(state.scores).map(([id, s]) => [id, sigmoid(s)]));
}

export function startPlacement(graph: PlacementGraph, topics: readonly string[] = graph.order): PlacementState {
	return { scores: Object.fromEntries(topics.map((id) => [id, 0])), asked: [] };
}

/** The state after an answer on `topic`. Pure: the old state is left as it was. */
export function answer(state: PlacementState, c: Closure, topic: string, correct: boolean, o: PlacementOptions = PLACEMENT_DEFAULTS): PlacementState {
	const scores = { ...state.scores };
	const ratio = correct ? Math.log((1 - o.slip) / o.guess) : Math.log(o.slip / (1 - o.guess));
	if (topic in scores) scores[topic]! += ratio;
	for (const id of correct ? c.below[topic] ?? [] : c.above[topic] ?? []) if (id in scores) scores[id]! += o.implied * ratio;
	return { scores, asked: [...state.asked, { topic, correct }] };
}

const undecided = (p: number, o: PlacementOptions) => p > o.sure && p < 1 - o.sure;

/** How much is still unknown: the sum over topics of the binary entropy of "known", in bits. */
export function uncertainty(p: Readonly<Record<string, number>>): number {
	let h = 0;
	for (const v of Object.values(p)) if (v > 0 && v < 1) h -= v * Math.log2(v) + (1 - v) * Math.log2(1 - v);
	return h;
}

/** The topic to ask next, or `undefined` when the quiz is over. */
export function nextQuestion(state: PlacementState, c: Closure, o: PlacementOptions = PLACEMENT_DEFAULTS): string | undefined {
	if (state.asked.length >= o.maxQuestions) return undefined;
	const p = probabilities(state);
	const open = Object.keys(state.scores).filter((id) => undecided(p[id]!, o));
	if (open.length === 0) return undefined;
	const asked = new Set(state.asked.map((a) => a.topic));
	let best: string | undefined;
	let bestGain = -Infinity;
	for (const t of Object.keys(state.scores)) {
		if (asked.has(t)) continue;
		// The chance of a right answer, then the uncertainty left after each outcome, weighted by its chance.
		const right = p[t]! * (1 - o.slip) + (1 - p[t]!) * o.guess;
		const left = (outcome: boolean) => uncertainty(probabilities(answer(state, c, t, outcome, o)));
		const gain = -(right * left(true) + (1 - right) * left(false));
		if (gain > bestGain) (best = t), (bestGain = gain);
	}
	return best;
}

export interface Placement {
	/** Topics placed as known. */
	known: string[];
	/** How sure the placement is of each topic, 0.5–1: the probability of the side it was placed on. */
	certainty: Record<string, number>;
}

/**
 * The result: known where the probability is over ½, then closed downward, since a topic placed as
 * known implies its prerequisites are too.
 */
export function placement(state: PlacementState, c: Closure): Placement {
	const p = probabilities(state);
	// The downward-closed set that best fits the probabilities: a topic goes in when the log-odds of it
	// and everything below it not yet in, summed, favour "known" (greedy, from the most sure topic).
	const known = new Set<string>();
	const logit = (v: number) => Math.log(Math.max(v, 1e-9) / Math.max(1 - v, 1e-9));
	const ids = Object.keys(p).sort((a, b) => p[b]! - p[a]!);
	for (const id of ids) {
		if (known.has(id)) continue;
		const add = [id, ...(c.below[id] ?? []).filter((q) => q in p && !known.has(q))];
		if (add.reduce((sum, q) => sum + logit(p[q]!), 0) > 0) for (const q of add) known.add(q);
	}
	const certainty = Object.fromEntries(Object.entries(p).map(([id, v]) => [id, known.has(id) ? Math.max(v, 0.5) : 1 - Math.min(v, 0.5)]));
	return { known: Object.keys(p).filter((id) => known.has(id)), certainty };
}

/** The site's graph in the shape placement needs. */
export function placementGraph(graph: { order: readonly string[]; topics: Readonly<Record<string, { data: { prerequisites: readonly { topic: string }[] } }>> }): PlacementGraph {
	return { order: graph.order, prerequisites: Object.fromEntries(graph.order.map((id) => [id, graph.topics[id]!.data.prerequisites.map((p) => p.topic)])) };
}
