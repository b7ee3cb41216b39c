/**
 * A discrete random variable as a table of values and probabilities: from Binomial(n, p), from a
 * softmax of logits (the core's), or given. The table can add the running sum F(x) = P(X ≤ x), and the
 * products that add up to E[X] and Var[X]; the page on expectation and variance borrows it through
 * `variableExample`. Tests: tests/topics/probability/random-variables.test.ts.
 */
import { binomialPmf, checkDistribution, cumulative, expectation, variance } from '../../../probability/discrete';
import type { Fmt, Kind } from '../../../practice/types';
import { arrow, plain, text } from '../../../figures/svg';
import { bars, bracket, figure, frame, fulcrum, group, xAxis } from '../../../figures/distribution';
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
	/**
	 * A figure after the table: `outcomes` draws every outcome of a binomial (a mask of n neurons,
	 * 1 = kept) with an arrow to its number of ones, the value of X; `balance` draws p(x) as bars with
	 * E[X] as the point they balance on and σ as a bracket around it.
	 */
	figure?: 'outcomes' | 'balance';
}

/** Every mask of n bits as a string (`011`), ordered by its number of ones, then as binary. */
export const outcomesOf = (n: number): string[] =>
	Array.from({ length: 2 ** n }, (_, m) => m.toString(2).padStart(n, '0')).sort((a, b) => ones(a) - ones(b) || a.localeCompare(b));
const ones = (mask: string) => [...mask].filter((c) => c === '1').length;

/** Outcomes → numbers: each mask in a row at the top, an arrow down to its value on the axis, p(x) under the axis. */
function outcomesFigure(n: number, p: readonly number[], fmt: Fmt): string {
	const f = frame({ x: [-0.5, n + 0.5], yMax: 1, height: 220, margin: { top: 20, bottom: 62 } });
	const masks = outcomesOf(n);
	const step = (f.right - f.left) / masks.length;
	const xOf = (i: number) => Math.round((f.left + step * (i + 0.5)) * 100) / 100;
	return figure(f, [
		group('outcomes', masks.map((m, i) => text(xOf(i), 22, m))),
		group('map', masks.map((m, i) => arrow(xOf(i), 34, f.X(ones(m)), f.base - 4, { tone: 'muted' }))),
		xAxis(f, p.map((_, k) => ({ at: k, label: String(k), tone: 'accent' }))),
		group('probabilities', p.map((v, k) => text(Math.round(f.X(k)), f.base + 42, plain(fmt(v))))),
	]);
}

/** p(x) as bars on the x axis, E[X] as the balance point under it, E[X] ± σ as a bracket above the bars. */
function balanceFigure(xs: readonly number[], p: readonly number[], name: string, fmt: Fmt): string {
	const mean = expectation(xs, p);
	const sd = Math.sqrt(variance(xs, p));
	const gap = Math.min(...xs.slice(1).map((x, i) => x - xs[i]!));
	const lo = Math.min(xs[0]!, mean - sd);
	const hi = Math.max(xs[xs.length - 1]!, mean + sd);
	const f = frame({ x: [lo - gap / 2, hi + gap / 2], yMax: Math.max(...p), height: 240, margin: { top: 84, bottom: 52 } });
	return figure(f, [
		bars(f, xs.map((x, i) => ({ x, y: p[i]!, label: plain(fmt(p[i]!)) })), gap * 0.5),
		xAxis(f, xs.map((x) => ({ at: x, label: plain(fmt(x)) }))),
		fulcrum(f, mean, `E[${name}] = ${plain(fmt(mean))}`),
		bracket(f, mean - sd, mean + sd, 36, `σ ≈ ${plain(fmt(sd, 2))}`, { part: 'sigma' }),
	]);
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
export const variableExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: VariableInputs): WorkedExample<VariableInputs> => ({
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
		if (inputs.figure === 'outcomes' && inputs.binomial) {
			const { n, p: theta } = inputs.binomial;
			const w = { n: String(n), theta: fmt(theta), p: p.map((v) => fmt(v)).join(';\\ ') };
			blocks.push({ svg: outcomesFigure(n, p, fmt), caption: { say: 'outcomesCaption', with: w }, alt: { say: 'outcomesAlt', with: { n: String(n), masks: String(2 ** n), p: p.map((v) => plain(fmt(v))).join('; ') } } });
		}
		if (inputs.figure === 'balance' && xs && mean !== undefined) {
			const sd = Math.sqrt(variance(xs, p));
			const w = { name, mean: fmt(mean), sd: fmt(sd, 2), lo: fmt(mean - sd, 2), hi: fmt(mean + sd, 2) };
			const plainW = Object.fromEntries(Object.entries(w).map(([k, v]) => [k, plain(v)]));
			blocks.push({ svg: balanceFigure(xs, p, name, fmt), caption: { say: 'balanceCaption', with: w }, alt: { say: 'balanceAlt', with: { ...plainW, values: xs.map((x) => plain(fmt(x))).join(', ') } } });
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
	binomial: variableExample({ binomial: { n: 3, p: 0.8 }, rows: ['cdf'], figure: 'outcomes' }),
	classes: variableExample({ logits: [2, 1, 0.1], labels: ['cat', 'dog', 'bird'] }),
};
