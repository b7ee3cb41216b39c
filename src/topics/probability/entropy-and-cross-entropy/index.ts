/**
 * Entropy, cross-entropy and KL divergence of small distributions, term by term: the worked examples
 * in nats (one with a one-hot label, where the cross-entropy is also the core's loss), the practice in
 * bits with probabilities that are powers of ½, so the logarithms are whole numbers.
 * Tests: tests/topics/probability/entropy-and-cross-entropy.test.ts.
 */
import { softmaxCrossEntropy } from '../../../core/tensor/losses';
import { fromRows } from '../../../core/tensor/matrix';
import type { Rng } from '../../../core/random';
import { permutation } from '../../../probability/estimates';
import { crossEntropyOf, crossEntropyTerms, entropy, klTerms } from '../../../probability/information';
import type { Kind } from '../../../practice/types';
import { bars, figure, frame, group, rect, xAxis } from '../../../figures/distribution';
import { plain, text } from '../../../figures/svg';
import type { Fmt } from '../../../practice/types';
import type { Block, TopicModule, WorkedExample } from '../../types';

interface TableInputs {
	p: number[];
	q: number[];
	/** Keys of the outcomes' names in the page's `example` text. */
	outcomes: string[];
	/** Draw p and q as bars after the table (one figure per page). */
	figure?: boolean;
}

/** Half the distance between a p bar and its q bar, and each bar's width, in outcome units. */
const [SHIFT, BAR] = [0.19, 0.34];

/**
 * p and q side by side for each outcome (numbered 1, 2, 3 as the table's columns; the caption names
 * them), each bar with its probability above it, and a legend; H(p) and H(p, q) at the top.
 */
export function pairFigure(p: readonly number[], q: readonly number[], fmt: Fmt): Block {
	const f = frame({ x: [0.5, p.length + 0.5], yMax: Math.max(...p, ...q), height: 230, margin: { top: 70, bottom: 36 } });
	const H = entropy([...p]);
	const CE = crossEntropyOf([...p], [...q]);
	const svg = figure(f, [
		bars(f, p.map((v, i) => ({ x: i + 1 - SHIFT, y: v, label: plain(fmt(v)) })), BAR, 'p'),
		bars(f, q.map((v, i) => ({ x: i + 1 + SHIFT, y: v, tone: 'muted' as const, label: plain(fmt(v)) })), BAR, 'q'),
		xAxis(f, p.map((_, i) => ({ at: i + 1, label: String(i + 1) }))),
		group('legend', [rect(20, 12, 14, 14, 'accent'), text(40, 20, 'p', { anchor: 'start' }), rect(70, 12, 14, 14, 'muted'), text(90, 20, 'q', { anchor: 'start' })]),
		text(340, 20, `H(p) = ${plain(fmt(H))}`, { anchor: 'end', tone: 'accent' }),
		text(340, 42, `H(p, q) = ${plain(fmt(CE))}`, { anchor: 'end' }),
	]);
	const w = { H: fmt(H), CE: fmt(CE), KL: fmt(CE - H) };
	return { svg, caption: { say: 'pairCaption', with: w }, alt: { say: 'pairAlt', with: { ...Object.fromEntries(Object.entries(w).map(([k, v]) => [k, plain(v)])), p: p.map((v) => plain(fmt(v))).join('; '), q: q.map((v) => plain(fmt(v))).join('; ') } } };
}

const table = (inputs: TableInputs): WorkedExample<TableInputs> => ({
	inputs,
	blocks: ({ p, q, outcomes, figure }, fmt) => {
		const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);
		const hTerms = crossEntropyTerms(p, p);
		const ceTerms = crossEntropyTerms(p, q);
		const kTerms = klTerms(p, q);
		const [H, CE, KL] = [sum(hTerms), sum(ceTerms), sum(kTerms)];
		const rows: { head: string; cells: number[]; total?: number }[] = [
			{ head: 'p', cells: p },
			{ head: 'q', cells: q },
			{ head: '-p \\ln p', cells: hTerms, total: H },
			{ head: '-p \\ln q', cells: ceTerms, total: CE },
			{ head: 'p \\ln \\frac{p}{q}', cells: kTerms, total: KL },
		];
		const kl = 'D_{\\mathrm{KL}}(p \\,\\|\\, q)';
		const blocks: Block[] = [
			{
				head: ['', ...outcomes.map((o) => ({ say: o })), '\\Sigma'],
				rows: rows.map((r) => [r.head, ...r.cells.map((v) => fmt(v)), r.total === undefined ? fmt(sum(r.cells)) : fmt(r.total, 4)]),
			},
			{ tex: `H(p) = ${fmt(H, 4)}, \\quad H(p, q) = ${fmt(CE, 4)}, \\quad ${kl} = ${fmt(KL, 4)}` },
			{ tex: `H(p) + ${kl} = ${fmt(H, 4)} + ${fmt(KL, 4)} = ${fmt(H + KL, 4)} = H(p, q)` },
		];
		// A one-hot p is a class label: the cross-entropy is then the classifier's loss, computed by the core's
		// softmaxCrossEntropy on the logits ln q (whose softmax is q). Its `crossEntropy` of probabilities would
		// do too, but no page's script uses it, and pulling it into the browser's losses chunk costs the
		// training-loop page's widget bytes it does not have (tests/dist/widget-budget.test.ts).
		if (figure) blocks.push(pairFigure(p, q, fmt));
		const label = p.findIndex((v) => v === 1);
		if (label >= 0) blocks.push({ tex: `H(p, q) = -\\ln q_{${label + 1}} = -\\ln ${fmt(q[label]!, 4)} = ${fmt(softmaxCrossEntropy(fromRows([q.map(Math.log)]), [label]), 4)}` });
		return blocks;
	},
});

