/**
 * The chain-rule widget's state: one neuron and its squared error, L = (relu(w·x + b) − y)², built
 * with the core's scalar autograd, and how many backward steps have been taken. Pure.
 */
import { value } from '../../core/scalar/value';
import type { Check, Texts } from '../lib/form';
import { int, isProblem, num } from '../../numbers/read';
import { trace, type Traced } from './graph';

export const CHAIN_DEFAULTS: Texts = { x: '2', w: '1.5', b: '-1', y: '1', s: '0' };
/** Inputs of the graph, in the order of the fields. */
export const CHAIN_INPUTS = ['x', 'w', 'b', 'y'] as const;
const LIMIT = 100;

/** The graph of L = (relu(w·x + b) − y)² with every node named, traced forward and backward. */
export function neuronGraph(x: number, w: number, b: number, y: number): Traced {
	// The site's letters (content/notation/letters.yaml): the product m, the sum z, the activation a, the error e.
	const m = value(w, 'w').mul(value(x, 'x')).named('m');
	const z = m.add(value(b, 'b')).named('z');
	const a = z.relu().named('a');
	const e = a.sub(value(y, 'y')).named('e');
	return trace(e.pow(2).named('L'));
}

export interface Chain {
	t: Traced;
	/** Backward steps taken, 0 (only the forward pass) to t.steps.length (done). */
	k: number;
}

export function checkChain(texts: Texts): Check<Chain> {
	const v: number[] = [];
	for (const key of CHAIN_INPUTS) {
		const n = num(texts[key], LIMIT);
		if (isProblem(n)) return { key, why: n };
		v.push(n);
	}
	const t = neuronGraph(v[0], v[1], v[2], v[3]);
	const k = int(texts.s, 0, t.steps.length);
	if (isProblem(k)) return { key: 's', why: k };
	return { ok: { t, k } };
}
