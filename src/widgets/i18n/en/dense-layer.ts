/** Strings of the dense-layer widget (`src/widgets/DenseLayer.tsx`), in English; Russian, the model, in `../dense-layer.ts`. */
import type { DenseLayerUi } from '../dense-layer';

const en: DenseLayerUi = {
	label: 'A dense layer relu(A·W + b) on the square',
	intro: 'A holds the corners of the square, a row per point. Set W and b or draw them from a seed.',
	k: 'Neurons k',
	w: 'Weights W (a row per line)',
	b: 'Biases b',
	random: 'Other random ones',
	plotIn: 'Input: the square A',
	plotOut: 'Layer output',
	linear: 'Dashed: A·W + b, a linear map and a shift.',
	fold: 'Filled: after relu, negative coordinates became zero, and everything left of or below the axes was pressed onto them.',
	only2: 'Set k = 2 to see the layer on the plane.',
};
export default en;
