import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Check, Texts } from '../../src/widgets/lib/form';
import { MAX_TEXT } from '../../src/numbers/read';
import { linkTo, linkTooLong, MAX_QUERY, readState } from '../../src/widgets/lib/url';
import { CHAIN_DEFAULTS, checkChain } from '../../src/widgets/state/chain-rule';
import { checkConv, CONV_DEFAULTS } from '../../src/widgets/state/convolution';
import { checkDense, DENSE_DEFAULTS, denseFromLink } from '../../src/widgets/state/dense-layer';
import { checkDerivative, DERIVATIVE_DEFAULTS } from '../../src/widgets/state/derivative';
import { checkDescent, DESCENT_DEFAULTS } from '../../src/widgets/state/descent';
import { checkShapes, SHAPES_DEFAULTS } from '../../src/widgets/state/shapes';
import { checkSoftmax, SOFTMAX_DEFAULTS } from '../../src/widgets/state/softmax';
import * as training from '../../src/widgets/state/training';
import { checkTwo, TWO_DEFAULTS } from '../../src/widgets/state/two-layer';
import { fuzzSuite, hostileText, meter } from '../helpers/fuzz';

/**
 * Every widget's state as a link carries it: an address is read by `readState` and checked by the
 * widget's own parser, exactly as `Form.componentDidMount` does. Invariants: nothing throws; the
 * verdict is a state or a problem with one of the widget's fields; the work is bounded by the
 * input's size. (The training widget's parser is being rewritten elsewhere: it is driven only
 * through its public check function.)
 */
const check = fuzzSuite('widget URL states');

const WIDGETS: [string, Texts, (t: Texts) => Check<unknown>, ((t: Texts) => Texts)?][] = [
	['cr', CHAIN_DEFAULTS, checkChain],
	['cv', CONV_DEFAULTS, checkConv],
	['dl', DENSE_DEFAULTS, checkDense, denseFromLink],
	['dv', DERIVATIVE_DEFAULTS, checkDerivative],
	['gd', DESCENT_DEFAULTS, checkDescent],
	['sh', SHAPES_DEFAULTS, checkShapes],
	['sm', SOFTMAX_DEFAULTS, checkSoftmax],
	['tr', training.TRAIN_DEFAULTS, training.checkTraining],
	['tl', TWO_DEFAULTS, checkTwo],
];

/** A plausible or hostile value for a field: numbers, matrices, names, junk, over-long text. */
const value = fc.oneof(
	fc.integer({ min: -20, max: 40 }).map(String),
	fc.double({ noNaN: false }).map(String),
	fc.array(fc.array(fc.integer({ min: -99, max: 99 }), { minLength: 1, maxLength: 18 }), { minLength: 1, maxLength: 18 }).map((m) => m.map((r) => r.join(' ')).join('\n')),
	fc.constantFrom('square', 'sin', 'xor4', 'tanh', 'adam', 'shape', 'backprop', '1d', '2d', '1 2; 3 4', '[1, 2]'),
	hostileText(120),
	fc.integer({ min: MAX_TEXT - 2, max: MAX_TEXT + 2 }).map((n) => '1 '.repeat(n).slice(0, n)),
);

describe('widget URL states under fuzzing', () => {
	for (const [ns, defaults, checkState, fromLink] of WIDGETS) {
		const keys = Object.keys(defaults);
		const query = fc.oneof(
			fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length }).map((d) => new URLSearchParams(Object.entries(d).map(([k, v]) => [`${ns}.${k}`, v])).toString()),
			fc.webQueryParameters(),
			hostileText(300).map((s) => `${ns}.${keys[0]}=${s}`),
		);
		test(`${ns}: a link is read and checked without throwing, in work linear in its size`, () => {
			check(
				fc.property(query, (q) => {
					const search = `?${q}`;
					const m = meter();
					let verdict: Check<unknown>;
					let link: Texts;
					try {
						link = readState(search, ns, keys);
						linkTooLong(search, ns, keys);
						verdict = checkState(fromLink ? fromLink(link) : { ...defaults, ...link });
					} finally {
						m.stop();
					}
					for (const v of Object.values(link)) expect(v.length).toBeLessThanOrEqual(MAX_TEXT);
					if (!('ok' in verdict)) expect(keys).toContain(verdict.key);
					// Each value is read a small, fixed number of times (split into rows, then numbers, then each number).
					expect(m.chars).toBeLessThanOrEqual(12 * search.length + 5000);
				}),
				120,
			);
		});
	}

	test('a state written into a link reads back the same, other parameters are kept, the fragment is dropped', () => {
		const keys = ['k', 'w', 'b'];
		check(
			fc.property(fc.dictionary(fc.constantFrom(...keys), fc.string({ maxLength: 40 }), { minKeys: 1 }), fc.webQueryParameters(), (state, other) => {
				const href = linkTo(`https://x.test/p/?${other}#h`, 'dl', state);
				const url = new URL(href);
				expect(url.hash).toBe('');
				expect(readState(url.search, 'dl', keys)).toEqual(state);
			}),
			200,
		);
	});

	test('an over-long query is not read at all and is reported as refused', () => {
		check(
			fc.property(fc.integer({ min: MAX_QUERY + 1, max: 3 * MAX_QUERY }), (n) => {
				const search = `?dl.k=2&x=${'a'.repeat(n)}`;
				const m = meter();
				try {
					expect(readState(search, 'dl', ['k'])).toEqual({});
				} finally {
					m.stop();
				}
				expect(m.chars).toBe(0);
				expect(linkTooLong(search, 'dl', ['k'])).toBe(true);
			}),
			20,
		);
	});
});
