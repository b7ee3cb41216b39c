/**
 * Vectors: lists of numbers added and scaled coordinate by coordinate — the two operations of a
 * training step w ← w − ηg. The sum is the core's bias step (a row plus a vector) and a multiple is a
 * 1×1 by 1×n matrix product, so the picture and the formulas come from the code networks run on.
 * One module for the worked example (two plane vectors, their sum and a multiple, drawn and written
 * out), the practice problems and the tests (tests/topics/linear-algebra/vectors.test.ts).
 */
import type { Rng } from '../../../core/random';
import { addBias, matmul } from '../../../core/tensor/linear';
import { createMatrix } from '../../../core/tensor/matrix';
import type { Fmt, Kind } from '../../../practice/types';
import { boundsFor, planeSvg, type Point } from '../../../figures/plane';
import { texMatrix } from '../../tex';
import type { TopicModule, WorkedExample } from '../../types';
import { pick } from '../../draw';

/** a + b by the core: the row a plus the vector b, as a layer adds its bias. */
export const add = (a: readonly number[], b: readonly number[]): number[] => Array.from(addBias(createMatrix(1, a.length, a), Float64Array.from(b)).data);

/** c·a by the core: a 1×1 by 1×n matrix product. */
export const scale = (c: number, a: readonly number[]): number[] => Array.from(matmul(createMatrix(1, 1, [c]), createMatrix(1, a.length, a)).data);

/** The linear combination αa + βb. */
export const combine = (alpha: number, a: readonly number[], beta: number, b: readonly number[]): number[] => add(scale(alpha, a), scale(beta, b));

/** A scalar in front of a symbol: 2 → `2\,a`, −1 → `-a`, 1 → `a`. */
export function texCoefficient(k: number, symbol: string, fmt: Fmt): string {
	if (k === 1) return symbol;
	if (k === -1) return `-${symbol}`;
	return `${fmt(k)}\\,${symbol}`;
}

/** A number as plain text for an SVG label: a true minus sign, the page's decimal mark. */
const plain = (v: number, fmt: Fmt) => fmt(v).replace('{,}', ',').replace('-', '−');

interface SumInputs {
	a: [number, number];
	b: [number, number];
	/** A number to multiply `a` by; omitted, no multiple is drawn. */
	k?: number;
}

/** Two plane vectors, their sum and a multiple of the first, drawn as arrows and written out. */
export const sumExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: SumInputs): WorkedExample<SumInputs> => ({
	inputs,
	blocks: ({ a, b, k }, fmt) => {
		const sum = add(a, b) as unknown as Point;
		const multiple = k === undefined ? undefined : (scale(k, a) as unknown as Point);
		const name = k === undefined ? '' : `${k === -1 ? '−' : plain(k, fmt)}a`;
		const svg = planeSvg({
			bounds: boundsFor([a, b, sum, ...(multiple ? [multiple] : [])]),
			arrows: [
				{ to: a, label: 'a', tone: 'a' },
				{ to: b, label: 'b', tone: 'b' },
				{ from: a, to: sum, tone: 'b', dashed: true },
				{ to: sum, label: 'a+b', tone: 'c' },
				...(multiple ? [{ to: multiple, label: name, tone: 'd' as const }] : []),
			],
			label: ['a', 'b', 'a+b', ...(multiple ? [name] : [])].join(', '),
		}).replace('<svg ', '<svg style="max-width: 280px" ');
		const row = (v: readonly number[]) => texMatrix([v], fmt);
		return [
			{ svg, caption: { say: multiple ? 'pictureMultiple' : 'picture', with: { k: texCoefficient(k ?? 1, 'a', fmt) } } },
			{ tex: `a + b = ${row(a)} + ${row(b)} = ${row(sum)}` },
			...(multiple ? [{ tex: `${texCoefficient(k!, 'a', fmt)} = ${fmt(k!)} \\cdot ${row(a)} = ${row(multiple)}` }] : []),
		];
	},
});

const coordinates = (rng: Rng, n: number) => Array.from({ length: n }, () => pick(rng, -4, 4));

interface CombinationInputs {
	alpha: number;
	beta: number;
	a: number[];
	b: number[];
}

