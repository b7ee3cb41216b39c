/**
 * A discrete random variable as a table of values and probabilities: from Binomial(n, p), from a
 * softmax of logits (the core's), or given. The table can add the running sum F(x) = P(X ≤ x), and the
 * products that add up to E[X] and Var[X]; the page on expectation and variance borrows it through
 * `variableExample`. Tests: tests/topics/probability/random-variables.test.ts.
 */
import { binomialPmf, checkDistribution, cumulative, expectation, variance } from '../../../probability/discrete';
import type { Fmt, Kind } from '../../../practice/types';
import type { Block, Cell, TopicModule, WorkedExample } from '../../types';

export type VariableRow = 'cdf' | 'xp' | 'dev';

export interface VariableInputs {
	/** Numeric values of X (or, with `binomial`, 0 … n). */
	values?: number[];
	/** Keys of class names in the page's `example` text, for a softmax over classes (then only p is shown). */
	labels?: string[];
	probs?: number[];
	binomial?: { n: number; p: number };
	logits?: number[];
	rows?: VariableRow[];
	/** The variable's name in formulas. */
	name?: string;
}

/**
 * softmax(z)ᵢ = e^(zᵢ − max z) / Σ e^(zⱼ − max z). Written here rather than imported from the core's
 * tensor/softmax.ts: a direct import from this module, which the practice loads in the browser, makes
 * the bundler split softmax out of the losses chunk, and the training-loop page's widget then goes
 * over its 15 KB budget (tests/dist/widget-budget.test.ts). The test checks it against the core's.
 */
export function softmaxOf(z: readonly number[]): number[] {
	const top = Math.max(...z);
	const e = z.map((v) => Math.exp(v - top));
	const total = e.reduce((s, v) => s + v, 0);
	return e.map((v) => v / total);
}

/** The values and probabilities the inputs describe. */
export function distributionOf({ values, probs, binomial, logits }: VariableInputs): { xs?: number[]; p: number[] } {
	let xs = values;
	let p: number[];
	if (binomial) {
		xs = Array.from({ length: binomial.n + 1 }, (_, k) => k);
		p = xs.map((k) => binomialPmf(binomial.n, k, binomial.p));
	} else if (logits) p = softmaxOf(logits);
	else if (probs) p = probs;
	else throw new Error('variableExample: give `probs`, `binomial` or `logits`.');
	checkDistribution(p);
	return { xs, p };
}

/** The table of a random variable and, for E and Var, the sums under it. */
export const variableExample = (inputs: VariableInputs): WorkedExample<VariableInputs> => ({
	inputs,
	blocks: (inputs, fmt: Fmt): Block[] => {
		const { labels, logits, rows = [], name = 'X' } = inputs;
		const { xs, p } = distributionOf(inputs);
		const sum = (v: number[]) => v.reduce((s, x) => s + x, 0);
		const mean = xs ? expectation(xs, p) : undefined;
		const table: { head: string; cells: number[]; total?: number }[] = [];
		if (logits) table.push({ head: 'z', cells: logits });
		table.push({ head: logits ? 'p = \\operatorname{softmax}(z)' : 'p(x)', cells: p, total: sum(p) });
		if (rows.includes('cdf')) table.push({ head: `F(x) = P(${name} \\le x)`, cells: cumulative(p) });
		if (xs && mean !== undefined && rows.includes('xp')) table.push({ head: 'x \\cdot p(x)', cells: xs.map((x, i) => x * p[i]!), total: mean });
		if (xs && mean !== undefined && rows.includes('dev')) {
			table.push({ head: `(x - ${fmt(mean)})^2\\, p(x)`, cells: xs.map((x, i) => (x - mean) ** 2 * p[i]!), total: variance(xs, p) });
		}
		const anyTotal = table.some((r) => r.total !== undefined);
		const head: Cell[] = [xs ? 'x' : { say: 'class' }, ...(xs ? xs.map((x) => fmt(x)) : (labels ?? []).map((l) => ({ say: l })))];
		const blocks: Block[] = [
			{
				head: anyTotal ? [...head, '\\Sigma'] : head,
				rows: table.map((r) => [r.head, ...r.cells.map((v) => fmt(v)), ...(anyTotal ? [r.total === undefined ? '' : fmt(r.total)] : [])]),
			},
		];
		if (xs && mean !== undefined && rows.includes('xp')) blocks.push({ tex: `\\mathbb{E}[${name}] = \\sum_x x\\, p(x) = ${fmt(mean)}` });
		if (xs && rows.includes('dev')) {
			const v = variance(xs, p);
			blocks.push({ tex: `\\operatorname{Var}[${name}] = ${fmt(v)}, \\qquad \\sigma = \\sqrt{${fmt(v)}} \\approx ${fmt(Math.sqrt(v))}` });
		}
		return blocks;
	},
});

/** F(k) = P(X ≤ k): the probabilities of the values up to k, added. */
export const cdfAt = (values: readonly number[], probs: readonly number[], k: number): number => cumulative(probs).filter((_, i) => values[i]! <= k).pop() ?? 0;

interface CdfInputs {
	/** P(X = 0), …, P(X = 3) in tenths. */
	tenths: number[];
	k: number;
}

/** P(X ≤ k) from a table of four values. */
const cdf: Kind<CdfInputs> = {
	id: 'cdf',
	draw: (rng) => {
		for (;;) {
			const tenths = [1 + rng.int(4), 1 + rng.int(4), 1 + rng.int(4)];
			const last = 10 - tenths.reduce((s, t) => s + t, 0);
			if (last >= 1) return { tenths: [...tenths, last], k: rng.int(3) };
		}
	},
	solve: ({ tenths, k }, fmt) => {
		const values = [0, 1, 2, 3];
		const probs = tenths.map((t) => t / 10);
		const answer = cdfAt(values, probs, k);
		const upTo = probs.slice(0, k + 1);
		const strict = cdfAt(values, probs, k - 1);
		return {
			vars: {
				table: `\\begin{matrix} x: & ${values.join(' & ')} \\\\ p(x): & ${probs.map((v) => fmt(v)).join(' & ')} \\end{matrix}`,
				event: `P(X \\le ${k})`,
			},
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'which', with: { values: values.slice(0, k + 1).join(', ') } },
				{ say: 'add', tex: `P(X \\le ${k}) = ${upTo.map((v) => fmt(v)).join(' + ')} = ${fmt(answer)}` },
			],
			// The strict inequality (k itself left out); the other side of the table, P(X > k).
			mistakes: [
				{ value: strict, say: 'strict' },
				{ value: 1 - answer, say: 'above' },
			].filter((m) => Math.abs(m.value - answer) > 1e-9),
		};
	},
	numpy: ({ tenths, k }) => `np.cumsum(np.array(${JSON.stringify(tenths)}) / 10)[${k}]`,
};

export const practice: TopicModule['practice'] = [cdf];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	binomial: variableExample({ binomial: { n: 3, p: 0.8 }, rows: ['cdf'] }),
	classes: variableExample({ logits: [2, 1, 0.1], labels: ['cat', 'dog', 'bird'] }),
};
