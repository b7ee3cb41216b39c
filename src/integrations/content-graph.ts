import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../graph/load';
import { ContentError } from '../graph/problems';
import { validateContent } from '../graph/validate';

/**
 * Validates topics, resources and pages before anything is built, and fails the build with
 * every problem listed (file, field, what is wrong, the fix). Checking in `astro:config:setup`
 * means a broken graph stops `astro dev` and `astro build` before Vite compiles a single page.
 */
export function contentGraph(): AstroIntegration {
	return {
		name: 'nn-math:content-graph',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const { input, problems: readProblems } = loadContent(root);
				const { problems, graph } = validateContent(input);
				const all = [...readProblems, ...problems];
				if (all.length > 0) throw new ContentError(all);
				logger.info(`topic graph: ${graph!.order.length} topics, ${input.resources.length} resources, ${input.pages.length} pages — valid`);
			},
		},
	};
}
