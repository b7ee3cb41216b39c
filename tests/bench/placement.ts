/** The placement test measured on the site's graph with synthetic learners (src/mastery/simulate.ts). */
import { createRng } from '../../src/core/random';
import { loadContent } from '../../src/graph/load';
import { validateContent } from '../../src/graph/validate';
import { placementGraph } from '../../src/mastery/placement';
import { simulate } from '../../src/mastery/simulate';
import { ROOT, round, type Section } from './util';

export function measurePlacement(learners: number): Section {
	const { graph } = validateContent(loadContent(ROOT).input);
	if (!graph) throw new Error('The content does not validate: run `npm run build` for the problems.');
	const r = simulate(placementGraph(graph), learners, createRng(2026));
	return { learners, accuracy: round(r.accuracy, 4), questions: round(r.questions, 2) };
}
