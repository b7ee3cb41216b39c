/**
 * Every tolerance and clamp of the core lives here, so a reader can see at a glance which numbers
 * were chosen rather than derived, and change them in one place. The optimizers' defaults belong to
 * the network built on the core: src/nn/defaults.ts.
 */

/**
 * Smallest probability fed to a logarithm when a loss starts from probabilities instead of logits.
 * log(1e-12) ≈ −27.6: large enough to punish a confident wrong answer, small enough not to distort
 * any probability a float64 softmax can actually produce for a sensible network.
 */
export const PROBABILITY_FLOOR = 1e-12;
