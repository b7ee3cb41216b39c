import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildOutput } from './output';

/**
 * Starlight builds the English 404 page at `en/404/index.html`. Hosts that look for the nearest
 * `404.html` (Cloudflare Pages, nginx with `error_page` per location) find it at `en/404.html`;
 * hosts with a single 404 page (GitHub Pages) serve the Russian one, whose script sends an
 * `/en/…` address to the English page.
 */
export const english404: BuildOutput = {
	writes: 'en/404.html',
	write({ out }) {
		const source = join(out, 'en', '404', 'index.html');
		if (existsSync(source)) copyFileSync(source, join(out, 'en', '404.html'));
	},
};
