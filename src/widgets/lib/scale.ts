/**
 * The linear map taking `domain` onto `range` (either may run backwards: SVG's y grows downwards,
 * so a plot's y range is `[bottom, top]`). The one scale every plot uses; plot.ts re-exports it.
 * A file of its own so a widget that needs only the scale (the training widget's loss curve) does not
 * download the rest of plot.ts; it travels in the shared widget chunk (astro.config.mjs).
 */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (v: number) => number {
	return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}
