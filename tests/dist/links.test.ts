import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST, walk } from '../helpers/dist';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));

function idsOf(path: string): Set<string> {
	const ids = new Set<string>();
	const page = byPath.get(path);
	if (page) walk(page.tree, (node) => typeof node.properties.id === 'string' && ids.add(node.properties.id));
	return ids;
}

describe('internal links in the built site', () => {
	test.each(pages.map((p) => [p.file, p] as const))('%s links only to pages and anchors that exist', (_file, page) => {
		const broken: string[] = [];
		for (const a of selectAll('a[href]', page.tree)) {
			const href = String(a.properties.href);
			if (/^(https?:|mailto:|tel:)/.test(href)) continue;
			const url = new URL(href, `http://site${page.path}`);
			if (url.host !== 'site') continue;
			const target = url.pathname;
			if (!byPath.has(target) && !(/\.[a-z0-9]+$/.test(target) && existsSync(join(DIST, target)))) {
				broken.push(`${href} → no page at ${target}`);
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && !idsOf(target).has(anchor)) broken.push(`${href} → no element with id "${anchor}" on ${target}`);
		}
		expect(broken).toEqual([]);
	});
});
