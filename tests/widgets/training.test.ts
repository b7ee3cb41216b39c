import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Mlp } from '../../src/nn/mlp';
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

	test('the widget’s numbers are the network’s: an Mlp with the same seed gives the same loss, gradients and map, step for step', () => {
		for (const [act, opt] of [['tanh', 'sgd'], ['relu', 'adam'], ['tanh', 'momentum']] as const) {
			const c = config({ data: 'xor', k: 5, act, opt, lr: 0.1, seed: 3 });
			const net = createNet(c);
			const { x, y } = dataset(c.data, c.seed);
			// The widget's documented contract: the weights come from the seed after the data's.
			const mlp = new Mlp({ sizes: [2, 5, 2], activation: act, optimizer: { kind: opt, learningRate: 0.1 }, seed: c.seed + 1 });
			const same = (a: ArrayLike<number>, b: ArrayLike<number>, what: string) => expect(Array.from(a), what).toEqual(Array.from(b));
			// The tables before the first step show the gradients at the initial weights.
			mlp.computeGradients(x, y);
			for (let step = 0; step <= 20; step++) {
				const at = `${act}/${opt}, step ${step}`;
				mlp.layers.forEach((layer, l) => {
					same(net.mlp.layers[l].weightGrad.data, layer.weightGrad.data, `dW${l + 1}, ${at}`);
					same(net.mlp.layers[l].biasGrad, layer.biasGrad, `db${l + 1}, ${at}`);
					same(net.mlp.layers[l].weights.data, layer.weights.data, `W${l + 1}, ${at}`);
				});
				expect(evaluate(net).loss, at).toBe(mlp.loss(x, y));
				const probability = mlp.predict(grid(4));
				same(classOneProbability(net, grid(4)), Array.from({ length: 16 }, (_, i) => probability.data[2 * i + 1]), `map, ${at}`);
				expect(trainStep(net), at).toBe(mlp.trainStep(x, y));
			}
			expect(net.losses).toHaveLength(21);
		}
	});

	test('the widget runs no forward or backward pass of its own: its files compute only through the Mlp', () => {
		const root = fileURLToPath(new URL('../../src/widgets/', import.meta.url));
		const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
		const text = (f: string) => readFileSync(join(root, f), 'utf8');
		// Every widget file that trains a network, and the training widget's own two files in any case.
		const training = files.filter((f) => /\bnn\/mlp'/.test(text(f)) || /(^|\/)(Training\.tsx|state\/training\.ts)$/.test(f));
		expect(training.sort()).toEqual(['Training.tsx', 'state/training.ts']);
		expect(text('state/training.ts')).toMatch(/import \{ Mlp \} from '\.\.\/\.\.\/nn\/mlp'/);
		for (const f of training) {
			// The layers of a forward or backward pass: products, biases, nonlinearities, softmax and losses.
			expect(text(f), f).not.toMatch(/core\/tensor\/(linear|activations|losses|softmax|conv)'/);
			expect(text(f), f).not.toMatch(/Math\.(tanh|exp)\(/);
		}
	});

	test('the network’s trace: each layer’s activations and deltas, read from the widget’s own network', () => {
		const net = createNet(config({ k: 3 }));
		const { activations, deltas } = net.mlp.trace(net.x.rows);
		expect(activations.map((a) => [a.rows, a.cols])).toEqual([
			[4, 3],
			[4, 2],
		]);
		expect(deltas.map((d) => [d.rows, d.cols])).toEqual([
			[4, 3],
			[4, 2],
		]);
		// Hidden activations are tanh outputs; δ₂ = (p − y)/n sums to zero in every row.
		for (const h of activations[0].data) expect(Math.abs(h)).toBeLessThan(1);
		for (let i = 0; i < 4; i++) expect(deltas[1].data[2 * i] + deltas[1].data[2 * i + 1]).toBeCloseTo(0, 15);
		// dW₂ = Hᵀ·δ₂ from exactly these buffers.
		const [, l2] = net.mlp.layers;
		for (let j = 0; j < 3; j++)
			for (let c = 0; c < 2; c++) {
				let sum = 0;
				for (let i = 0; i < 4; i++) sum += activations[0].data[3 * i + j] * deltas[1].data[2 * i + c];
				expect(l2.weightGrad.data[2 * j + c]).toBeCloseTo(sum, 14);
			}
	});

	test('training learns XOR on the square, and the same seed trains the same network (links reproduce it)', () => {
		const a = createNet(config());
		const b = createNet(config());
		for (let i = 0; i < 1500; i++) {
			trainStep(a);
			trainStep(b);
		}
		expect(Array.from(a.mlp.layers[0].weights.data)).toEqual(Array.from(b.mlp.layers[0].weights.data));
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
