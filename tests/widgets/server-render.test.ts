import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { widgetEntry } from '../helpers/widget-entries';

/**
 * Every widget renders its initial state on the server (what Astro puts in the HTML), so the numbers
 * are readable with JavaScript off and indexed by search. Each case names a number the initial state
 * must show, in each language's notation.
 */
const CASES: { name: string; widget: string; ru: string[]; en: string[] }[] = [
	{
		name: 'dense layer',
		widget: 'DenseLayer',
		ru: ['relu(A·W + b)', '(4×2)', '<svg', '−1,7'],
		en: ['relu(A·W + b)', '(4×2)', '<svg', '−1.7'],
	},
	{
		name: 'shapes',
		widget: 'ShapeExplorer',
		ru: ['(4×2)·(2×3) → (4×3)', 'Результат: матрица 4×3.'],
		en: ['(4×2)·(2×3) → (4×3)', 'Result: a 4×3 matrix.'],
	},
	{
		name: 'derivative',
		widget: 'Derivative',
		ru: ['f′(x) = 2x', '(4 − 1) / 1 =', '<polyline'],
		en: ['f′(x) = 2x', '(4 − 1) / 1 =', '<polyline'],
	},
	{ name: 'softmax', widget: 'Softmax', ru: ['0,659', '0,242', '−0,341'], en: ['0.659', '0.242', '−0.341'] },
	{
		name: 'gradient descent',
		widget: 'GradientDescent',
		ru: ['После 20 шагов: x = ', 'Сходится'],
		en: ['After 20 steps: x = ', 'Converges'],
	},
	{ name: 'convolution', widget: 'Convolution', ru: ['y₁ = 1·1 + 2·0 + 0·(−1) = 1', '∂L/∂w'], en: ['y₁ = 1·1 + 2·0 + 0·(−1) = 1', '∂L/∂w'] },
	{ name: 'training', widget: 'Training', ru: ['Шаг 0: потеря', 'dW₁', '<rect'], en: ['Step 0: loss', 'dW₁', '<rect'] },
	{ name: 'chain rule', widget: 'ChainRule', ru: ['m = w·x = 3', 'w = 1,5', 'Шаг 0 из 5'], en: ['m = w·x = 3', 'w = 1.5', 'Step 0 of 5'] },
	{ name: 'two-layer backprop', widget: 'TwoLayerBackprop', ru: ['Шаг 0 из 9.', '0,25', 'L\u0304=1'], en: ['Step 0 of 9.', '0.25', 'L\u0304=1'] },
];

describe('widgets render their initial state on the server', () => {
	for (const c of CASES) {
		for (const lang of ['ru', 'en'] as const) {
			test(`${c.name} (${lang})`, () => {
				const html = renderToString(h(widgetEntry(lang, c.widget), { lang }));
				for (const s of c[lang]) expect(html).toContain(s);
				// Every control is labelled: each input sits inside a <label> with text (checked in the browser too).
				expect(html).not.toContain('undefined');
				expect(html).not.toContain('NaN');
			});
		}
	}
});
