import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { evaluate, examples, formula, kinkOf, practice, texLine } from '../../../src/topics/foundations/functions-and-graphs';

const ru = fmtFor('ru');

describe('foundations/functions-and-graphs: the module behind the worked example and the practice', () => {
	test('the neuron relu(2x − 2) and its sigmoid at the marked points, worked out by hand', () => {
		const xs = [-1, 0, 1, 2, 3];
		expect(evaluate({ fn: 'identity', k: 2, b: -2 }, xs)).toEqual([-4, -2, 0, 2, 4]);
		expect(evaluate({ fn: 'relu', k: 2, b: -2 }, xs)).toEqual([0, 0, 0, 2, 4]);
		// σ(0) = 1/2; σ(−2) = 1/(1 + e²) = 1/8.389 ≈ 0.1192; σ(2) = 1 − σ(−2).
		const s = evaluate({ fn: 'sigmoid', k: 2, b: -2 }, xs);
		expect(s[2]).toBe(0.5);
		expect(s[1]).toBeCloseTo(0.1192, 4);
		expect(s[3]! + s[1]!).toBeCloseTo(1, 12);
		// ln is undefined at 0 and below; log₂ 8 = 3.
		expect(evaluate({ fn: 'log' }, [0])[0]).toBeNaN();
		expect(evaluate({ fn: 'log', base: 2 }, [8])[0]).toBeCloseTo(3, 12);
	});

	test('formulas are built from the parameters with their signs folded', () => {
		expect(texLine(2, -2, ru)).toBe('2x - 2');
		expect(texLine(-1, 0, ru)).toBe('-x');
		expect(texLine(0, 3, ru)).toBe('3');
		expect(formula({ fn: 'relu', k: 2, b: -2 }, ru)).toBe('\\operatorname{relu}(2x - 2)');
		expect(formula({ fn: 'log' }, ru)).toBe('\\ln x');
		expect(formula({ fn: 'log', base: 0.5, k: 1, b: 1 }, ru)).toBe('\\log_{0{,}5} (x + 1)');
	});

	test('the kink of relu(wx + b) is at −b/w', () => {
		expect(kinkOf(2, -2)).toBe(1);
		expect(kinkOf(-4, 2)).toBe(0.5);
		expect(kinkOf(4, 1)).toBe(-0.25);
	});

	test('a composition is evaluated inside out', () => {
		const compose = practice.find((k) => k.id === 'compose')!;
		// g(x) = 2x + 3 at x₀ = −1 is 1, and 1² = 1; relu(−3·2 + 1) = relu(−5) = 0.
		expect(compose.solve({ outer: 'square', k: 2, b: 3, x0: -1 }, ru).answer).toEqual({ kind: 'number', value: 1 });
		expect(compose.solve({ outer: 'relu', k: -3, b: 1, x0: 2 }, ru).answer).toEqual({ kind: 'number', value: 0 });
		// The wrong order g(f(2)) = −3·relu(2) + 1 = −5 is a known mistake.
		expect(compose.solve({ outer: 'relu', k: -3, b: 1, x0: 2 }, ru).mistakes).toContainEqual({ value: -5, say: 'order' });
	});

	test('the worked example: a legend caption and the table of values in Russian notation', () => {
		const ex = examples!.neuron!;
		const blocks = ex.blocks(ex.inputs, ru);
		const figure = blocks[0] as { svg: string; caption: { say: string; with: Record<string, string> } };
		expect(figure.svg).toMatch(/^<svg /);
		expect(figure.svg.match(/<circle /g)!.length).toBe(4 + 5 + 5); // the line leaves the window at x = −1 (y = −4)
		expect(figure.caption).toEqual({ say: 'legend', with: { c1: '2x - 2', c2: '\\operatorname{relu}(2x - 2)', c3: '\\sigma(2x - 2)' } });
		const table = blocks[1] as { head: string[]; rows: string[][] };
		expect(table.head).toEqual(['x', '-1', '0', '1', '2', '3']);
		expect(table.rows[1]).toEqual(['\\operatorname{relu}(2x - 2)', '0', '0', '0', '2', '4']);
		expect(table.rows[2]).toEqual(['\\sigma(2x - 2)', '0{,}018', '0{,}119', '0{,}5', '0{,}881', '0{,}982']);
	});
});
