import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { formatProblems } from '../../src/graph/problems';
import { validateContent } from '../../src/graph/validate';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The site's real content, checked without a build: the quickest way for an author to see every problem. */
describe('the content in content/', () => {
	const { input, problems: readProblems } = loadContent(ROOT);
	const { problems, graph } = validateContent(input);

	test('validates with no problems', () => {
		const all = [...readProblems, ...problems];
		expect(all, all.length ? formatProblems(all) : '').toEqual([]);
	});

	test('every topic has at least one resource', () => {
		const bare = Object.values(graph!.topics)
			.filter((t) => t.data.resources.length === 0)
			.map((t) => `✗ content/topics/${t.id}.yaml: no resources. Add the best one under \`resources:\`, down to the unit (from content/resources/).`);
		expect(bare, bare.length ? `\n${bare.join('\n')}\n` : '').toEqual([]);
	});
});