/** A linear combination αa + βb of two short vectors. */
const combination: Kind<CombinationInputs> = {
	id: 'combination',
	draw: (rng) => {
		const n = 2 + rng.int(2);
		return { alpha: [1, 2, 3, -1, -2][rng.int(5)]!, beta: [-1, -2, -3, 2, 3][rng.int(5)]!, a: coordinates(rng, n), b: coordinates(rng, n) };
	},
	solve: ({ alpha, beta, a, b }, fmt) => {
		const answer = combine(alpha, a, beta, b);
		const term = (k: number, s: string, first: boolean) => (first ? texCoefficient(k, s, fmt) : `${k < 0 ? '-' : '+'} ${texCoefficient(Math.abs(k), s, fmt)}`);
		const expr = `${term(alpha, 'a', true)} ${term(beta, 'b', false)}`;
		const sa = scale(alpha, a);
		const sb = scale(beta, b);
		const same = (u: number[]) => u.every((t, i) => t === answer[i]);
		return {
			vars: { a: `a = ${texMatrix([a], fmt)}`, b: `b = ${texMatrix([b], fmt)}`, expr },
			answer: { kind: 'vector', value: answer },
			steps: [
				{ say: 'scale', tex: `${texCoefficient(alpha, 'a', fmt)} = ${texMatrix([sa], fmt)}, \\quad ${texCoefficient(beta, 'b', fmt)} = ${texMatrix([sb], fmt)}` },
				{ say: 'add', tex: `${expr} = ${texMatrix([sa], fmt)} + ${texMatrix([sb], fmt)} = ${texMatrix([answer], fmt)}` },
			],
			// The coefficients swapped between the vectors; a negative coefficient's sign lost.
			mistakes: [
				{ value: combine(beta, a, alpha, b), say: 'swap' },
				{ value: combine(alpha, a, Math.abs(beta), b), say: 'sign' },
			].filter((m, i, all) => !same(m.value) && all.findIndex((o) => o.value.every((t, j) => t === m.value[j])) === i),
		};
	},
	numpy: ({ alpha, beta, a, b }) => `(${alpha}) * np.array(${JSON.stringify(a)}) + (${beta}) * np.array(${JSON.stringify(b)})`,
};

interface StepInputs {
	w: number[];
	g: number[];
	lr: number;
}

/** One step of gradient descent, w − ηg: a multiple and a difference. */
const step: Kind<StepInputs> = {
	id: 'step',
	draw: (rng) => {
		const n = 2 + rng.int(2);
		return { w: Array.from({ length: n }, () => pick(rng, -20, 20) / 10), g: Array.from({ length: n }, () => pick(rng, -4, 4)), lr: [0.1, 0.5][rng.int(2)]! };
	},
	solve: ({ w, g, lr }, fmt) => {
		const move = scale(-lr, g);
		const answer = add(w, move).map((t) => Number(t.toFixed(10)));
		return {
			vars: { w: `w = ${texMatrix([w], fmt)}`, g: `g = ${texMatrix([g], fmt)}`, lr: `\\eta = ${fmt(lr)}` },
			answer: { kind: 'vector', value: answer, tolerance: 1e-9 },
			steps: [
				{ say: 'scale', tex: `\\eta\\, g = ${fmt(lr)} \\cdot ${texMatrix([g], fmt)} = ${texMatrix([scale(lr, g)], fmt)}` },
				{ say: 'subtract', tex: `w - \\eta\\, g = ${texMatrix([w], fmt)} - ${texMatrix([scale(lr, g)], fmt)} = ${texMatrix([answer], fmt)}` },
			],
			// A step up the gradient; the gradient subtracted without the learning rate.
			mistakes: [
				{ value: add(w, scale(lr, g)).map((t) => Number(t.toFixed(10))), say: 'direction' },
				{ value: add(w, scale(-1, g)).map((t) => Number(t.toFixed(10))), say: 'rate' },
			].filter((m) => m.value.some((t, i) => Math.abs(t - answer[i]!) > 1e-9)),
		};
	},
	numpy: ({ w, g, lr }) => `np.array(${JSON.stringify(w)}) - ${lr} * np.array(${JSON.stringify(g)})`,
};

export const practice: TopicModule['practice'] = [combination, step];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	plane: sumExample({ a: [3, 1], b: [1, 2], k: -1 }),
};
