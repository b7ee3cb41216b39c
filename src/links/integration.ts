import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { english404 } from './outputs/english-404';
import { headers } from './outputs/headers';
import { ogImages } from './outputs/og-images';
import type { BuildOutput } from './outputs/output';
import { redirectFragments } from './outputs/redirect-fragments';
import { robotsTxt } from './outputs/robots';
import { normalizeBase } from './urls';

/**
 * The post-build steps, one per output file, in order. `headers` comes last: the policy hashes
 * every inline script, including the one `redirectFragments` adds.
 */
export const OUTPUTS: readonly BuildOutput[] = [ogImages, robotsTxt, english404, redirectFragments, headers];

/**
 * "Linkable forever", the build side:
 * - registers the middleware that adds heading link controls (src/links/middleware.ts);
 * - after the build, the steps of `OUTPUTS` (src/links/outputs/, one per file): a preview image per
 *   page (`og/…png`, cached by content hash), `robots.txt`, the English 404 page at `en/404.html`
 *   for hosts that look for a 404 page per folder, redirect pages that keep the `#fragment`, and
 *   `_headers` with the Content-Security-Policy computed from the built HTML.
 */
export function linkable(): AstroIntegration {
	let root = '';
	let site = '';
	let base = '/';
	return {
		name: 'nn-math:linkable',
		hooks: {
			'astro:config:setup': ({ addMiddleware }) => {
				addMiddleware({ entrypoint: new URL('./middleware.ts', import.meta.url), order: 'post' });
			},
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				site = config.site ?? 'http://127.0.0.1:4321';
				base = normalizeBase(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const ctx = { root, out: fileURLToPath(dir), site, base, info: (m: string) => logger.info(m), warn: (m: string) => logger.warn(m) };
				for (const output of OUTPUTS) await output.write(ctx);
			},
		},
	};
}
