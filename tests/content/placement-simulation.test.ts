import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createRng } from '../../src/core/random';
import { loadContent } from '../../src/graph/load';
import { validateContent } from '../../src/graph/validate';
import { placementGraph, PLACEMENT_DEFAULTS } from '../../src/mastery/placement';
import { simulate } from '../../src/mastery/simulate';

/**
 * The placement test on the site's own graph, with synthetic learners (random downward-closed
 * knowledge, 10 % slips and guesses): a floor with a fixed seed. `npm run bench` measures it on
 * 1,000 learners and records `placement.accuracy` and `placement.questions`.
 */
const { graph } = validateContent(loadContent(fileURLToPath(new URL('../..', import.meta.url))).input);
if (!graph) throw new Error('The content does not validate: run tests/content/graph.test.ts for the problems.');

describe('placement on the site graph', () => {
	test('100 synthetic learners: at least 85 % of topics placed right, at most 20 questions each', () => {
		const r = simulate(placementGraph(graph), 100, createRng(7));
		expect(r.questions).toBeLessThanOrEqual(PLACEMENT_DEFAULTS.maxQuestions);
		expect(r.accuracy).toBeGreaterThanOrEqual(0.85);
	});
});
