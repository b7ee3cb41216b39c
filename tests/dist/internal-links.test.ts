import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../helpers/dist';
import { checkLinks, describeBroken } from '../helpers/link-check';

/**
 * Every internal link, asset, island component, preview image and `#fragment` of the built site
 * resolves. tests/browser/base-path.test.ts runs the same check on a build under a sub-path.
 */

const home = readFileSync(join(DIST, 'index.html'), 'utf8');
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)![1]!;

describe('internal links', () => {
	test('every internal URL in the HTML and CSS resolves, fragments included', () => {
		const { checked, broken } = checkLinks(DIST, { base: new URL(canonical).pathname, site: canonical });
		expect(checked).toBeGreaterThan(100);
		expect(broken, `Broken internal links:\n${describeBroken(broken)}`).toEqual([]);
	});
});
