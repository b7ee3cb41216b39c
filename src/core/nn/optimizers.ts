/**
 * Update rules that turn gradients into parameter changes. An optimizer is bound at construction to
 * the parameter arrays and their gradient arrays, and allocates its state (velocities, moments) there
 * too, so that `step()` only does arithmetic in place.
 */
import { ADAM_DEFAULTS, LEARNING_RATE_DEFAULT, MOMENTUM_DEFAULT } from '../math-constants';

export type OptimizerConfig =
	| { kind: 'sgd'; learningRate?: number }
	| { kind: 'momentum'; learningRate?: number; momentum?: number }
	| { kind: 'adam'; learningRate?: number; beta1?: number; beta2?: number; epsilon?: number };

export type OptimizerKind = OptimizerConfig['kind'];

export interface Optimizer {
	readonly kind: OptimizerKind;
	/** Applies one update to every parameter from its current gradient. */
	step(): void;
	/** Forgets the accumulated state, as if no step had been taken. */
	reset(): void;
}

function checkPairs(params: readonly Float64Array[], grads: readonly Float64Array[]): void {
	if (params.length !== grads.length || params.some((p, i) => p.length !== grads[i].length)) {
		throw new Error('Each parameter array needs a gradient array of the same length.');
	}
}

/** θ ← θ − η·g: straight downhill, as far as the learning rate says. */
class Sgd implements Optimizer {
	readonly kind = 'sgd';
	constructor(
		private readonly params: readonly Float64Array[],
		private readonly grads: readonly Float64Array[],
		private readonly learningRate: number,
	) {}

	step(): void {
		for (let p = 0; p < this.params.length; p++) {
			const theta = this.params[p];
			const g = this.grads[p];
			for (let k = 0; k < theta.length; k++) theta[k] -= this.learningRate * g[k];
		}
	}

	reset(): void {}
}

/**
 * v ← μ·v + g, θ ← θ − η·v: the velocity is a running sum of past gradients, so directions that
 * agree from step to step build up speed and directions that flip sign cancel out. This is the form
 * used by PyTorch and tfjs (not the one that scales g by 1 − μ).
 */
class Momentum implements Optimizer {
	readonly kind = 'momentum';
	private readonly velocity: Float64Array[];

	constructor(
		private readonly params: readonly Float64Array[],
		private readonly grads: readonly Float64Array[],
		private readonly learningRate: number,
		private readonly momentum: number,
	) {
		this.velocity = params.map((p) => new Float64Array(p.length));
	}

	step(): void {
		for (let p = 0; p < this.params.length; p++) {
			const theta = this.params[p];
			const g = this.grads[p];
			const v = this.velocity[p];
			for (let k = 0; k < theta.length; k++) {
				v[k] = this.momentum * v[k] + g[k];
				theta[k] -= this.learningRate * v[k];
			}
		}
	}

	reset(): void {
		for (const v of this.velocity) v.fill(0);
	}
}

/**
 * Adam keeps running means of g (m) and of g² (v) and steps by m / √v: each parameter gets its own
 * step size, about η wherever the gradient is consistent, whatever its scale. Both means start at
 * zero, which biases them towards zero early on; dividing by 1 − β^t undoes exactly that bias.
 */
class Adam implements Optimizer {
	readonly kind = 'adam';
	private readonly m: Float64Array[];
	private readonly v: Float64Array[];
	private t = 0;

	constructor(
		private readonly params: readonly Float64Array[],
		private readonly grads: readonly Float64Array[],
		private readonly learningRate: number,
		private readonly beta1: number,
		private readonly beta2: number,
		private readonly epsilon: number,
	) {
		this.m = params.map((p) => new Float64Array(p.length));
		this.v = params.map((p) => new Float64Array(p.length));
	}

	step(): void {
		this.t += 1;
		const correction1 = 1 - Math.pow(this.beta1, this.t);
		const correction2 = 1 - Math.pow(this.beta2, this.t);
		for (let p = 0; p < this.params.length; p++) {
			const theta = this.params[p];
			const g = this.grads[p];
			const m = this.m[p];
			const v = this.v[p];
			for (let k = 0; k < theta.length; k++) {
				m[k] = this.beta1 * m[k] + (1 - this.beta1) * g[k];
				v[k] = this.beta2 * v[k] + (1 - this.beta2) * g[k] * g[k];
				theta[k] -= (this.learningRate * (m[k] / correction1)) / (Math.sqrt(v[k] / correction2) + this.epsilon);
			}
		}
	}

	reset(): void {
		this.t = 0;
		for (const a of this.m) a.fill(0);
		for (const a of this.v) a.fill(0);
	}
}

/** Binds an update rule to parameters and their gradients (same order, same lengths). */
export function createOptimizer(config: OptimizerConfig, params: readonly Float64Array[], grads: readonly Float64Array[]): Optimizer {
	checkPairs(params, grads);
	const learningRate = config.learningRate ?? LEARNING_RATE_DEFAULT;
	switch (config.kind) {
		case 'sgd':
			return new Sgd(params, grads, learningRate);
		case 'momentum':
			return new Momentum(params, grads, learningRate, config.momentum ?? MOMENTUM_DEFAULT);
		case 'adam':
			return new Adam(
				params,
				grads,
				learningRate,
				config.beta1 ?? ADAM_DEFAULTS.beta1,
				config.beta2 ?? ADAM_DEFAULTS.beta2,
				config.epsilon ?? ADAM_DEFAULTS.epsilon,
			);
	}
}
