/**
 * The optimizers' default hyper-parameters, in one place so a reader sees which numbers were chosen
 * rather than derived.
 */

// Adam's defaults from Kingma & Ba (2015); tfjs uses 1e-7 for epsilon, so tests pass it explicitly.
export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPSILON = 1e-8;

/** The usual momentum coefficient: the velocity remembers roughly the last 1 / (1 − 0.9) = 10 steps. */
export const MOMENTUM_DEFAULT = 0.9;

/** Learning rate used when a caller gives none; small enough for the toy networks of the site. */
export const LEARNING_RATE_DEFAULT = 0.01;
