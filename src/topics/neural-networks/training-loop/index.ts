/**
 * The training loop: shuffled mini-batches, one SGD step per batch, epochs. The worked example is a
 * real run of the core's Mlp (the first step on the first layer's weights, then the loss and accuracy
 * after chosen epochs); the practice counts the steps of a run and takes one SGD step with the mean
 * gradient of a mini-batch. Tests: tests/topics/neural-networks/training-loop.test.ts.
 */
import { createRng, type Rng } from '../../../core/random';
import { cloneMatrix, fromRows, toRows } from '../../../core/tensor/matrix';
import { Mlp } from '../../../nn/mlp';
import { createOptimizer } from '../../../nn/optimizers';
import type { Fmt, Kind } from '../../../practice/types';
import { paren, texMatrix } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { arrow, plain, svg, text } from '../../../figures/svg';
import { box } from '../../../figures/network';

/** Steps in one epoch: every example once, the last batch possibly smaller. */
export const stepsPerEpoch = (examples: number, batchSize: number): number => Math.ceil(examples / batchSize);

/** One step of the core's SGD on one weight with the mean of the batch's per-example gradients. */
export function batchStep(w: number, grads: readonly number[], learningRate: number): { mean: number; after: number } {
	const mean = grads.reduce((a, b) => a + b, 0) / grads.length;
	const theta = Float64Array.of(w);
	createOptimizer({ kind: 'sgd', learningRate }, [theta], [Float64Array.of(mean)]).step();
	return { mean, after: theta[0]! };
}

export interface RunInputs {
	x: number[][];
	labels: number[];
	sizes: number[];
	/** Seed of the initial weights. */
	seed: number;
	/** Seed of the shuffling. */
	shuffleSeed: number;
	learningRate: number;
	batchSize: number;
	epochs: number;
	/** Epochs after which to report the loss and accuracy. */
	report: number[];
}

/**
 * A seeded run of the core's Mlp with SGD: each epoch a Fisher–Yates shuffle, then one step per
 * mini-batch. Returns the first step in detail and the loss and accuracy on all examples after the
 * reported epochs (and before training, epoch 0).
 */
export function trainingRun({ x, labels, sizes, seed, shuffleSeed, learningRate, batchSize, epochs, report }: RunInputs) {
	const net = new Mlp({ sizes, seed, optimizer: { kind: 'sgd', learningRate } });
	const rng = createRng(shuffleSeed);
	const X = fromRows(x);
	const accuracy = () => {
		const p = net.predict(X);
		let right = 0;
		for (let i = 0; i < p.rows; i++) {
			let best = 0;
			for (let j = 1; j < p.cols; j++) if (p.data[i * p.cols + j]! > p.data[i * p.cols + best]!) best = j;
			if (best === labels[i]) right++;
		}
		return right / p.rows;
	};
	const rows = [{ epoch: 0, loss: net.loss(X, labels), accuracy: accuracy() }];
	let first: { batch: number[]; before: number[][]; grad: number[][]; after: number[][]; loss: number } | undefined;
	for (let epoch = 1; epoch <= epochs; epoch++) {
		// Fisher–Yates shuffle: every epoch sees every example once, in a new order.
		const order = x.map((_, i) => i);
		for (let i = order.length - 1; i > 0; i--) {
			const j = rng.int(i + 1);
			[order[i], order[j]] = [order[j]!, order[i]!];
		}
		for (let s = 0; s < order.length; s += batchSize) {
			const batch = order.slice(s, s + batchSize);
			const bx = fromRows(batch.map((i) => x[i]!));
			const by = batch.map((i) => labels[i]!);
			if (first === undefined) {
				const before = toRows(cloneMatrix(net.layers[0]!.weights));
				const loss = net.computeGradients(bx, by);
				const grad = toRows(cloneMatrix(net.layers[0]!.weightGrad));
				net.optimizer.step();
				first = { batch, before, grad, after: toRows(net.layers[0]!.weights), loss };
			} else net.trainStep(bx, by);
		}
		if (report.includes(epoch)) rows.push({ epoch, loss: net.loss(X, labels), accuracy: accuracy() });
	}
	return { first: first!, rows };
}

