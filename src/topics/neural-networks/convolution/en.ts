import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		'out-size': {
			name: 'Output size',
			question: 'A convolutional layer gets a ${{n}}$ image (one channel), the kernel is ${{k}}$, the stride ${{s}}$ and the zero padding ${{p}}$ on each side. What size is the output?',
			hints: [
				'Along each side the output size is $\\frac{n + 2p - k}{s} + 1$, with the fraction rounded down.',
				'Padding is added on both sides, hence $2p$; the one is the kernel’s first position.',
			],
			steps: {
				span: 'How much room the kernel has to move along a side (with the padding):',
				steps: 'How many whole strides fit: divide by the stride and drop the fraction:',
				plusOne: 'Add the kernel’s first position; the other side is the same:',
			},
			mistakes: {
				noPadding: 'The padding seems to be left out: with it a side is $n + 2p$ long.',
				noPlusOne: 'A one is missing: there is one move fewer than there are positions of the kernel.',
				roundedUp: 'The fraction was rounded up. The kernel cannot go past the edge, so an incomplete stride is dropped: round down.',
				oneSide: 'The padding was counted on one side only. Zeros are added on both, hence $2p$ in the formula.',
			},
		},
		value: {
			name: 'A value of a convolution',
			question:
				'A 1-D convolution (as in the frameworks, the kernel is not flipped): input ${{x}}$, kernel ${{w}}$, stride ${{s}}$, padding ${{p}}$. Find the output ${{y}}$ (outputs are numbered from zero).',
			hints: [
				'If $p > 0$, first write $p$ zeros on each side of the input.',
				'The output $y_o$ sees a window of three entries starting at position $o \\cdot s$ of the padded input (also from zero).',
				'The value is the sum of the products of the window and the kernel, entry by entry.',
			],
			steps: {
				pad: 'Write the zeros at the edges:',
				window: 'This output’s window is entries {{from}} to {{to}}:',
				dot: 'Multiply the window by the kernel entry by entry and add up:',
			},
			mistakes: {
				flipped: 'The kernel is flipped, as convolution is defined in mathematics. Neural networks apply the kernel as it is (cross-correlation).',
				noPadding: 'The padding zeros seem to be forgotten: count the window from the start of the padded input.',
				noStride: 'The window seems to move by 1, but the stride is $s$: output $y_o$ starts at position $o \\cdot s$.',
			},
		},
	},
	example: {
		window: 'The brackets over the input are the windows of the three outputs: the kernel moves $s = 2$ cells at a time, the grey zeros are added at the edges. The window of output $y_{{{o}}}$ is outlined with the kernel under it: three products add up to one number.',
		'window-alt': 'A row of {{n}} input cells with zeros at both ends; above it three bracket windows of three cells, neighbouring windows sharing one cell. The window of output y{{o}} is outlined, with the three kernel cells {{w}} under it and an arrow to the output y{{o}} = {{y}} in a bottom row of three outputs.',
	},
};
export default text;
