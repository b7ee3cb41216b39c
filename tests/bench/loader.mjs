/**
 * Lets Node run the project's TypeScript as it is written for Vite: relative imports without an
 * extension (`./tensor/matrix`) resolve to `.ts`, `.tsx` or `index.ts`, and `~/` is `src/`.
 * Node itself strips the types (Node ≥ 22.18 / 23.6); nothing is compiled or installed.
 * Used by `npm run bench` as `node --import ./tests/bench/loader.mjs tests/bench/run.ts`.
 */
import { existsSync, statSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SRC = new URL('../../src/', import.meta.url);
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts', '/index.js'];

function isFile(path) {
	return existsSync(path) && statSync(path).isFile();
}

registerHooks({
	resolve(specifier, context, nextResolve) {
		// Only the project's own TypeScript needs this; packages resolve as Node resolves them.
		if (!/\.tsx?$/.test(context.parentURL ?? '')) return nextResolve(specifier, context);
		let target;
		if (specifier.startsWith('~/')) target = new URL(specifier.slice(2), SRC);
		else if (specifier.startsWith('./') || specifier.startsWith('../')) {
			target = new URL(specifier, context.parentURL);
		}
		if (target) {
			const path = fileURLToPath(target);
			if (!isFile(path)) {
				const found = EXTENSIONS.map((ext) => path + ext).find(isFile);
				if (found) return nextResolve(pathToFileURL(found).href, context);
			} else if (specifier.startsWith('~/')) {
				return nextResolve(target.href, context);
			}
		}
		return nextResolve(specifier, context);
	},
});
