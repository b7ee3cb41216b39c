import { describe, expect, test } from 'vitest';
import { Mlp } from '../../src/core/nn/mlp';
import type { Texts } from '../../src/widgets/lib/form';
import {
	checkTraining,
	classOneProbability,
	createNet,
	dataset,
	evaluate,
	grid,
	TRAIN_DEFAULTS,
	trainStep,
	type Config,
} from '../../src/widgets/state/training';

const config = (over: Partial<Config> = {}): Config => {
	const r = checkTraining(TRAIN_DEFAULTS);
	if (!('ok' in r)) throw new Error('defaults refused');
	return { ...r.ok, ...over };
};

describe('the training widget state', () => {
	test('hostile or absurd settings are refused with the field that is wrong', () => {
		const cases: [Texts, string][] = [
			[{ ...TRAIN_DEFAULTS, d: 'spiral' }, 'd'],
			[{ ...TRAIN_DEFAULTS, d: '<script>alert(1)</script>' }, 'd'],
			[{ ...TRAIN_DEFAULTS, k: '50' }, 'k'],
			[{ ...TRAIN_DEFAULTS, a: 'sigmoid' }, 'a'],
			[{ ...TRAIN_DEFAULTS, o: 'rmsprop' }, 'o'],
			[{ ...TRAIN_DEFAULTS, r: '0' }, 'r'],
			[{ ...TRAIN_DEFAULTS, r: '1e308' }, 'r'],
			[{ ...TRAIN_DEFAULTS, r: 'NaN' }, 'r'],
			[{ ...TRAIN_DEFAULTS, n: '99999999' }, 'n'],
		];
		for (const [t, key] of cases) expect(checkTraining(t), JSON.stringify(t)).toMatchObject({ key });
	});

	test('the data sets: XOR on the square, and seeded clouds of 40 points', () => {
		const xor = dataset('xor4', 1);
		expect(Array.from(xor.x.data)).toEqual([0, 0, 0, 2, 2, 2, 2, 0]);
		expect(xor.y).toEqual([0, 1, 0, 1]);
		for (const name of ['xor', 'circle', 'blobs'] as const) {
			const d = dataset(name, 7);
			expect(d.x.rows).toBe(40);
			expect(new Set(d.y)).toEqual(new Set([0, 1]));
			expect(dataset(name, 7)).toEqual(d);
		}
		const c = dataset('circle', 3);
		for (let i = 0; i < 40; i++) expect(c.y[i]).toBe(Math.hypot(c.x.data[2 * i] - 1, c.x.data[2 * i + 1] - 1) < 0.6 ? 1 : 0);
	});

	test('each layer’s gradient equals the core’s own Mlp on the same weights (dW = Aᵀ·δ, …)', () => {
		for (const act of ['tanh', 'relu'] as const) {
			const net = createNet(config({ data: 'xor', k: 5, act }));
			const mlp = new Mlp({ sizes: [2, 5, 2], activation: act });
			mlp.layers[0].weights.data.set(net.w1.data);
			mlp.layers[0].bias.set(net.b1);
			mlp.layers[1].weights.data.set(net.w2.data);
			mlp.layers[1].bias.set(net.b2);
			const loss = mlp.computeGradients(net.x, net.y);
			expect(evaluate(net).loss).toBeCloseTo(loss, 12);
			const close = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).forEach((v, i) => expect(v).toBeCloseTo(b[i], 12));
			close(net.dw1.data, mlp.layers[0].weightGrad.data);
			close(net.db1, mlp.layers[0].biasGrad);
			close(net.dw2.data, mlp.layers[1].weightGrad.data);
			close(net.db2, mlp.layers[1].biasGrad);
		}
	});

	test('training learns XOR on the square, and the same seed trains the same network (links reproduce it)', () => {
		const a = createNet(config());
		const b = createNet(config());
		for (let i = 0; i < 1500; i++) {
			trainStep(a);
			trainStep(b);
		}
		expect(Array.from(a.w1.data)).toEqual(Array.from(b.w1.data));
		const { loss, accuracy } = evaluate(a);
		expect(accuracy).toBe(1);
		expect(loss).toBeLessThan(0.05);
		expect(a.losses).toHaveLength(1500);
		expect(a.losses[1499]).toBeLessThan(a.losses[0]);
	});

	test('the decision map: a probability per grid point, and the corners land on their class', () => {
		const net = createNet(config({ opt: 'adam', lr: 0.05 }));
		for (let i = 0; i < 800; i++) trainStep(net);
		const g = grid(20);
		const p = classOneProbability(net, g);
		expect(p).toHaveLength(400);
		for (const q of p) expect(q >= 0 && q <= 1).toBe(true);
		// Top-left cell is near (0, 2): class 1 in XOR; bottom-left near (0, 0): class 0.
		expect(p[0]).toBeGreaterThan(0.5);
		expect(p[380]).toBeLessThan(0.5);
	});
});
