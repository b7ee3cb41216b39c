import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from '../../src/links/dist-files';
import { formatLedger, LEDGER_FILE, parseLedger, publishedUrls, readBuiltSite, resolveUrl } from '../../src/links/ledger';
import { DIST } from '../helpers/dist';

/**
 * The URL ledger against the built site. Two promises: a URL once published keeps working (through
 * a redirect or an anchor alias if it moved), and every published URL is recorded.
 * `UPDATE_LEDGER=1` records the new URLs (it never drops one).
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LEDGER = join(ROOT, LEDGER_FILE);
const RUN = 'UPDATE_LEDGER=1 npx vitest run --config tests/vitest.config.ts tests/dist/ledger.test.ts';

const site = readBuiltSite(htmlFiles(DIST).map((file) => ({ file, html: readFileSync(join(DIST, file), 'utf8') })));
const published = publishedUrls(site);
const recorded = existsSync(LEDGER) ? parseLedger(readFileSync(LEDGER, 'utf8')) : [];

describe('the URL ledger', () => {
	test('the built site publishes pages and heading anchors in both languages', () => {
		expect(published).toContain('/');
		expect(published).toContain('/en/');
		expect(published.some((u) => /^\/en\/.+#.+/.test(u))).toBe(true);
		expect(published.some((u) => /^\/(?!en\/).+#.+/.test(u))).toBe(true);
	});

	test('every URL in the ledger still resolves', () => {
		const failures = recorded
			.map((url) => ({ url, result: resolveUrl(url, site) }))
			.filter((r) => !r.result.ok)
			.map(({ url, result }) => `  ${url} — ${(result as { reason: string }).reason}`);
		expect(
			failures,
			[
				`These URLs were published (they are in ${LEDGER_FILE}) and no longer work:`,
				...failures,
				'People link to them from forums and chats, so each must keep working. Depending on what changed:',
				'  • a heading was reworded: pin its old id in the Markdown, `## New wording {#old-id}`;',
				"  • a heading got a new id: map the old one in src/links/moved.ts, ANCHOR_ALIASES: { '/page/#old-id': '#new-id' };",
				"  • a section moved to another page: ANCHOR_ALIASES: { '/old-page/#old-id': '/new-page/#new-id' };",
				"  • a page was renamed or moved: src/links/moved.ts, PAGE_REDIRECTS: { '/old/path/': '/new/path/' } (for both languages).",
				`Deleting a line from ${LEDGER_FILE} breaks the links people already shared; do it only for a URL that was never public.`,
			].join('\n'),
		).toEqual([]);
	});

	test('every published URL is in the ledger', () => {
		const known = new Set(recorded);
		const fresh = published.filter((url) => !known.has(url));
		if (process.env.UPDATE_LEDGER === '1') {
			if (fresh.length > 0 || !existsSync(LEDGER)) writeFileSync(LEDGER, formatLedger([...recorded, ...published]));
			return;
		}
		expect(
			fresh,
			[
				`${fresh.length} published URL(s) are not in the ledger (${LEDGER_FILE}):`,
				...fresh.slice(0, 40).map((u) => `  ${u}`),
				...(fresh.length > 40 ? [`  … and ${fresh.length - 40} more`] : []),
				'Recording them is part of publishing: from then on a test keeps them working. Run',
				`  ${RUN}`,
				`(add SKIP_BUILD=1 if dist/ is fresh); it adds the new URLs and never removes one. Commit ${LEDGER_FILE} with your pages.`,
			].join('\n'),
		).toEqual([]);
	});

	test('the ledger file is sorted, without duplicates, as the update writes it', () => {
		if (!existsSync(LEDGER)) return;
		const text = readFileSync(LEDGER, 'utf8');
		expect(text, `Rewrite it with: ${RUN}`).toBe(formatLedger(parseLedger(text)));
	});
});
