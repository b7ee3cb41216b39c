import { readdirSync } from 'node:fs';
import { sep } from 'node:path';

/** Every HTML file under a built site's folder, as paths relative to it with forward slashes, sorted. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.split(sep).join('/'))
		.sort();
}
