import type { Page } from 'playwright-core';

/**
 * Brings a page to the state a reader sees after scrolling to its end: every lazy image and font
 * requested, every widget hydrated. Islands hydrate when visible (`client:visible`), so each one is
 * scrolled into view in turn, and the wait is on conditions, never on a clock: a painted frame after
 * each scroll step, then no `astro-island[ssr]` left (Astro removes `ssr` once the island client of
 * src/widgets/lib/island-client.ts has hydrated the server's HTML). Throws, naming each island that
 * did not hydrate, so a check that measures afterwards never passes on server-rendered HTML alone.
 */
export async function scrollAndHydrate(page: Page, timeout = 30_000): Promise<{ islands: number }> {
	await page.evaluate(async () => {
		const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
			window.scrollTo(0, y);
			await frame();
		}
		window.scrollTo(0, document.body.scrollHeight);
		await frame();
	});
	for (const island of await page.$$('astro-island[ssr]')) {
		const url = await island.getAttribute('component-url');
		await island.scrollIntoViewIfNeeded();
		await page.waitForFunction((el) => !el.hasAttribute('ssr'), island, { timeout }).catch(async () => {
			throw new Error(`${await notHydrated(page)} on ${page.url()}: the island ${url} did not hydrate within ${timeout} ms after it was scrolled into view.`);
		});
	}
	const left = await notHydrated(page);
	if (left !== 'every island hydrated') throw new Error(`${left} on ${page.url()} after each was scrolled into view.`);
	return { islands: await page.locator('astro-island').count() };
}

/** A one-line description of the islands still waiting to hydrate, for error messages and checks. */
export async function notHydrated(page: Page): Promise<string> {
	const left = await page.$$eval('astro-island[ssr]', (els) => els.map((e) => e.getAttribute('component-url') ?? '?'));
	return left.length === 0 ? 'every island hydrated' : `${left.length} island(s) not hydrated (${left.join(', ')})`;
}
