/**
 * Probability of events: independent events multiply, the complement is one minus. The worked example
 * lists every dropout mask of a few neurons with its probability and draws masks with the core's seeded
 * generator; the practice asks for "all kept" or its complement. Tests: tests/topics/probability/probability.test.ts.
 */
import { createRng } from '../../../core/random';
import type { Kind } from '../../../practice/types';
import { bracket, figure, frame, group, rect } from '../../../figures/distribution';
import { plain, text } from '../../../figures/svg';
import type { Fmt } from '../../../practice/types';
import type { Block, TopicModule, WorkedExample } from '../../types';

export interface MaskRow {
	/** 1 = kept, 0 = dropped, neuron by neuron. */
	bits: (0 | 1)[];
	/** keep or 1 − keep for each neuron. */
	factors: number[];
	/** Their product: independent neurons, so probabilities multiply. */
	p: number;
}

/** Every mask of `neurons` neurons with its probability, "all kept" first. */
export function maskTable(keep: number, neurons: number): MaskRow[] {
	return Array.from({ length: 2 ** neurons }, (_, m) => {
		const code = 2 ** neurons - 1 - m;
		const bits = Array.from({ length: neurons }, (_, i) => ((code >> (neurons - 1 - i)) & 1) as 0 | 1);
		const factors = bits.map((b) => (b ? keep : 1 - keep));
		return { bits, factors, p: factors.reduce((a, b) => a * b, 1) };
	});
}

/** P(all n kept) = keepⁿ, for neurons kept independently. */
export const allKept = (keep: number, neurons: number): number => keep ** neurons;

/** The share of `n` seeded masks in which every neuron was kept, for each n in turn (one generator throughout). */
export function simulateAllKept(keep: number, neurons: number, trials: readonly number[], seed: number): { n: number; share: number }[] {
	const rng = createRng(seed);
	return trials.map((n) => {
		let hits = 0;
		for (let k = 0; k < n; k++) {
			let all = true;
			for (let i = 0; i < neurons; i++) if (!(rng.next() < keep)) all = false;
			if (all) hits++;
		}
		return { n, share: hits / n };
	});
}

/**
 * The whole probability, 1, as a bar split into the masks' probabilities in the table's order: "all
 * kept" (the event A) in the accent tone, the rest muted, a mask's bits written in its piece when it is
 * wide enough, and brackets for P(A) and P(Ā) above.
 */
export function splitFigure(keep: number, neurons: number, fmt: Fmt): Block {
	const rows = maskTable(keep, neurons);
	const f = frame({ x: [0, 1], yMax: 1, height: 168, margin: { top: 60, bottom: 58 } });
	const all = allKept(keep, neurons);
	let from = 0;
	// Pieces too narrow for their bits stay unlabelled; the labels under neighbouring pieces alternate between two rows.
	let labelled = 0;
	const pieces = rows.map((row, i) => {
		const [a, b] = [f.X(from), f.X(from + row.p)];
		from += row.p;
		const mid = Math.round((a + b) * 50) / 100;
		const piece = rect(a, f.top, b - a, f.base - f.top, i === 0 ? 'accent' : 'muted', i === 0 ? 0.45 : 0.2);
		if (b - a < 34) return piece;
		const y = f.base + (labelled++ % 2 === 0 ? 16 : 36);
		return piece + text(mid, (f.top + f.base) / 2, row.bits.join('')) + text(mid, y, plain(fmt(row.p)), { tone: i === 0 ? 'accent' : 'ink' });
	});
	const svg = figure(f, [
		group('masks', pieces),
		bracket(f, 0, all, 34, `P(A) = ${plain(fmt(all))}`, { part: 'event' }),
		bracket(f, all, 1, 34, `P(Ā) = ${plain(fmt(1 - all))}`, { tone: 'ink', part: 'complement' }),
	]);
	const w = { n: String(neurons), keep: fmt(keep), all: fmt(all), rest: fmt(1 - all), masks: String(rows.length) };
	return { svg, caption: { say: 'splitCaption', with: w }, alt: { say: 'splitAlt', with: Object.fromEntries(Object.entries(w).map(([k, v]) => [k, plain(v)])) } };
}

interface MaskInputs {
	keep: number;
	neurons: number;
	trials: number[];
	seed: number;
}

