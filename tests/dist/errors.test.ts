import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, ERROR_IDS } from '../../src/errors/catalogue';
import { DIST } from '../helpers/dist';

/**
 * The built error pages show every known error, each under its own anchor and with its link to the
 * section that teaches the math (src/components/ErrorFamily.astro leaves an error out only when its
 * topic is not in the build, which must happen in the tests' fixture sites alone).
 */
describe.each([
	['ru', 'errors/index.html', ''],
	['en', 'en/errors/index.html', '/en'],
] as const)('%s error page', (_lang, file, prefix) => {
	const html = readFileSync(join(DIST, file), 'utf8');
	test.each([...ERROR_IDS])('%s has its section and its topic link', (id) => {
		const { page, anchor } = CATALOGUE[id].topic;
		const section = new RegExp(`<section class="err-entry"[^>]*data-error="${id}"[\\s\\S]*?</section>`).exec(html)?.[0];
		expect(section, `no section for ${id}`).toBeDefined();
		expect(section).toContain(`id="${id}"`);
		expect(section).toContain(`href="${prefix}/${page}/#${anchor}"`);
	});
});
