import { readdirSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { resourceSchema } from './schemas/resource';
import { topicSchema } from './schemas/topic';

/**
 * Content lives in the top-level `content/` folder, not in `src/content/`: authors edit pages and
 * data without touching code. The same schemas are checked earlier, with friendlier messages,
 * by the content-graph integration (src/integrations/content-graph.ts).
 */
export const collections = {
	/** Pages: Russian at the root, English under `en/`, the same ASCII slug in both. */
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema(),
	}),
	/**
	 * Overrides of Starlight's interface strings, one JSON file per language (`ru.json`, `en.json`).
	 * Each entry's id is the bare language: Starlight finds a language's overrides by the file path
	 * relative to `src/content/i18n/`, so the ids a glob loader gives here (`content/i18n/ru`) matched
	 * no language and every override was silently ignored (issue #18: «Clear», «48 results for …»).
	 */
	i18n: defineCollection({
		loader: () =>
			readdirSync('./content/i18n')
				.filter((file) => file.endsWith('.json'))
				.map((file) => ({ id: file.slice(0, -'.json'.length), ...JSON.parse(readFileSync(`./content/i18n/${file}`, 'utf8')) })),
		schema: i18nSchema(),
	}),
	/** Graph data, once per topic: `content/topics/<area>/<slug>.yaml`. */
	topics: defineCollection({
		loader: glob({ base: './content/topics', pattern: '**/[^_]*.{yaml,yml}' }),
		schema: topicSchema,
	}),
	/** Learning resources with their units, from the verified facts in ../shared/resources.json. */
	resources: defineCollection({
		loader: glob({ base: './content/resources', pattern: '**/[^_]*.{yaml,yml}' }),
		schema: resourceSchema,
	}),
};
