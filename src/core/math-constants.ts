/**
 * Every tolerance, clamp and default hyper-parameter of the core lives here, so a reader can see
 * at a glance which numbers were chosen rather than derived, and change them in one place.
 */

/**
 * Smallest probability fed to a logarithm when a loss starts from probabilities instead of logits.
 * log(1e-12) ≈ −27.6: large enough to punish a confident wrong answer, small enough not to distort
 * any probability a float64 softmax can actually produce for a sensible network.
 */
export const PROBABILITY_FLOOR = 1e-12;

// Adam's defaults from Kingma & Ba (2015); tfjs uses 1e-7 for epsilon, so tests pass it explicitly.
export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPSILON = 1e-8;

/** The usual momentum coefficient: the velocity remembers roughly the last 1 / (1 − 0.9) = 10 steps. */
export const MOMENTUM_DEFAULT = 0.9;

/** Learning rate used when a caller gives none; small enough for the toy networks of the site. */
export const LEARNING_RATE_DEFAULT = 0.01;
