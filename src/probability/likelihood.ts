/**
 * Log-likelihoods of data under a model, the quantities maximum likelihood maximises. Training
 * minimises their negatives, and the pages show those are MSE (Gaussian noise) and cross-entropy
 * (a categorical output) up to constants.
 */
import { normalPdf } from './normal';

function checkProbability(theta: number): void {
	if (!(theta >= 0 && theta <= 1)) throw new RangeError(`θ = ${theta}: a probability lies between 0 and 1.`);
}

/** log θ^k (1 − θ)^(n − k): k ones among n independent 0/1 observations, each 1 with probability θ. */
export function bernoulliLogLikelihood(ones: number, n: number, theta: number): number {
	checkProbability(theta);
	if (!(Number.isInteger(ones) && Number.isInteger(n) && ones >= 0 && ones <= n)) {
		throw new RangeError(`${ones} ones out of ${n}: need whole numbers with 0 ≤ ones ≤ n.`);
	}
	// 0·log 0 = 0, so θ = 0 with no ones (or θ = 1 with no zeros) has likelihood 1.
	const a = ones === 0 ? 0 : ones * Math.log(theta);
	const b = n - ones === 0 ? 0 : (n - ones) * Math.log(1 - theta);
	return a + b;
}

/**
 * −Σ log N(yᵢ; ŷᵢ, σ²) = (n/2)·log(2πσ²) + Σ (yᵢ − ŷᵢ)² / (2σ²), computed from the density itself
 * so the identity with the right-hand side is checked, not assumed.
 */
export function gaussianNegLogLikelihood(targets: readonly number[], predictions: readonly number[], std = 1): number {
	if (targets.length !== predictions.length || targets.length === 0) {
		throw new RangeError(`${targets.length} targets and ${predictions.length} predictions: give one prediction per target.`);
	}
	return targets.reduce((s, y, i) => s - Math.log(normalPdf(y, predictions[i]!, std)), 0);
}

/** −Σ log pᵢ[labelᵢ] for rows of class probabilities: the negative log-likelihood of the labels. */
export function categoricalNegLogLikelihood(rows: readonly (readonly number[])[], labels: readonly number[]): number {
	if (rows.length !== labels.length || rows.length === 0) {
		throw new RangeError(`${rows.length} rows of probabilities and ${labels.length} labels: give one label per row.`);
	}
	return rows.reduce((s, row, i) => {
		const label = labels[i]!;
		if (!Number.isInteger(label) || label < 0 || label >= row.length) {
			throw new RangeError(`label ${label} in row ${i}: a label is a class index from 0 to ${row.length - 1}.`);
		}
		return s - Math.log(row[label]!);
	}, 0);
}
