import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBase } from '../urls';
import type { BuildOutput } from './output';

/** `robots.txt`: everything may be crawled; the sitemap is named with the deployment's address. */
export function robotsText(site: string, base: string): string {
	const sitemap = new URL(withBase(base, '/sitemap-index.xml'), site).href;
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}

export const robotsTxt: BuildOutput = {
	writes: 'robots.txt',
	write({ out, site, base }) {
		const file = join(out, 'robots.txt');
		if (existsSync(file)) return; // a hand-written public/robots.txt wins
		writeFileSync(file, robotsText(site, base));
	},
};
