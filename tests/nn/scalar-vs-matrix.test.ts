/**
 * The two layers of the core must tell the same story: a small network written out in scalar Values
 * and backpropagated node by node gives the numbers the matrix path computes in bulk.
 */
import { describe, test } from 'vitest';
import { Mlp, type HiddenActivation } from '../../src/nn/mlp';
import { createRng } from '../../src/core/random';
import { Value, value } from '../../src/core/scalar/value';
import { createMatrix } from '../../src/core/tensor/matrix';
import { expectClose } from '../core/asserts';

const TOLERANCE = { rtol: 1e-10, atol: 1e-12 };

describe.each(['tanh', 'sigmoid', 'relu'] as const)('a [3, 4, 3] network with %s', (activation: HiddenActivation) => {
	test.each(['softmax-cross-entropy', 'mse'] as const)('and %s: same outputs, loss and gradients', (loss) => {
		const rng = createRng(11);
		const mlp = new Mlp({ sizes: [3, 4, 3], activation, loss, seed: 5 });
		for (const layer of mlp.layers) layer.bias.forEach((_, j) => (layer.bias[j] = rng.uniform(-0.5, 0.5)));
		const batch = 5;
		const x = createMatrix(batch, 3, Array.from({ length: batch * 3 }, () => rng.uniform(-1, 1)));
		const labels = [0, 2, 1, 1, 0];
		const targets = createMatrix(batch, 3, Array.from({ length: batch * 3 }, () => rng.uniform(-1, 1)));

		// The same parameters as scalar leaves.
		const W = mlp.layers.map((l) => Array.from(l.weights.data, (d) => value(d)));
		const b = mlp.layers.map((l) => Array.from(l.bias, (d) => value(d)));
		const act = (v: Value) => (activation === 'tanh' ? v.tanh() : activation === 'sigmoid' ? v.sigmoid() : v.relu());

		const outputs: Value[][] = [];
		let total: Value = value(0);
		for (let r = 0; r < batch; r++) {
			let a: Value[] = Array.from({ length: 3 }, (_, k) => value(x.data[r * 3 + k]));
			mlp.layers.forEach((layer, l) => {
				const z = Array.from({ length: layer.weights.cols }, (_, j) =>
					a.reduce((s: Value, ak, k) => s.add(ak.mul(W[l][k * layer.weights.cols + j])), b[l][j]),
				);
				a = l < mlp.layers.length - 1 ? z.map(act) : z;
			});
			outputs.push(a);
			if (loss === 'mse') {
				for (let c = 0; c < 3; c++) total = total.add(a[c].sub(targets.data[r * 3 + c]).pow(2));
			} else {
				// −log softmax(z)[y] = log Σ e^z − z[y], the definition written out with scalar operations.
				const sumExp = a.reduce((s: Value, z) => s.add(z.exp()), value(0));
				total = total.add(sumExp.log().sub(a[labels[r]]));
			}
		}
		const L = total.div(loss === 'mse' ? batch * 3 : batch);
		L.backward();

		const target = loss === 'mse' ? targets : labels;
		const matrixLoss = mlp.computeGradients(x, target);
		expectClose(mlp.forward(x).data, outputs.flat().map((v) => v.data), TOLERANCE, 'network outputs');
		expectClose(matrixLoss, L.data, TOLERANCE, 'loss');
		mlp.layers.forEach((layer, l) => {
			expectClose(layer.weightGrad.data, W[l].map((v) => v.grad), TOLERANCE, `∂L/∂W${l}`);
			expectClose(layer.biasGrad, b[l].map((v) => v.grad), TOLERANCE, `∂L/∂b${l}`);
		});
	});
});
