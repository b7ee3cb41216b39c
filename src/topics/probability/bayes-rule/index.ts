/**
 * Bayes' rule as a table: prior × likelihood gives the joint probabilities, their sum is the evidence,
 * and each joint divided by it is a posterior. The worked examples are a defect detector's alarm; the
 * practice asks for the posterior of a 2-hypothesis table. Tests: tests/topics/probability/bayes-rule.test.ts.
 */
import { bayesTable } from '../../../probability/bayes';
import type { Kind } from '../../../practice/types';
import { group, line, rect } from '../../../figures/distribution';
import { plain, svg, text } from '../../../figures/svg';
import type { Fmt } from '../../../practice/types';
import type { Block, TopicModule, WorkedExample } from '../../types';

interface TableInputs {
	/** Keys of the hypotheses' names in the page's `example` text. */
	hypotheses: string[];
	prior: number[];
	likelihood: number[];
	/** Draw the unit square after the table (one figure per page). */
	figure?: boolean;
}

/** The unit square in pixels: x from SQ.x0 over SQ.w (the prior), y from the bottom SQ.y1 up SQ.h (the likelihood). */
const SQ = { x0: 20, w: 320, y1: 190, h: 160 };

/**
 * Bayes' rule as areas: the unit square split into columns as wide as the priors, in each column the
 * share where the evidence appears (as high as the likelihood) filled. The filled areas are the joint
 * probabilities; the posterior is one of them over both. Labels: the priors under the columns, the
 * joint probabilities beside their areas.
 */
export function squareFigure(prior: readonly number[], likelihood: readonly number[], fmt: Fmt): Block {
	const { joint, evidence, posterior } = bayesTable([...prior], [...likelihood]);
	let x = SQ.x0;
	const columns = prior.map((p, i) => {
		const w = p * SQ.w;
		const h = likelihood[i]! * SQ.h;
		const tone = i === 0 ? 'accent' : 'muted';
		const left = x;
		x += w;
		return group(`column-${i + 1}`, [rect(left, SQ.y1 - SQ.h, w, SQ.h, 'muted', 0.05), rect(left, SQ.y1 - h, w, h, tone, i === 0 ? 0.6 : 0.45)]);
	});
	const [w1, h1] = [prior[0]! * SQ.w, likelihood[0]! * SQ.h];
	const body = [
		...columns,
		// The first column may be a sliver: its joint probability is written beside it with a pointer.
		line(SQ.x0 + w1 + 2, SQ.y1 - h1 / 2, SQ.x0 + w1 + 30, SQ.y1 - h1 / 2, 'accent'),
		text(SQ.x0 + w1 + 34, SQ.y1 - h1 / 2, plain(fmt(joint[0]!, 4)), { tone: 'accent', anchor: 'start' }),
		text(SQ.x0 + w1 + (SQ.w - w1) / 2, SQ.y1 - likelihood[1]! * SQ.h - 14, plain(fmt(joint[1]!, 4))),
		text(SQ.x0, SQ.y1 + 18, `H₁: ${plain(fmt(prior[0]!))}`, { tone: 'accent', anchor: 'start' }),
		text(SQ.x0 + w1 + (SQ.w - w1) / 2, SQ.y1 + 18, `H₂: ${plain(fmt(prior[1]!))}`),
		text(SQ.x0 + SQ.w, 20, `P(H₁ | E) ≈ ${plain(fmt(posterior[0]!, 3))}`, { tone: 'accent', anchor: 'end', weight: 'bold' }),
	];
	const drawing = svg(360, 215, body).replace('<svg ', '<svg style="max-width: 520px" ');
	const w = { p1: fmt(prior[0]!), p2: fmt(prior[1]!), l1: fmt(likelihood[0]!), l2: fmt(likelihood[1]!), j1: fmt(joint[0]!, 4), j2: fmt(joint[1]!, 4), e: fmt(evidence, 4), post: fmt(posterior[0]!, 3) };
	return { svg: drawing, caption: { say: 'squareCaption', with: w }, alt: { say: 'squareAlt', with: Object.fromEntries(Object.entries(w).map(([k, v]) => [k, plain(v)])) } };
}

const table = (inputs: TableInputs): WorkedExample<TableInputs> => ({
	inputs,
	blocks: ({ hypotheses, prior, likelihood, figure }, fmt) => {
		const { joint, evidence, posterior } = bayesTable(prior, likelihood);
		const sum = (v: number[]) => v.reduce((s, x) => s + x, 0);
		return [
			{
				head: [{ say: 'hypothesis' }, 'P(H)', 'P(E \\mid H)', 'P(H)\\,P(E \\mid H)', 'P(H \\mid E)'],
				rows: [
					...hypotheses.map((h, i) => [{ say: h, with: { h: `H_${i + 1}` } }, fmt(prior[i]!, 4), fmt(likelihood[i]!, 4), fmt(joint[i]!, 4), fmt(posterior[i]!, 3)]),
					[{ say: 'total' }, fmt(sum(prior)), '', fmt(evidence, 4), fmt(sum(posterior))],
				],
			},
			{ tex: `P(E) = ${joint.map((j) => fmt(j, 4)).join(' + ')} = ${fmt(evidence, 4)}` },
			{ tex: `P(H_1 \\mid E) = \\frac{${fmt(joint[0]!, 4)}}{${fmt(evidence, 4)}} \\approx ${fmt(posterior[0]!, 3)}` },
			...(figure ? [squareFigure(prior, likelihood, fmt)] : []),
		];
	},
});

