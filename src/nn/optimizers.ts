/**
 * Update rules that turn gradients into parameter changes. An optimizer is bound at construction to
 * the parameter arrays and their gradient arrays, and allocates its state (velocities, moments) there
 * too, so that `step()` only does arithmetic in place.
 */
import { ShapeError } from '../core/errors';
import { ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON, LEARNING_RATE_DEFAULT, MOMENTUM_DEFAULT } from './defaults';

export type OptimizerConfig =
	| { kind: 'sgd'; learningRate?: number }
	| { kind: 'momentum'; learningRate?: number; momentum?: number }
	| { kind: 'adam'; learningRate?: number; beta1?: number; beta2?: number; epsilon?: number };

export type OptimizerKind = OptimizerConfig['kind'];

export interface Optimizer {
	readonly kind: OptimizerKind;
	/** Applies one update to every parameter from its current gradient. */
	step(): void;
}

/** Every setting any rule reads; a rule ignores the others. */
type Settings = { kind: OptimizerKind; learningRate?: number; momentum?: number; beta1?: number; beta2?: number; epsilon?: number };

/**
 * Binds an update rule to parameters and their gradients (same order, same lengths). The three rules
 * share one loop over the parameters and differ only in the update of a single entry:
 *
 * - sgd: θ ← θ − η·g, straight downhill, as far as the learning rate says.
 * - momentum: v ← μ·v + g, θ ← θ − η·v. The velocity is a running sum of past gradients, so directions
 *   that agree from step to step build up speed and directions that flip sign cancel out. This is the
 *   form used by PyTorch and tfjs (not the one that scales g by 1 − μ).
 * - adam: running means of g (m) and of g² (v), and a step of m / √v, so each parameter gets its own
 *   step size, about η wherever the gradient is consistent, whatever its scale. Both means start at
 *   zero, which biases them towards zero early on; dividing by 1 − β^t undoes exactly that bias.
 */
export function createOptimizer(config: OptimizerConfig, params: readonly Float64Array[], grads: readonly Float64Array[]): Optimizer {
	if (params.length !== grads.length) throw new ShapeError({ code: 'gradient-count', params: params.length, grads: grads.length });
	params.forEach((p, param) => {
		if (p.length !== grads[param].length) throw new ShapeError({ code: 'gradient-length', param, length: p.length, gradLength: grads[param].length });
	});
	const {
		kind,
		learningRate: rate = LEARNING_RATE_DEFAULT,
		momentum = MOMENTUM_DEFAULT,
		beta1 = ADAM_BETA1,
		beta2 = ADAM_BETA2,
		epsilon = ADAM_EPSILON,
	}: Settings = config;
	// Adam's two running means; momentum keeps its velocity in the first. Allocated once, here.
	const first = params.map((p) => new Float64Array(p.length));
	const second = params.map((p) => new Float64Array(p.length));
	let t = 0;
	return {
		kind,
		step() {
			t++;
			const correction1 = 1 - beta1 ** t;
			const correction2 = 1 - beta2 ** t;
			for (let p = 0; p < params.length; p++) {
				const theta = params[p];
				const g = grads[p];
				const m = first[p];
				const v = second[p];
				for (let k = 0; k < theta.length; k++) {
					if (kind === 'sgd') theta[k] -= rate * g[k];
					else if (kind === 'momentum') {
						m[k] = momentum * m[k] + g[k];
						theta[k] -= rate * m[k];
					} else {
						m[k] = beta1 * m[k] + (1 - beta1) * g[k];
						v[k] = beta2 * v[k] + (1 - beta2) * g[k] * g[k];
						theta[k] -= (rate * (m[k] / correction1)) / (Math.sqrt(v[k] / correction2) + epsilon);
					}
				}
			}
		},
	};
}
