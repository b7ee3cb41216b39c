import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { batchStep, examples, practice, stepsPerEpoch, trainingRun, type RunInputs } from '../../../src/topics/neural-networks/training-loop';
import { elements, figures, num, texts } from '../../helpers/figure-network';

const kind = (id: string) => practice.find((k) => k.id === id)!;

describe('neural-networks/training-loop: the module behind the worked example and the practice', () => {
	test('steps per epoch round up: 100 examples in batches of 32 make 3 full batches and one of 4', () => {
		expect(stepsPerEpoch(100, 32)).toBe(4);
		expect(stepsPerEpoch(96, 32)).toBe(3);
		expect(stepsPerEpoch(1, 64)).toBe(1);
	});

	test('count: 1000 examples, batches of 64, 5 epochs: 16 steps an epoch (15·64 = 960, 40 left), 80 in all', () => {
		const p = kind('count').solve({ n: 1000, batch: 64, epochs: 5 }, fmtFor('ru'));
		expect(p.answer).toEqual({ kind: 'number', value: 80 });
		expect(p.steps[0]!.with).toEqual({ full: '15', rest: '40' });
		expect(p.mistakes!.map((m) => [m.say, m.value])).toEqual([
			['oneepoch', 16],
			['floor', 75],
			['examples', 5000],
		]);
	});

	test('update: w = 1, gradients 2, −1, 3, 0, η = 0.5: the mean is 1, so w becomes 0.5', () => {
		expect(batchStep(1, [2, -1, 3, 0], 0.5)).toEqual({ mean: 1, after: 0.5 });
		const p = kind('update').solve({ w: 1, grads: [2, -1, 3, 0], lr: 0.5 }, fmtFor('ru'));
		expect(p.answer.value).toBe(0.5);
		expect(p.steps[0]!.tex).toBe('\\frac{1}{4} \\left(2 + (-1) + 3 + 0\\right) = \\frac{4}{4} = 1');
		// The sum: 1 − 0.5·4 = −1; the wrong sign: 1.5; the last example alone: 1 − 0 = 1.
		expect(p.mistakes!.map((m) => [m.say, m.value])).toEqual([
			['sum', -1],
			['sign', 1.5],
			['last', 1],
		]);
	});

	test('the run: the same seeds give the same run, the first step is W − η·∂L/∂W, and training drives the loss down', () => {
		const inputs = examples!.run!.inputs as RunInputs;
		const { first, rows } = trainingRun(inputs);
		expect(trainingRun(inputs).rows).toEqual(rows);
		first.after.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(first.before[i]![j]! - 0.1 * first.grad[i]![j]!, 12)));
		expect(first.batch.length).toBe(2);
		expect(rows.map((r) => r.epoch)).toEqual([0, 1, 5, 10, 20, 50, 100]);
		expect(rows.at(-1)!.loss).toBeLessThan(rows[0]!.loss / 10);
		expect(rows.at(-1)!.accuracy).toBe(1);
	});

	test('the worked example prints the page’s numbers in Russian notation, and the plan the numbers ru.ts spells', () => {
		const ex = examples!.run!;
		// The figure (tested below) left aside, the blocks in order.
		const blocks = ex.blocks(ex.inputs, fmtFor('ru')).filter((b) => !('svg' in b));
		// ru.ts writes «4 примера … 2 шага … 100 эпох → 200 шагов»: other numbers need other noun forms there.
		expect(blocks[0]).toEqual({ say: 'plan', with: { n: '4', batch: '2', steps: '2', epochs: '100', total: '200' } });
		expect(blocks[1]).toEqual({ say: 'first', with: { a: '3', b: '2', loss: '0{,}429' } });
		expect((blocks[2] as { tex: string }).tex).toContain('1{,}404 & 1{,}216 & -0{,}51 & -0{,}252');
		const table = (blocks[5] as { rows: string[][] }).rows;
		expect(table[0]).toEqual(['0', '1{,}115', '0{,}5']);
		expect(table.at(-1)).toEqual(['100', '0{,}05', '1']);
	});
});

describe('neural-networks/training-loop: the figure of the loop', () => {
	test('four boxes joined clockwise, the first batch’s loss, η and ⌈N/m⌉ · epochs repetitions', () => {
		const ex = examples!.run!;
		const [figure] = figures(ex.blocks(ex.inputs, fmtFor('en')));
		const svg = figure!.svg;
		const all = elements(svg);
		const boxes = all.filter((e) => e.tag === 'rect').map((e) => ({ x: num(e, 'x'), y: num(e, 'y'), w: num(e, 'width'), h: num(e, 'height') }));
		expect(boxes).toHaveLength(4);
		const centre = (b: (typeof boxes)[number]) => [b.x + b.w / 2, b.y + b.h / 2] as const;
		const inside = (b: (typeof boxes)[number], x: number, y: number) => x >= b.x - 1 && x <= b.x + b.w + 1 && y >= b.y - 1 && y <= b.y + b.h + 1;
		// Each arrow starts on the rim of box k and ends on the rim of box k + 1 (mod 4).
		const arrows = all.filter((e) => e.tag === 'path').map((e) => e.attrs.d!.match(/^M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)/)!.slice(1).map(Number));
		expect(arrows).toHaveLength(4);
		arrows.forEach(([x1, y1, x2, y2], k) => {
			expect(inside(boxes[k]!, x1!, y1!)).toBe(true);
			expect(inside(boxes[(k + 1) % 4]!, x2!, y2!)).toBe(true);
		});
		// Clockwise on the screen: the centres turn the same way at every corner (y grows downwards).
		for (let k = 0; k < 4; k++) {
			const [a, b, c] = [0, 1, 2].map((d) => centre(boxes[(k + d) % 4]!));
			expect((b![0] - a![0]) * (c![1] - b![1]) - (b![1] - a![1]) * (c![0] - b![0])).toBeGreaterThan(0);
		}
		const { first } = trainingRun(ex.inputs as RunInputs);
		const words = texts(svg).map((t) => t.content);
		expect(words).toEqual(expect.arrayContaining([`L = ${Math.round(first.loss * 1000) / 1000}`, 'W − 0.1·∂L/∂W', 'm = 2', `× ${Math.ceil(4 / 2) * 100}`]));
	});
});
