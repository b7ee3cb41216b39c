/** Strings of the convolution widget (`src/widgets/Convolution.tsx`), in English; Russian, the model, in `../convolution.ts`. */
import type { ConvolutionUi } from '../convolution';

const en: ConvolutionUi = {
	label: 'Convolution: a kernel slides over the input',
	intro: 'Each output is the kernel times the window under it, summed; the kernel moves by the stride, padding adds zeros at the edges.',
	fields: { d: 'Dimension', x: 'Input x', k: 'Kernel w', s: 'Stride', p: 'Zero padding', o: 'Output' },
	dims: { '1': '1-D', '2': '2-D' },
	padded: 'x with padding',
	out: 'y = x ⋆ w',
	tooLarge: (k, x, p) =>
		`The kernel ${k} does not fit the input ${x} even padded by ${p} on each side: there is no position for the window, so no output. Add padding or shrink the kernel.`,
	hint: 'Point at or Tab to an output: its window lights up.',
	grads: 'Gradients for L = Σ y (∂L/∂y = 1): ∂L/∂w[t] sums the inputs under weight t, ∂L/∂x[i] sums the weights that touched x[i].',
};
export default en;
