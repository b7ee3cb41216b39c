/**
 * Generated drills: a seed and a kind give one exercise, its answer and its worked solution. The
 * derivatives and backward passes come from the core's scalar autograd; a product's shape is the
 * shape rule itself (outer sizes of the factors after transposing), which the tests check against the
 * core's `matmul` and `transpose`. The same seed always gives the same drill, so a link names it. Pure.
 */
import { createRng, type Rng } from '../../core/random';
import { value, type Value } from '../../core/scalar/value';
import type { Check, Texts } from '../lib/form';
import { int, isProblem, oneOf } from '../../numbers/read';
import { EXAMPLE_FUNCTION_NAMES, EXAMPLE_FUNCTIONS, type ExampleFunctionName } from '../lib/example-functions';
import { valueAndSlope } from './derivative';
import { trace, type Traced } from './graph';

export const KINDS = ['shape', 'derivative', 'backprop'] as const;
export type Kind = (typeof KINDS)[number];
export const DRILL_DEFAULTS: Texts = { k: 'shape', s: '1' };

export type Drill =
	| {
			kind: 'shape';
			seed: number;
			form: number;
			a: [number, number];
			b: [number, number];
			answer: [number, number];
	  }
	| { kind: 'derivative'; seed: number; f: ExampleFunctionName; x: number; answer: number }
	| { kind: 'backprop'; seed: number; form: number; inputs: Record<string, number>; target: string; answer: number; t: Traced };

/** The three ways a product is written: A·B, A·Bᵀ, Aᵀ·B. */
export const SHAPE_FORMS = 3;
/** Graphs to backpropagate through by hand; b appears twice in the last two (its gradient is a sum). */
export const GRAPHS: ((v: Record<string, Value>) => Value)[] = [
	({ a, b, c }) => a.mul(b).named('u').add(c).named('z').pow(2),
	({ a, b, c, d }) => a.mul(b).named('u').sub(c).named('z').relu().named('h').mul(d),
	({ a, b, c }) => a.add(b).named('u').mul(b.sub(c).named('v')),
	({ a, b, c }) => a.mul(b).named('u').mul(c).named('z').add(b),
];
const GRAPH_INPUTS = [
	['a', 'b', 'c'],
	['a', 'b', 'c', 'd'],
	['a', 'b', 'c'],
	['a', 'b', 'c'],
];

const size = (rng: Rng) => 1 + rng.int(9);
const small = (rng: Rng) => (rng.int(2) ? 1 : -1) * (1 + rng.int(3));

export function makeDrill(kind: Kind, seed: number): Drill {
	const rng = createRng(seed);
	if (kind === 'shape') {
		const [m, n, p] = [size(rng), size(rng), size(rng)];
		const form = rng.int(SHAPE_FORMS);
		// As given in the question: for A·Bᵀ, B is p×n; for Aᵀ·B, A is n×m.
		const a: [number, number] = form === 2 ? [n, m] : [m, n];
		const b: [number, number] = form === 1 ? [p, n] : [n, p];
		return { kind, seed, form, a, b, answer: [m, p] };
	}
	if (kind === 'derivative') {
		// A drill asks for a derivative that exists wherever x lands: functions with a kink sit out.
		const names = EXAMPLE_FUNCTION_NAMES.filter((f) => EXAMPLE_FUNCTIONS[f].kinkAt === undefined);
		const f = names[rng.int(names.length)];
		const x = EXAMPLE_FUNCTIONS[f].positiveOnly ? (1 + rng.int(30)) / 10 : (rng.int(41) - 20) / 10;
		return { kind, seed, f, x, answer: valueAndSlope(f, x).dy };
	}
	const form = rng.int(GRAPHS.length);
	const inputs: Record<string, number> = {};
	const vars: Record<string, Value> = {};
	for (const name of GRAPH_INPUTS[form]) {
		inputs[name] = small(rng);
		vars[name] = value(inputs[name], name);
	}
	const target = GRAPH_INPUTS[form][rng.int(GRAPH_INPUTS[form].length)];
	const t = trace(GRAPHS[form](vars).named('L'));
	return { kind, seed, form, inputs, target, answer: vars[target].grad, t };
}

export function checkDrill(texts: Texts): Check<Drill> {
	const kind = oneOf(texts.k, KINDS);
	if (isProblem(kind)) return { key: 'k', why: kind };
	const seed = int(texts.s, 0, 999_999);
	if (isProblem(seed)) return { key: 's', why: seed };
	return { ok: makeDrill(kind, seed) };
}
