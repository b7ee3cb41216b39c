import { describe, expect, test } from 'vitest';
import { inlineMath, TexError, texToMathml } from '../../src/practice/mathml';

describe('the TeX → MathML writer of practice problems', () => {
	test('numbers keep their decimal comma or point, a minus is a true minus', () => {
		expect(texToMathml('-0{,}5')).toBe('<math><mo>−</mo><mn>0,5</mn></math>');
		expect(texToMathml('3.25')).toBe('<math><mn>3.25</mn></math>');
	});

	test('fractions, scripts, roots, upright names, accents and matrices', () => {
		expect(texToMathml('\\frac{a}{2}')).toBe('<math><mfrac><mrow><mi>a</mi></mrow><mrow><mn>2</mn></mrow></mfrac></math>');
		expect(texToMathml('x_0^2')).toBe('<math><msubsup><mi>x</mi><mi>0</mi><mn>2</mn></msubsup></math>'.replace('<mi>0</mi>', '<mn>0</mn>'));
		expect(texToMathml('\\sqrt{x}')).toContain('<msqrt>');
		expect(texToMathml('\\ln x')).toContain('<mi mathvariant="normal">ln</mi>');
		expect(texToMathml('\\text{ReLU}')).toContain('<mtext>ReLU</mtext>');
		// Upright, like KATEX_MACROS on the rest of the site, so 𝔼 in a problem matches E on its page.
		expect(texToMathml('\\mathbb{E}[X]')).toMatch(/^<math><mi mathvariant="normal">E<\/mi>/);
		expect(texToMathml('\\hat{y}')).toContain('<mover accent="true">');
		const m = texToMathml('\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}', true);
		expect(m).toMatch(/^<math display="block"><mrow><mo>\[<\/mo><mtable><mtr><mtd><mn>1<\/mn><\/mtd><mtd><mn>2<\/mn><\/mtd><\/mtr><mtr>/);
		expect(texToMathml('f(x)')).toBe('<math><mi>f</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></math>');
		expect(texToMathml('\\left( x \\right)')).toBe('<math><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow></math>');
		expect(texToMathml('\\sigma \\cdot \\nabla')).toBe('<math><mi>σ</mi><mo>⋅</mo><mo>∇</mo></math>');
	});

	test('what it does not know is an error that names it, never a silent gap', () => {
		expect(() => texToMathml('\\unknowncommand x')).toThrow(/unknown command \\unknowncommand/);
		expect(() => texToMathml('{x')).toThrow(TexError);
		expect(() => texToMathml('x}')).toThrow(TexError);
		expect(() => texToMathml('^2')).toThrow(TexError);
		expect(() => texToMathml('\\begin{align} x \\end{align}')).toThrow(/environment "align"/);
		expect(() => inlineMath('a $x')).toThrow(/unpaired/);
	});

	test('text outside formulas is escaped, so a question cannot inject markup', () => {
		expect(inlineMath('<b>x</b> & $y$')).toBe('&lt;b&gt;x&lt;/b&gt; &amp; <math><mi>y</mi></math>');
		expect(texToMathml('\\text{<script>}')).toBe('<math><mtext>&lt;script&gt;</mtext></math>');
	});
});
