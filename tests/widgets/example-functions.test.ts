import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { value } from '../../src/core/scalar/value';
import { FORMULAS } from '../../src/widgets/i18n/functions';
import { EXAMPLE_FUNCTION_NAMES, EXAMPLE_FUNCTIONS } from '../../src/widgets/lib/example-functions';
import { numericGradient } from '../core/finite-difference';

describe('the menu of example functions', () => {
	test('lists the eight functions in the widget’s order', () => {
		expect(EXAMPLE_FUNCTION_NAMES).toEqual(['square', 'cube', 'sin', 'exp', 'ln', 'sigmoid', 'tanh', 'relu']);
	});

	test('has a formula, f(x) and f′(x), for every function and for nothing else', () => {
		expect(Object.keys(FORMULAS)).toEqual(EXAMPLE_FUNCTION_NAMES);
		for (const name of EXAMPLE_FUNCTION_NAMES) expect(FORMULAS[name].every((f) => f.length > 0), name).toBe(true);
	});

	test.each(EXAMPLE_FUNCTION_NAMES)('%s: the backward pass agrees with finite differences away from its kink', (name) => {
		const f = EXAMPLE_FUNCTIONS[name];
		for (const x of f.positiveOnly ? [0.3, 1, 2.5] : [-1.7, 0.3, 2.5]) {
			const input = value(x);
			const out = f.build(input);
			out.backward();
			const at = Float64Array.of(x);
			const [numeric] = numericGradient(() => f.build(value(at[0]!)).data, at);
			expect(input.grad, `${name}′(${x})`).toBeCloseTo(numeric!, 6);
		}
	});

	test('says where a function is undefined (ln) or has no derivative (relu), which the widget relies on', () => {
		expect(EXAMPLE_FUNCTION_NAMES.filter((n) => EXAMPLE_FUNCTIONS[n].positiveOnly)).toEqual(['ln']);
		expect(EXAMPLE_FUNCTION_NAMES.filter((n) => EXAMPLE_FUNCTIONS[n].kinkAt !== undefined)).toEqual(['relu']);
		expect(EXAMPLE_FUNCTIONS.relu.kinkAt).toBe(0);
	});

	// A second menu (a `Record` of builders keyed `square`, `cube`, `sin`…) anywhere else in src would drift from this one.
	test('is defined once in src', () => {
		const src = fileURLToPath(new URL('../../src/', import.meta.url));
		const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:ts|tsx|astro)$/.test(f));
		const MENU = /\bsquare\s*:\s*[{(]?\s*(?:build\s*:\s*)?\(?x(?:\s*:\s*\w+)?\)?\s*=>\s*x\.pow\(2\)/;
		expect(MENU.test('square: (x) => x.pow(2),')).toBe(true);
		expect(MENU.test('square: { build: (x) => x.pow(2) },')).toBe(true);
		const defining = files.filter((f) => MENU.test(readFileSync(join(src, f), 'utf8')) || /\bcube\s*:\s*\[/.test(readFileSync(join(src, f), 'utf8')));
		expect(defining.sort()).toEqual([join('widgets', 'i18n', 'functions.ts'), join('widgets', 'lib', 'example-functions.ts')]);
	});
});
