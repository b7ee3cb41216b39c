/**
 * The two-layer backprop widget's state: which step of the backward pass of the backpropagation page's
 * 2→2→1 network is on screen (0: the forward pass only; then one node at a time; last: the update).
 * The pass itself comes from the page's own module (`twoLayerSteps`), so the widget and the worked
 * example show the same numbers. Pure.
 */
import { TWO_LAYER, twoLayerSteps } from '../../topics/neural-networks/backpropagation/two-layer';
import type { Check, Texts } from '../lib/form';
import { int, isProblem } from '../../numbers/read';

/** The pass, computed once: the page's network never changes in the widget. */
export const PASS = twoLayerSteps(TWO_LAYER);
/** The last step's number: one per pass step, after step 0 (the forward pass). */
export const LAST = PASS.steps.length;
/** `s`: the step on screen, 0 … LAST. */
export const TWO_DEFAULTS: Texts = { s: '0' };

export function checkTwo(texts: Texts): Check<number> {
	const k = int(texts.s ?? '', 0, LAST);
	return isProblem(k) ? { key: 's', why: k } : { ok: k };
}