const shaped = (r: number[][], fmt: Fmt) => `\\underbrace{${texMatrix(r, fmt)}}_{${r.length} \\times ${r[0]!.length}}`;

/**
 * The run on the page. Its Russian sentence `plan` spells the nouns for 4 examples, 2 steps, 100 epochs
 * and 200 steps (ru.ts): change these inputs and that sentence together (the test checks the numbers).
 */
const run: WorkedExample<RunInputs> = {
	inputs: { x: [[0, 0], [0, 2], [2, 2], [2, 0]], labels: [0, 1, 0, 1], sizes: [2, 4, 2], seed: 1, shuffleSeed: 100, learningRate: 0.1, batchSize: 2, epochs: 100, report: [1, 5, 10, 20, 50, 100] },
	blocks: (inputs, fmt): Block[] => {
		const { first, rows } = trainingRun(inputs);
		const steps = stepsPerEpoch(inputs.x.length, inputs.batchSize);
		const [a, b] = first.batch.map((i) => fmt(i + 1));
		return [
			{ say: 'plan', with: { n: fmt(inputs.x.length), batch: fmt(inputs.batchSize), steps: fmt(steps), epochs: fmt(inputs.epochs), total: fmt(steps * inputs.epochs) } },
			{ svg: loopFigure(first.loss, inputs.learningRate, inputs.batchSize, steps * inputs.epochs, fmt), caption: { say: 'loop', with: { total: fmt(steps * inputs.epochs) } }, alt: { say: 'loop-alt', with: { total: fmt(steps * inputs.epochs) } } },
			{ say: 'first', with: { a: a!, b: b!, loss: fmt(first.loss) } },
			{ tex: `W^{(1)} = ${shaped(first.before, fmt)}` },
			{ tex: `\\frac{\\partial L}{\\partial W^{(1)}} = ${shaped(first.grad, fmt)}` },
			{ tex: `W^{(1)} - \\eta \\frac{\\partial L}{\\partial W^{(1)}} = W^{(1)} - ${fmt(inputs.learningRate)} \\cdot \\frac{\\partial L}{\\partial W^{(1)}} = ${shaped(first.after, fmt)}` },
			{
				head: [{ say: 'epoch' }, { say: 'loss' }, { say: 'accuracy' }],
				rows: rows.map((r) => [fmt(r.epoch), fmt(r.loss), fmt(r.accuracy, 2)]),
			},
		];
	},
};

/**
 * The loop as a cycle of four boxes, clockwise: the forward pass on a batch, its loss (the first batch's
 * value), the backward pass, the update with η; in the middle the batch size and how many times the
 * cycle runs. Formulas only, so the drawing reads the same in both languages; the caption names the steps.
 */
function loopFigure(loss: number, eta: number, batch: number, total: number, fmt: Fmt): string {
	const n = (v: number) => plain(fmt(v));
	const [w, h] = [160, 48];
	const at = [[16, 24], [224, 24], [224, 176], [16, 176]] as const;
	const words = ['ŷ = f(x; W)', `L = ${n(loss)}`, '∂L/∂W', `W − ${n(eta)}·∂L/∂W`];
	const body: string[] = [];
	at.forEach(([x, y], k) => body.push(box(x, y, w, h, { rx: 8, tone: k !== 1 ? 'ink' : 'accent' }), text(x + w / 2, y + h / 2, words[k]!, { size: 16 })));
	// Clockwise: along the top, down the right, back along the bottom, up the left.
	body.push(arrow(176, 48, 224, 48, { tone: 'ink' }), arrow(304, 72, 304, 176, { tone: 'ink' }), arrow(224, 200, 176, 200, { tone: 'ink' }), arrow(96, 176, 96, 72, { tone: 'ink' }));
	body.push(text(200, 112, `m = ${n(batch)}`, { size: 16, tone: 'muted' }), text(200, 138, `× ${n(total)}`, { size: 18, tone: 'accent' }));
	return svg(400, 236, body);
}

