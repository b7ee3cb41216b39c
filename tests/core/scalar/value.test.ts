import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Value, value } from '../../../src/core/scalar/value';
import { RUNS, awayFromZero } from '../arbitraries';
import { FINITE_DIFFERENCE, FLOAT64, expectClose } from '../asserts';
import { numericGradient } from '../finite-difference';

const x = (min = -3, max = 3) => fc.double({ min, max, noNaN: true });

/** Checks every input's grad after backward against central differences of the forward function. */
function checkGradients(inputs: number[], build: (vs: Value[]) => Value): void {
	const point = Float64Array.from(inputs);
	const leaves = inputs.map((d) => value(d));
	build(leaves).backward();
	const numeric = numericGradient(() => build(Array.from(point, (d) => value(d))).data, point);
	expectClose(
		leaves.map((v) => v.grad),
		numeric,
		FINITE_DIFFERENCE,
		`gradient at [${inputs.join(', ')}]`,
	);
}

describe('forward values', () => {
	test('each operation computes its result', () => {
		const a = value(2);
		const b = value(-3);
		expect(a.add(b).data).toBe(-1);
		expect(a.sub(b).data).toBe(5);
		expect(a.mul(b).data).toBe(-6);
		expect(a.div(b).data).toBeCloseTo(-2 / 3, 15);
		expect(a.pow(3).data).toBe(8);
		expect(b.neg().data).toBe(3);
		expect(a.exp().data).toBe(Math.exp(2));
		expect(a.log().data).toBe(Math.log(2));
		expect(b.tanh().data).toBe(Math.tanh(-3));
		expect(a.sigmoid().data).toBeCloseTo(1 / (1 + Math.exp(-2)), 15);
		expect(b.relu().data).toBe(0);
		expect(a.relu().data).toBe(2);
	});

	test('numbers are accepted as operands, and become constant leaves', () => {
		const a = value(4);
		expect(a.add(1).data).toBe(5);
		expect(a.mul(0.5).data).toBe(2);
		expect(value(1).sub(a).data).toBe(-3);
		expect(value(2).div(a).data).toBe(0.5);
		expect(a.mul(a).data).toBe(16);
		const [, constant] = a.sub(1).parents;
		expect([constant.data, constant.op, constant.parents]).toEqual([1, '', []]);
	});

	test('nodes record their operation, ordered parents and label', () => {
		const a = value(1, 'a');
		const b = value(2, 'b');
		const c = a.sub(b).named('c');
		expect(c.op).toBe('sub');
		expect(c.parents).toEqual([a, b]);
		expect(c.label).toBe('c');
		expect(a.op).toBe('');
		expect(a.pow(2).exponent).toBe(2);
		expect(a.mul(a).parents).toEqual([a, a]);
	});
});

describe('backward', () => {
	test('a worked example: L = (a·b + c)·f', () => {
		const a = value(2, 'a');
		const b = value(-3, 'b');
		const c = value(10, 'c');
		const f = value(-2, 'f');
		const e = a.mul(b);
		const d = e.add(c);
		const L = d.mul(f);
		L.backward();
		expect(L.data).toBe(-8);
		expect(L.grad).toBe(1);
		expect(f.grad).toBe(4); // d
		expect(d.grad).toBe(-2); // f
		expect(c.grad).toBe(-2);
		expect(e.grad).toBe(-2);
		expect(a.grad).toBe(6); // −2 · b
		expect(b.grad).toBe(-4); // −2 · a
	});

	test('a value used twice receives both contributions', () => {
		const a = value(3);
		a.mul(a).backward();
		expect(a.grad).toBe(6);
		const b = value(5);
		b.add(b).add(b).backward();
		expect(b.grad).toBe(3);
	});

	test('calling backward again gives the same gradients, not their sum', () => {
		const a = value(1.5);
		const b = value(-0.5);
		const L = a.mul(b).add(a.tanh());
		L.backward();
		const first = [a.grad, b.grad];
		L.backward();
		expect([a.grad, b.grad]).toEqual(first);
	});

	test('a chain of 100000 operations neither overflows the stack nor loses precision', () => {
		const x = value(0.5);
		let y = x;
		for (let i = 0; i < 100_000; i++) y = y.add(1);
		y.backward();
		expect(y.data).toBe(100_000.5);
		expect(x.grad).toBe(1);
		// A multiplicative chain, where the gradient is the product of all local derivatives.
		const z = value(1);
		let w = z;
		for (let i = 0; i < 100_000; i++) w = w.mul(1.000001);
		w.backward();
		expectClose(z.grad, Math.pow(1.000001, 100_000), FLOAT64, 'd(chain)/dz');
	});

	test('sigmoid, tanh and exp saturate without NaN', () => {
		for (const [input, expected] of [
			[1000, 1],
			[-1000, 0],
		] as const) {
			const v = value(input);
			const s = v.sigmoid();
			s.backward();
			expect(s.data).toBe(expected);
			expect(v.grad).toBe(0);
			const t = value(input).tanh();
			expect(t.data).toBe(Math.sign(input));
		}
		const tiny = value(-1000);
		const e = tiny.exp();
		e.backward();
		expect(e.data).toBe(0);
		expect(tiny.grad).toBe(0);
	});
});

