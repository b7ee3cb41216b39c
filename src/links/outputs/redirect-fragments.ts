import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../dist-files';
import { keepFragment } from '../redirect-pages';
import type { BuildOutput } from './output';

/**
 * Astro's static redirect pages use `<meta http-equiv="refresh">`, which drops the `#fragment` of
 * the old URL. A one-line script carries it over, so `/old-page/#section` lands on `/new-page/#section`.
 * Only redirect pages change; every other page is left byte for byte.
 */
export const redirectFragments: BuildOutput = {
	writes: 'redirect pages (**/index.html of moved URLs)',
	write({ out }) {
		for (const file of htmlFiles(out)) {
			const path = join(out, file);
			const html = readFileSync(path, 'utf8');
			const patched = keepFragment(html);
			if (patched !== html) writeFileSync(path, patched);
		}
	},
};
