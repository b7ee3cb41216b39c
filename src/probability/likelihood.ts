/**
 * Log-likelihoods of data under a model, the quantities maximum likelihood maximises. Training
 * minimises their negatives, and the pages show those are MSE (Gaussian noise) and cross-entropy
 * (a categorical output) up to constants.
 */
import { ProbabilityError } from './errors';
import { normalPdf } from './normal';

function checkProbability(theta: number): void {
	if (!(theta >= 0 && theta <= 1)) throw new ProbabilityError({ code: 'not-a-probability', name: 'θ', value: theta });
}

/** log θ^k (1 − θ)^(n − k): k ones among n independent 0/1 observations, each 1 with probability θ. */
export function bernoulliLogLikelihood(ones: number, n: number, theta: number): number {
	checkProbability(theta);
	if (!(Number.isInteger(ones) && Number.isInteger(n) && ones >= 0 && ones <= n)) {
		throw new ProbabilityError({ code: 'count-range', ones, n });
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
		throw new ProbabilityError({ code: 'count-mismatch', left: 'targets', leftCount: targets.length, right: 'predictions', rightCount: predictions.length });
	}
	return targets.reduce((s, y, i) => s - Math.log(normalPdf(y, predictions[i]!, std)), 0);
}

/** −Σ log pᵢ[labelᵢ] for rows of class probabilities: the negative log-likelihood of the labels. */
export function categoricalNegLogLikelihood(rows: readonly (readonly number[])[], labels: readonly number[]): number {
	if (rows.length !== labels.length || rows.length === 0) {
		throw new ProbabilityError({ code: 'count-mismatch', left: 'rows', leftCount: rows.length, right: 'labels', rightCount: labels.length });
	}
	return rows.reduce((s, row, i) => {
		const label = labels[i]!;
		if (!Number.isInteger(label) || label < 0 || label >= row.length) {
			throw new ProbabilityError({ code: 'label-range', row: i, label, classes: row.length });
		}
		return s - Math.log(row[label]!);
	}, 0);
}
