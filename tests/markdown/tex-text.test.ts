import { describe, expect, test } from 'vitest';
import { searchTextHtml, texToText } from '../../src/markdown/tex-text';

describe('texToText', () => {
	test.each([
		['x^2', 'x²'],
		['\\frac{\\partial L}{\\partial w}', '∂L/∂w'],
		['\\frac{a + b}{2}', '(a + b)/2'],
		['W^\\mathsf{T} x + b', 'Wᵀ x + b'],
		['z = w^\\top x + b', 'z = wᵀ x + b'],
		['\\nabla f(x, y)', '∇f(x, y)'],
		['\\sigma(z) = \\frac{1}{1 + e^{-z}}', 'σ(z) = 1/(1 + e⁻ᶻ)'.replace('⁻ᶻ', '^(-z)')],
		['\\sum_{i=1}^{n} x_i', 'Σ_(i=1)ⁿ xᵢ'],
		['\\left( a \\right)', '( a )'],
		['\\|\\nabla f\\|', '‖∇f‖'],
		['\\mathbb{E}[X]', 'E[X]'],
		['0{,}5', '0,5'],
		['a \\cdot b', 'a · b'],
		['\\log x', 'log x'],
		['\\sqrt{d}', '√d'],
		['W^{(l)}', 'W⁽ˡ⁾'],
		['\\hat{y}', 'y'],
		['\\text{softmax}(z)_i', 'softmax(z)ᵢ'],
		['c_{ij} = \\sum_k a_{ik} b_{kj}', 'cᵢⱼ = Σₖ aᵢₖ bₖⱼ'],
		['90^\\circ', '90°'],
		['\\ell(\\hat{y}, y)', 'ℓ(y, y)'],
		['\\lfloor n/2 \\rfloor', '⌊ n/2 ⌋'],
		['a \\Rightarrow b', 'a ⇒ b'],
		['\\eta \\ll 1', 'η ≪ 1'],
		['\\underbrace{a + b}_{2}', 'a + b₂'],
	])('%s → %s', (tex, text) => {
		expect(texToText(tex)).toBe(text);
	});

	test('keeps the name of a command it does not know, so nothing vanishes', () => {
		expect(texToText('\\operatorname{relu}(x) + \\foo')).toBe('relu(x) + foo');
	});
});

describe('searchTextHtml', () => {
	test('is a hidden element with the escaped text, or nothing for an empty formula', () => {
		expect(searchTextHtml('a < b')).toBe('<span class="math-search-text" data-search-only hidden> a &lt; b </span>');
		expect(searchTextHtml('\\,')).toBe('');
	});
});