/** Distributions over four outcomes whose probabilities are powers of ½, in some order. */
const DYADIC = [
	[0.5, 0.25, 0.125, 0.125],
	[0.25, 0.25, 0.25, 0.25],
	[0.5, 0.25, 0.25, 0],
	[0.5, 0.5, 0, 0],
];

interface BitsInputs {
	/** H(p) of a dyadic p, or H(p, q) of p in tenths against a dyadic q. */
	cross: boolean;
	p: number[];
	q: number[];
}

/** A copy of `xs` in a random order, by the site's seeded permutation. */
const shuffled = <T>(xs: readonly T[], rng: Rng): T[] => permutation(xs.length, rng).map((i) => xs[i]!);

/** Entropy or cross-entropy in bits: −Σ p·log₂ q, where every log₂ q is a whole number. */
const bits: Kind<BitsInputs> = {
	id: 'bits',
	draw: (rng) => {
		const cross = rng.int(2) === 1;
		if (!cross) return { cross, p: shuffled(DYADIC[rng.int(DYADIC.length)]!, rng), q: [] };
		const q = shuffled(DYADIC[rng.int(2)]!, rng);
		for (;;) {
			const t = [1 + rng.int(5), 1 + rng.int(5), 1 + rng.int(5)];
			const last = 10 - t.reduce((s, v) => s + v, 0);
			if (last >= 1) return { cross, p: [...t, last].map((v) => v / 10), q };
		}
	},
	solve: ({ cross, p, q }, fmt) => {
		const against = cross ? q : p;
		const answer = cross ? crossEntropyOf(p, q, 2) : entropy(p, 2);
		const tolerance = 1e-3;
		const used = p.map((pi, i) => ({ pi, log: Math.log2(against[i]!) })).filter((t) => t.pi > 0);
		const name = cross ? 'H(p, q)' : 'H(p)';
		return {
			vars: { dists: `p = (${p.map((v) => fmt(v, 4)).join(';\\ ')})${cross ? `, \\quad q = (${q.map((v) => fmt(v, 4)).join(';\\ ')})` : ''}`, event: name },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'logs', tex: [...new Set(used.map((t) => t.log))].map((l) => `\\log_2 ${fmt(2 ** l, 4)} = ${fmt(l)}`).join(', \\quad ') },
				{ say: 'sum', tex: `${name} = -(${used.map((t) => `${fmt(t.pi, 4)} \\cdot ${t.log < 0 ? `(${fmt(t.log)})` : fmt(t.log)}`).join(' + ')}) = ${fmt(answer, 4)}` },
			],
			// Natural logarithms (nats, not bits); the arguments swapped, H(q, p).
			mistakes: [
				{ value: answer * Math.LN2, say: 'nats' },
				...(cross ? [{ value: crossEntropyOf(q, p, 2), say: 'swapped' }] : []),
			].filter((m) => Number.isFinite(m.value) && Math.abs(m.value - answer) > tolerance),
		};
	},
	numpy: ({ cross, p, q }) => {
		const P = `np.array(${JSON.stringify(p)})`;
		const Q = `np.array(${JSON.stringify(cross ? q : p)})`;
		return `-np.sum(${P}[${P} > 0] * np.log2(${Q}[${P} > 0]))`;
	},
};

export const practice: TopicModule['practice'] = [bits];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	table: table({ p: [0.5, 0.25, 0.25], q: [0.4, 0.4, 0.2], outcomes: ['cat', 'dog', 'bird'], figure: true }),
	label: table({ p: [1, 0, 0], q: [0.7, 0.2, 0.1], outcomes: ['cat', 'dog', 'bird'] }),
};
