/**
 * Powers, the exponential and the logarithm: the rules that turn products into sums (why losses are
 * sums of logarithms) and the exponents of a product of powers. One module for the worked example
 * (the graphs of eˣ and ln x, drawn by the factory of the functions-and-graphs topic), the practice
 * problems and the tests (tests/topics/foundations/powers-exp-log.test.ts).
 */
import type { Fmt, Kind } from '../../../practice/types';
import type { TopicModule } from '../../types';
import { graphExample } from '../functions-and-graphs';
import { pick } from '../../draw';

/** 2^p · 3^q as a fraction of whole numbers. */
export function fraction(p: number, q: number): { num: number; den: number } {
	return { num: 2 ** Math.max(p, 0) * 3 ** Math.max(q, 0), den: 2 ** Math.max(-p, 0) * 3 ** Math.max(-q, 0) };
}

/** ln(2^p · 3^q) by the rules: p·ln 2 + q·ln 3. */
export const lnOfFactors = (p: number, q: number): number => p * Math.LN2 + q * Math.log(3);

/** The exponent n of 2^a · 4^b / 8^c = 2^n: 4 = 2², 8 = 2³, so n = a + 2b − 3c. */
export const exponentOf = (a: number, b: number, c: number): number => a + 2 * b - 3 * c;

/** `2^{2} \cdot 3^{-1}` with the zero powers dropped and the first powers plain. */
function texFactors(p: number, q: number): string {
	const power = (base: number, e: number) => (e === 1 ? `${base}` : `${base}^{${e}}`);
	return [p !== 0 ? power(2, p) : '', q !== 0 ? power(3, q) : ''].filter(Boolean).join(' \\cdot ');
}

/** `2 \ln 2 - \ln 3`: a sum of multiples of logarithms, zero terms dropped, signs folded. */
function texTerms(terms: [number, string][], fmt: Fmt, times = ' '): string {
	let out = '';
	for (const [k, name] of terms) {
		if (k === 0) continue;
		const m = Math.abs(k);
		out += (k < 0 ? (out ? ' - ' : '-') : out ? ' + ' : '') + (m === 1 ? '' : `${fmt(m)}${times}`) + name;
	}
	return out;
}

interface LogInputs {
	p: number;
	q: number;
}

const LN2 = 0.6931;
const LN3 = 1.0986;

/** ln of 2^p·3^q from ln 2 and ln 3: the product, quotient and power rules at once. */
const logRules: Kind<LogInputs> = {
	id: 'logrules',
	draw: (rng) => {
		for (;;) {
			const p = pick(rng, -2, 4);
			const q = pick(rng, -2, 2);
			if (p !== 0 || q !== 0) return { p, q };
		}
	},
	solve: ({ p, q }, fmt) => {
		const { num, den } = fraction(p, q);
		const x = den === 1 ? `${num}` : `\\frac{${num}}{${den}}`;
		const answer = lnOfFactors(p, q);
		const tolerance = 0.01;
		// ln(ab) read as ln a · ln b; the powers forgotten; a quotient added instead of subtracted.
		const mistakes = [
			{ value: p * LN2 * q * LN3, say: 'product', when: p !== 0 && q !== 0 },
			{ value: Math.sign(p) * LN2 + Math.sign(q) * LN3, say: 'power', when: Math.abs(p) > 1 || Math.abs(q) > 1 },
			{ value: Math.abs(p) * LN2 + Math.abs(q) * LN3, say: 'quotient', when: p < 0 || q < 0 },
		]
			.filter((m) => m.when && Math.abs(m.value - answer) > 2 * tolerance)
			.map(({ value, say }) => ({ value: Number(value.toFixed(3)), say }));
		return {
			vars: { x: `\\ln ${x}`, ln2: `\\ln 2 \\approx ${fmt(LN2, 4)}`, ln3: `\\ln 3 \\approx ${fmt(LN3, 4)}` },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'factor', tex: `${x} = ${texFactors(p, q)}` },
				{ say: 'rules', tex: `\\ln ${x} = ${texTerms([[p, '\\ln 2'], [q, '\\ln 3']], fmt)}` },
				{ say: 'value', tex: `\\ln ${x} \\approx ${texTerms([[p, fmt(LN2, 4)], [q, fmt(LN3, 4)]], fmt, ' \\cdot ')} \\approx ${fmt(answer)}` },
			],
			mistakes: mistakes.filter((m, i, all) => all.findIndex((o) => Math.abs(o.value - m.value) <= 2 * tolerance) === i),
		};
	},
	numpy: ({ p, q }) => `np.log(2.0**(${p}) * 3.0**(${q}))`,
};

interface PowerInputs {
	a: number;
	b: number;
	c: number;
}

/** The exponent of a product and quotient of powers of 2 written with different bases. */
const powers: Kind<PowerInputs> = {
	id: 'powers',
	draw: (rng) => ({ a: pick(rng, -3, 5), b: pick(rng, 1, 3), c: pick(rng, 1, 2) }),
	solve: ({ a, b, c }, fmt) => {
		const answer = exponentOf(a, b, c);
		const e = (v: number) => fmt(v);
		/** A power with its first power written plainly: `4`, `4^{2}`. */
		const pw = (base: number | string, n: number) => (n === 1 ? `${base}` : `${base}^{${e(n)}}`);
		/** `8^{2} = (2^3)^{2} = 2^{6}`, or `8 = 2^{3}` for a first power. */
		const to2 = (base: number, m: number, n: number) => (n === 1 ? `${base} = 2^{${m}}` : `${base}^{${e(n)}} = (2^${m})^{${e(n)}} = 2^{${e(m * n)}}`);
		return {
			vars: { expr: `\\frac{${pw(2, a)} \\cdot ${pw(4, b)}}{${pw(8, c)}} = 2^n` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'base', tex: `${to2(4, 2, b)}, \\quad ${to2(8, 3, c)}` },
				{ say: 'rules', tex: `\\frac{${pw(2, a)} \\cdot 2^{${e(2 * b)}}}{2^{${e(3 * c)}}} = 2^{${e(a)} + ${e(2 * b)} - ${e(3 * c)}}` },
				{ say: 'answer', tex: `n = ${e(a)} + ${e(2 * b)} - ${e(3 * c)} = ${e(answer)}` },
			],
			// The bases left unconverted; the denominator's exponent added instead of subtracted.
			mistakes: [
				{ value: a + b - c, say: 'base' },
				{ value: a + 2 * b + 3 * c, say: 'quotient' },
			].filter((m, i, all) => m.value !== answer && all.findIndex((o) => o.value === m.value) === i),
		};
	},
	numpy: ({ a, b, c }) => `np.log2(2.0**(${a}) * 4.0**(${b}) / 8.0**(${c}))`,
};

export const practice: TopicModule['practice'] = [logRules, powers];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	graphs: graphExample({ curves: [{ fn: 'exp' }, { fn: 'log' }, { fn: 'identity' }], x: [-3, 4], y: [-3, 4], marks: [0.5, 1, 2] }),
};