describe('each gradient matches central differences', () => {
	test('add, sub, mul', () => {
		fc.assert(
			fc.property(x(), x(), (a, b) => {
				checkGradients([a, b], ([p, q]) => p.add(q));
				checkGradients([a, b], ([p, q]) => p.sub(q));
				checkGradients([a, b], ([p, q]) => p.mul(q));
			}),
			RUNS,
		);
	});

	test('div, away from a zero denominator', () => {
		fc.assert(
			fc.property(x(), x(), (a, b) => {
				fc.pre(Math.abs(b) > 0.3);
				checkGradients([a, b], ([p, q]) => p.div(q));
			}),
			RUNS,
		);
	});

	test('pow with integer exponents on any base, fractional ones on positive bases', () => {
		fc.assert(
			fc.property(x(), fc.integer({ min: -3, max: 4 }), x(0.2, 3), fc.double({ min: -2.5, max: 2.5, noNaN: true }), (a, k, pos, r) => {
				fc.pre(k >= 0 || Math.abs(a) > 0.3);
				checkGradients([a], ([p]) => p.pow(k));
				checkGradients([pos], ([p]) => p.pow(r));
			}),
			RUNS,
		);
	});

	test('neg, exp, tanh, sigmoid', () => {
		fc.assert(
			fc.property(x(), (a) => {
				checkGradients([a], ([p]) => p.neg());
				checkGradients([a], ([p]) => p.exp());
				checkGradients([a], ([p]) => p.tanh());
				checkGradients([a], ([p]) => p.sigmoid());
			}),
			RUNS,
		);
	});

	test('log on positive inputs', () => {
		fc.assert(fc.property(x(0.1, 5), (a) => checkGradients([a], ([p]) => p.log())), RUNS);
	});

	test('relu away from its kink at 0', () => {
		fc.assert(
			fc.property(x(), (a) => {
				fc.pre(awayFromZero([a]));
				checkGradients([a], ([p]) => p.relu());
			}),
			RUNS,
		);
	});

	test('random compositions of the operations, with shared subexpressions', () => {
		// Each step applies one operation to earlier results (so values get reused) and appends it.
		const unary = ['neg', 'exp∘tanh', 'tanh', 'sigmoid', 'log(1+x²)', 'x²', 'x³'] as const;
		const binary = ['add', 'sub', 'mul', 'div(1+y²)'] as const;
		const step = fc.record({
			unary: fc.boolean(),
			u: fc.constantFrom(...unary),
			b: fc.constantFrom(...binary),
			i: fc.nat(),
			j: fc.nat(),
		});
		type Step = { unary: boolean; u: (typeof unary)[number]; b: (typeof binary)[number]; i: number; j: number };
		const build = (steps: Step[]) => (vs: Value[]) => {
			const pool = [...vs];
			for (const s of steps) {
				const a = pool[s.i % pool.length];
				const b = pool[s.j % pool.length];
				let r: Value;
				if (s.unary) {
					r = {
						neg: () => a.neg(),
						'exp∘tanh': () => a.tanh().exp(),
						tanh: () => a.tanh(),
						sigmoid: () => a.sigmoid(),
						'log(1+x²)': () => a.pow(2).add(1).log(),
						'x²': () => a.pow(2),
						'x³': () => a.pow(3),
					}[s.u]();
				} else {
					r = {
						add: () => a.add(b),
						sub: () => a.sub(b),
						mul: () => a.mul(b),
						'div(1+y²)': () => a.div(b.pow(2).add(1)),
					}[s.b]();
				}
				// Keeps magnitudes bounded so differences stay meaningful after many steps.
				pool.push(r.tanh());
			}
			return pool[pool.length - 1];
		};
		fc.assert(
			fc.property(fc.array(x(-1.5, 1.5), { minLength: 3, maxLength: 3 }), fc.array(step, { minLength: 1, maxLength: 12 }), (inputs, steps) => {
				checkGradients(inputs, build(steps));
			}),
			RUNS,
		);
	});
});
