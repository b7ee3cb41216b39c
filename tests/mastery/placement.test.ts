import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createRng } from '../../src/core/random';
import { answer, closure, nextQuestion, placement, probabilities, startPlacement, type PlacementGraph } from '../../src/mastery/placement';
import { randomLearner, simulate } from '../../src/mastery/simulate';

/** a → b → c → d, and a → e: a small graph with a chain and a branch. */
const GRAPH: PlacementGraph = { order: ['a', 'b', 'e', 'c', 'd'], prerequisites: { a: [], b: ['a'], e: ['a'], c: ['b'], d: ['c'] } };
const C = closure(GRAPH);

describe('placement: the adaptive quiz over the graph', () => {
	test('closure: everything below and above each topic', () => {
		expect(C.below.d!.sort()).toEqual(['a', 'b', 'c']);
		expect(C.above.a!.sort()).toEqual(['b', 'c', 'd', 'e']);
		expect(C.above.e).toEqual([]);
	});

	test('a right answer raises the topic and, less, its prerequisites; never what depends on it', () => {
		const s = answer(startPlacement(GRAPH), C, 'c', true);
		expect(s.scores.c).toBeGreaterThan(s.scores.b!);
		expect(s.scores.b).toBeGreaterThan(0);
		expect(s.scores.a).toBe(s.scores.b);
		expect(s.scores.d).toBe(0);
		expect(s.scores.e).toBe(0);
	});

	test('a wrong answer lowers the topic and what depends on it; never its prerequisites', () => {
		const s = answer(startPlacement(GRAPH), C, 'b', false);
		expect(s.scores.b).toBeLessThan(0);
		expect(s.scores.c).toBeLessThan(0);
		expect(s.scores.d).toBeLessThan(0);
		expect(s.scores.a).toBe(0);
		expect(s.scores.e).toBe(0);
	});

	test('answer is pure: the state it was given is unchanged', () => {
		const s0 = startPlacement(GRAPH);
		answer(s0, C, 'c', true);
		expect(s0).toEqual({ scores: { a: 0, b: 0, e: 0, c: 0, d: 0 }, asked: [] });
	});

	test('the first question is one whose answer settles others too, not the lone leaf e', () => {
		expect(nextQuestion(startPlacement(GRAPH), C)).not.toBe('e');
	});

	test('never asks a topic twice, stops at the question limit, and the result is downward-closed', () => {
		fc.assert(
			fc.property(fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), fc.integer({ min: 1, max: 5 }), (answers, max) => {
				const o = { slip: 0.1, guess: 0.1, maxQuestions: max, implied: 0.7, sure: 0.1 };
				let s = startPlacement(GRAPH);
				const asked: string[] = [];
				for (let t = nextQuestion(s, C, o), i = 0; t !== undefined; t = nextQuestion(s, C, o), i++) {
					expect(asked).not.toContain(t);
					asked.push(t);
					s = answer(s, C, t, answers[i]!, o);
				}
				expect(asked.length).toBeLessThanOrEqual(max);
				const known = new Set(placement(s, C).known);
				for (const id of known) for (const p of C.below[id]!) expect(known.has(p)).toBe(true);
			}),
		);
	});

	test('the result says how sure it is: at least ½ for every topic, more where answers agree', () => {
		let s = startPlacement(GRAPH);
		s = answer(s, C, 'c', true);
		s = answer(s, C, 'd', false);
		const r = placement(s, C);
		expect(r.known.sort()).toEqual(['a', 'b', 'c']);
		expect(Object.values(r.certainty).every((v) => v >= 0.5 && v <= 1)).toBe(true);
		expect(r.certainty.c).toBeGreaterThan(r.certainty.e!);
		expect(probabilities(s).e).toBe(0.5);
	});

	test('synthetic learners know downward-closed sets of every size', () => {
		const rng = createRng(3);
		const sizes = new Set<number>();
		for (let i = 0; i < 200; i++) {
			const known = randomLearner(GRAPH, rng);
			for (const id of known) for (const p of C.below[id]!) expect(known.has(p)).toBe(true);
			sizes.add(known.size);
		}
		expect([...sizes].sort()).toEqual([0, 1, 2, 3, 4, 5]);
	});

	test('on the small graph, a noiseless learner is placed exactly', () => {
		const r = simulate(GRAPH, 100, createRng(5), undefined, { slip: 0, guess: 0 });
		expect(r.accuracy).toBe(1);
		expect(r.questions).toBeLessThanOrEqual(5);
	});
});