interface PosteriorInputs {
	/** P(defect), P(alarm | defect), P(alarm | good). */
	prior: number;
	hit: number;
	falseAlarm: number;
}

/** P(defect | alarm) from the share of defects and the detector's two error rates. */
const posterior: Kind<PosteriorInputs> = {
	id: 'posterior',
	draw: (rng) => ({
		prior: [0.1, 0.2, 0.3, 0.4, 0.5][rng.int(5)]!,
		hit: [0.6, 0.7, 0.8, 0.9][rng.int(4)]!,
		falseAlarm: [0.1, 0.2, 0.3][rng.int(3)]!,
	}),
	solve: ({ prior, hit, falseAlarm }, fmt) => {
		const { joint, evidence, posterior } = bayesTable([prior, 1 - prior], [hit, falseAlarm]);
		const answer = posterior[0]!;
		const tolerance = 5e-4;
		return {
			vars: { prior: `P(H) = ${fmt(prior)}`, hit: `P(E \\mid H) = ${fmt(hit)}`, falseAlarm: `P(E \\mid \\bar{H}) = ${fmt(falseAlarm)}` },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'joint', tex: `P(H)\\,P(E \\mid H) = ${fmt(prior)} \\cdot ${fmt(hit)} = ${fmt(joint[0]!, 4)}, \\quad P(\\bar{H})\\,P(E \\mid \\bar{H}) = ${fmt(1 - prior)} \\cdot ${fmt(falseAlarm)} = ${fmt(joint[1]!, 4)}` },
				{ say: 'evidence', tex: `P(E) = ${fmt(joint[0]!, 4)} + ${fmt(joint[1]!, 4)} = ${fmt(evidence, 4)}` },
				{ say: 'divide', tex: `P(H \\mid E) = \\frac{${fmt(joint[0]!, 4)}}{${fmt(evidence, 4)}} = ${fmt(answer, 4)}` },
			],
			// The likelihood read as the posterior; the joint without dividing by P(E); the evidence itself.
			mistakes: [
				{ value: hit, say: 'inverted' },
				{ value: joint[0]!, say: 'undivided' },
				{ value: evidence, say: 'evidence' },
			].filter((m) => Math.abs(m.value - answer) > tolerance),
		};
	},
	numpy: ({ prior, hit, falseAlarm }) => `(lambda j: j[0] / j.sum())(np.array([${prior}, 1 - ${prior}]) * np.array([${hit}, ${falseAlarm}]))`,
};

interface CountsInputs {
	/** Counts of parts: [defect and alarm, defect and no alarm], [good and alarm, good and no alarm]. */
	counts: [[number, number], [number, number]];
}

/** The same posterior read off a 2×2 table of counts: among the alarms, the share of defects. */
const counts: Kind<CountsInputs> = {
	id: 'counts',
	draw: (rng) => ({ counts: [[1 + rng.int(20), rng.int(10)], [1 + rng.int(30), 20 + rng.int(61)]] }),
	solve: ({ counts: [[a, c], [b, d]] }, fmt) => {
		const total = a + b + c + d;
		// As probabilities: the prior P(H) = (a + c)/total and the likelihoods of an alarm per row, through the same Bayes table.
		const { posterior } = bayesTable([(a + c) / total, (b + d) / total], [a / (a + c), b / (b + d)]);
		const answer = posterior[0]!;
		const tolerance = 5e-4;
		return {
			vars: { table: `\\begin{matrix} & E & \\bar{E} \\\\ H & ${a} & ${c} \\\\ \\bar{H} & ${b} & ${d} \\end{matrix}` },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'alarms', tex: `${a} + ${b} = ${a + b}` },
				{ say: 'share', tex: `P(H \\mid E) = \\frac{${a}}{${a + b}} = ${fmt(answer, 4)}` },
			],
			// The row instead of the column (P(E | H), the recall); the corner over everything (the joint); the row's share (the prior).
			mistakes: [
				{ value: a / (a + c), say: 'row' },
				{ value: a / total, say: 'joint' },
				{ value: (a + c) / total, say: 'prior' },
			].filter((m) => Math.abs(m.value - answer) > tolerance),
		};
	},
	numpy: ({ counts }) => `(lambda t: t[0, 0] / t[:, 0].sum())(np.array(${JSON.stringify(counts)}))`,
};

export const practice: TopicModule['practice'] = [posterior, counts];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	alarm: table({ hypotheses: ['defect', 'good'], prior: [0.01, 0.99], likelihood: [0.95, 0.05], figure: true }),
	network: table({ hypotheses: ['defect', 'good'], prior: [0.01, 0.99], likelihood: [0.9, 0.1] }),
};
