import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy, headersFile, inlineScriptHashes } from '../csp';
import { htmlFiles } from '../dist-files';
import type { BuildOutput } from './output';

/**
 * `_headers` with the Content-Security-Policy computed from the built HTML. It hashes every inline
 * script it finds, so it must run after every step that adds one (the redirect pages' script).
 */
export const headers: BuildOutput = {
	writes: '_headers',
	write({ out, base }) {
		const hashes = htmlFiles(out).flatMap((file) => inlineScriptHashes(readFileSync(join(out, file), 'utf8')));
		writeFileSync(join(out, '_headers'), headersFile(contentSecurityPolicy(hashes), base));
	},
};