interface CountInputs {
	n: number;
	batch: number;
	epochs: number;
}

/** The number of SGD steps of a run: ⌈N / m⌉ per epoch, times the epochs. */
const count: Kind<CountInputs> = {
	id: 'count',
	draw: (rng: Rng) => ({ n: 10 * (3 + rng.int(98)) + [0, 0, 5, 2][rng.int(4)]!, batch: [8, 16, 32, 64, 10, 50, 100][rng.int(7)]!, epochs: [1, 2, 3, 5, 10, 20][rng.int(6)]! }),
	solve: ({ n, batch, epochs }, fmt) => {
		const perEpoch = stepsPerEpoch(n, batch);
		const answer = perEpoch * epochs;
		const full = Math.floor(n / batch);
		const rest = n - full * batch;
		return {
			vars: { n: `N = ${fmt(n)}`, batch: `m = ${fmt(batch)}`, epochs: `${fmt(epochs)}` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: rest ? 'partial' : 'exact', with: { full: fmt(full), rest: fmt(rest) }, tex: `\\operatorname{ceil}\\left(\\frac{${fmt(n)}}{${fmt(batch)}}\\right) = ${fmt(perEpoch)}` },
				{ say: 'epochs', tex: `${fmt(perEpoch)} \\cdot ${fmt(epochs)} = ${fmt(answer)}` },
			],
			mistakes: [
				{ value: perEpoch, say: 'oneepoch' },
				{ value: full * epochs, say: 'floor' },
				{ value: n * epochs, say: 'examples' },
			].filter((m) => m.value !== answer),
		};
	},
	numpy: ({ n, batch, epochs }) => `int(np.ceil(${n} / ${batch})) * ${epochs}`,
};

interface UpdateInputs {
	w: number;
	grads: number[];
	lr: number;
}

/** One SGD step on one weight with the mean gradient of a mini-batch. */
const update: Kind<UpdateInputs> = {
	id: 'update',
	draw: (rng) => {
		const size = [2, 4][rng.int(2)]!;
		return { w: (rng.int(41) - 20) / 10, grads: Array.from({ length: size }, () => rng.int(13) - 6), lr: [0.1, 0.5, 0.2][rng.int(3)]! };
	},
	solve: ({ w, grads, lr }, fmt) => {
		const { mean, after: answer } = batchStep(w, grads, lr);
		const sum = grads.reduce((a, b) => a + b, 0);
		const tolerance = 1e-9;
		return {
			vars: { w: `w = ${fmt(w)}`, size: `${grads.length}`, grads: grads.map((g) => fmt(g)).join(',\\ '), lr: `\\eta = ${fmt(lr)}` },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'mean', tex: `\\frac{1}{${grads.length}} \\left(${grads.map((g, i) => (i ? paren(g, fmt) : fmt(g))).join(' + ')}\\right) = \\frac{${fmt(sum)}}{${grads.length}} = ${fmt(mean)}` },
				{ say: 'step', tex: `w - \\eta \\cdot ${paren(mean, fmt)} = ${fmt(w)} - ${fmt(lr)} \\cdot ${paren(mean, fmt)} = ${fmt(answer, 6)}` },
			],
			mistakes: [
				{ value: w - lr * sum, say: 'sum' },
				{ value: w + lr * mean, say: 'sign' },
				{ value: w - lr * grads.at(-1)!, say: 'last' },
			].filter((m) => Math.abs(m.value - answer) > tolerance),
		};
	},
	numpy: ({ w, grads, lr }) => `(${w}) - (${lr}) * np.mean(${JSON.stringify(grads)})`,
};

export const practice: TopicModule['practice'] = [count, update];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = { run };