const masks: WorkedExample<MaskInputs> = {
	inputs: { keep: 0.8, neurons: 3, trials: [10, 100, 1000, 10000], seed: 42 },
	blocks: ({ keep, neurons, trials, seed }, fmt) => {
		const rows = maskTable(keep, neurons);
		const total = rows.reduce((s, r) => s + r.p, 0);
		const all = allKept(keep, neurons);
		return [
			{
				head: [{ say: 'mask' }, { say: 'product' }, { say: 'prob' }],
				rows: rows.map((r) => [r.bits.join('\\;\\;'), r.factors.map((f) => fmt(f)).join(' \\cdot '), fmt(r.p)]),
			},
			{ tex: `\\sum P = ${fmt(total)}` },
			{ tex: `P(A) = ${fmt(keep)}^{${neurons}} = ${fmt(all)}, \\qquad P(\\overline{A}) = 1 - ${fmt(all)} = ${fmt(1 - all)}` },
			{
				head: [{ say: 'drawn' }, { say: 'share' }],
				rows: simulateAllKept(keep, neurons, trials, seed).map((s) => [fmt(s.n), fmt(s.share, 4)]),
			},
			splitFigure(keep, neurons, fmt),
		];
	},
};

interface KeptInputs {
	keep: number;
	neurons: number;
	/** Ask for P(A), all kept, or for P(Ā), at least one dropped. */
	complement: boolean;
}

/** All n kept, or at least one dropped: a product of independent probabilities, then maybe the complement. */
const kept: Kind<KeptInputs> = {
	id: 'kept',
	draw: (rng) => ({ keep: [0.5, 0.6, 0.7, 0.8, 0.9][rng.int(5)]!, neurons: 2 + rng.int(4), complement: rng.int(2) === 1 }),
	solve: ({ keep, neurons, complement }, fmt) => {
		const all = allKept(keep, neurons);
		const answer = complement ? 1 - all : all;
		const tolerance = 5e-4;
		const power = `P(A) = ${Array.from({ length: neurons }, () => fmt(keep)).join(' \\cdot ')} = ${fmt(keep)}^{${neurons}} = ${fmt(all, 6)}`;
		return {
			vars: { n: `n = ${neurons}`, keep: `p_{\\text{keep}} = ${fmt(keep)}`, event: complement ? 'P(\\bar{A})' : 'P(A)' },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'product', tex: power },
				...(complement ? [{ say: 'complement', tex: `P(\\bar{A}) = 1 - ${fmt(all, 6)} = ${fmt(answer, 6)}` }] : []),
			],
			// Adding the chances of each drop instead of multiplying; stopping before the complement (or taking it when not asked).
			mistakes: [
				{ value: complement ? neurons * (1 - keep) : neurons * keep, say: complement ? 'added' : 'addedKept' },
				{ value: complement ? all : 1 - all, say: complement ? 'noComplement' : 'complement' },
			].filter((m) => Math.abs(m.value - answer) > tolerance),
		};
	},
	numpy: ({ keep, neurons, complement }) => (complement ? `1 - np.prod(np.full(${neurons}, ${keep}))` : `np.prod(np.full(${neurons}, ${keep}))`),
};

/** P(A ∪ B) = P(A) + P(B) − P(A)·P(B) for independent A and B: the overlap is counted once. */
export const unionOfIndependent = (a: number, b: number): number => a + b - a * b;

interface UnionInputs {
	/** Probabilities, in tenths, that an image is flipped (A) and that it is cropped (B). */
	a: number;
	b: number;
}

/** Either of two independent augmentations: add the probabilities, subtract the overlap. */
const union: Kind<UnionInputs> = {
	id: 'union',
	draw: (rng) => ({ a: 1 + rng.int(9), b: 1 + rng.int(9) }),
	solve: ({ a, b }, fmt) => {
		const [pa, pb] = [a / 10, b / 10];
		const answer = unionOfIndependent(pa, pb);
		const both = pa * pb;
		return {
			vars: { a: `P(A) = ${fmt(pa)}`, b: `P(B) = ${fmt(pb)}` },
			answer: { kind: 'number', value: answer, tolerance: 5e-4 },
			steps: [
				{ say: 'both', tex: `P(A ∩ B) = ${fmt(pa)} \\cdot ${fmt(pb)} = ${fmt(both)}` },
				{ say: 'union', tex: `P(A ∪ B) = ${fmt(pa)} + ${fmt(pb)} - ${fmt(both)} = ${fmt(answer)}` },
			],
			// The overlap counted twice; "and" instead of "or".
			mistakes: [
				{ value: pa + pb, say: 'twice' },
				{ value: both, say: 'and' },
			].filter((m) => Math.abs(m.value - answer) > 5e-4),
		};
	},
	numpy: ({ a, b }) => `1 - (1 - ${a} / 10) * (1 - ${b} / 10)`,
};

export const practice: TopicModule['practice'] = [kept, union];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = { masks };
