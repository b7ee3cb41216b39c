import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { createRng } from '../../src/core/random';
import type { Answer, Kind } from '../../src/practice/types';
import { fmtFor } from '../../src/practice/render';
import { TOPIC_MODULES } from '../../src/topics/registry';
import { findPython } from '../helpers/python';

/**
 * An independent recomputation of generated problems: for SAMPLE seeds of every practice kind, the
 * kind's `numpy` expression (written from the inputs, without the topic's module) is evaluated by
 * NumPy in one Python process and must equal the answer the module gives. Derivatives are
 * recomputed there by central differences, so a rule applied wrongly in the module shows up here.
 */
const SAMPLE = 25;

/**
 * In the expressions: \`np\`, \`math\`, and two derivatives by central differences written here in
 * Python, apart from the site's own (src/math/finite-difference.ts), so a slip in either shows:
 * \`d(f, x)\` for f of one variable and \`grad(f, [x, y, …])\` for f of a list.
 */
const RUNNER = `
import json, math, sys
import numpy as np
H = 1e-5
def d(f, x):
    return (f(x + H) - f(x - H)) / (2 * H)
def grad(f, xs):
    xs = [float(v) for v in xs]
    return [d(lambda t, i=i: f(xs[:i] + [t] + xs[i + 1:]), xs[i]) for i in range(len(xs))]
out = []
for e in json.load(sys.stdin):
    try:
        v = eval(e, {'np': np, 'math': math, 'd': d, 'grad': grad})
        v = v if isinstance(v, str) else np.asarray(v, dtype=float).ravel().tolist()
        out.append({'ok': v})
    except BaseException as x:
        out.append({'error': repr(x)})
json.dump(out, sys.stdout)
`;

const flatAnswer = (a: Answer): number[] | string => (a.kind === 'choice' ? a.value : a.kind === 'matrix' ? a.value.flat() : a.kind === 'number' ? [a.value] : a.value);

const cases = [...TOPIC_MODULES].flatMap(([id, mod]) =>
	mod.practice.flatMap((k: Kind) =>
		Array.from({ length: SAMPLE }, (_, i) => {
			const inputs = k.draw(createRng(i + 1));
			return { where: `${id} ${k.id}-${i + 1}`, expr: k.numpy(inputs), answer: k.solve(inputs, fmtFor('en')).answer };
		}),
	),
);

const run = spawnSync(findPython(), ['-c', RUNNER], { input: JSON.stringify(cases.map((c) => c.expr)), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.status !== 0) throw new Error(`The recomputation runner failed (exit ${run.status}):\n${run.stderr}`);
const results = JSON.parse(run.stdout) as ({ ok: number[] | string } | { error: string })[];

describe('generated problems recomputed by NumPy', () => {
	test('every practice kind is sampled', () => {
		expect(cases.length).toBe([...TOPIC_MODULES.values()].reduce((n, m) => n + m.practice.length, 0) * SAMPLE);
	});

	test.each(cases.map((c, i) => [c.where, c, results[i]!] as const))('%s', (_where, c, r) => {
		expect('error' in r ? r.error : '', `python: ${c.expr}`).toBe('');
		const got = (r as { ok: number[] | string }).ok;
		const want = flatAnswer(c.answer);
		if (typeof want === 'string') return expect(got, c.expr).toBe(want);
		expect(Array.isArray(got) && got.length, c.expr).toBe(want.length);
		(got as number[]).forEach((g, j) => expect(Math.abs(g - want[j]!), `${c.expr} → ${g}, module: ${want[j]}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(want[j]!))));
	});
});
