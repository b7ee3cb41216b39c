import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { OutputContext } from '../../../src/links/outputs/output';

/** A throwaway built-site folder with the given files, and a context pointing at it. */
export function fakeBuild(files: Record<string, string> = {}, overrides: Partial<OutputContext> = {}): OutputContext & { messages: string[] } {
	const root = mkdtempSync(join(tmpdir(), 'nn-math-outputs-'));
	const out = join(root, 'dist');
	mkdirSync(out, { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(out, path)), { recursive: true });
		writeFileSync(join(out, path), text);
	}
	const messages: string[] = [];
	return { root, out, site: 'https://example.org', base: '/', info: (m) => messages.push(m), warn: (m) => messages.push(`warn: ${m}`), messages, ...overrides };
}
