import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import ts from 'typescript';
import { normalizeBase } from '../links/urls';
import { OFFLINE_CACHE } from './cache-name';

/** The service worker's source as the build writes it: types stripped, the base path and cache name filled in. */
export function serviceWorkerSource(base: string): string {
	const source = readFileSync(fileURLToPath(new URL('./sw.ts', import.meta.url)), 'utf8');
	const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true } }).outputText;
	return js.replaceAll("'__BASE__'", JSON.stringify(base)).replaceAll("'__CACHE__'", JSON.stringify(OFFLINE_CACHE));
}

/**
 * Reading offline (issue #19): every page registers a service worker that keeps what the reader has
 * opened (src/offline/register.ts), and the build writes that worker to `sw.js` at the base path.
 * One line in astro.config.mjs; without it the site has no worker and no registration.
 */
export function offline(): AstroIntegration {
	let base = '/';
	return {
		name: 'nn-math:offline',
		hooks: {
			'astro:config:setup': ({ injectScript }) => {
				injectScript('page', `import ${JSON.stringify(fileURLToPath(new URL('./register.ts', import.meta.url)))};`);
			},
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
			},
			'astro:build:done': ({ dir, logger }) => {
				writeFileSync(join(fileURLToPath(dir), 'sw.js'), serviceWorkerSource(base));
				logger.info(`sw.js written (offline reading under ${base})`);
			},
		},
	};
}
