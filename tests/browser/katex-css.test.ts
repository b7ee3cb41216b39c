import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { DIST, contentPages } from '../helpers/dist';

/**
 * The KaTeX stylesheet each math page gets inline is cut to the rules the page uses
 * (src/integrations/katex-css.ts). The proof that nothing the page uses was cut is Chromium's own
 * cascade: every element of every formula, with its ::before and ::after, has the same computed
 * style for every property KaTeX's stylesheet sets, under the cut and under the whole stylesheet.
 * The pages checked are chosen so that together they use every KaTeX class any page uses.
 */
const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The whole stylesheet, as built (its font URLs point at the cut fonts). */
const sheet = readdirSync(join(DIST, '_astro')).find((f) => /^katex\.[\w-]+\.css$/.test(f));
const fullCss = sheet ? readFileSync(join(DIST, '_astro', sheet), 'utf8') : '';

/** KaTeX classes on a page (every class inside a `class="…"` of a page with formulas). */
function katexClasses(html: string): Set<string> {
	const out = new Set<string>();
	for (const m of html.matchAll(/class="([^"]*)"/g)) for (const c of m[1]!.split(/\s+/)) if (c) out.add(c);
	return out;
}

/** Greedy cover: pages added while each brings a class the ones before did not use. */
function coveringPages(): string[] {
	const pages = contentPages().filter((p) => p.html.includes('class="katex"'));
	const left = new Set(pages.flatMap((p) => [...katexClasses(p.html)]));
	const chosen: string[] = [];
	const classes = new Map(pages.map((p) => [p.path, katexClasses(p.html)]));
	while (left.size > 0) {
		let best: string | undefined;
		let gain = 0;
		for (const [path, cs] of classes) {
			const g = [...cs].filter((c) => left.has(c)).length;
			if (g > gain) [best, gain] = [path, g];
		}
		if (!best) break;
		chosen.push(best);
		for (const c of classes.get(best)!) left.delete(c);
		classes.delete(best);
	}
	return chosen;
}

describe('KaTeX CSS cut to what each page uses', () => {
	test('the whole stylesheet is still built, and no page links it', () => {
		expect(sheet, 'no _astro/katex.*.css in dist/').toBeDefined();
		const linking = contentPages().filter((p) => /<link[^>]+_astro\/katex\./.test(p.html));
		expect(linking.map((p) => p.path)).toEqual([]);
	});

	const pages = coveringPages();
	test('the pages checked cover the site', () => {
		expect(pages.length).toBeGreaterThan(2);
	});

	test.each(pages)('%s: every formula element looks the same under the cut as under the whole stylesheet', async (path) => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(site + path);
		const differences = await page.evaluate(async (full: string) => {
			// The longhand properties the whole stylesheet sets, read back through a style declaration.
			const probe = document.createElement('div');
			const props = new Set<string>();
			for (const m of full.matchAll(/\{([^{}]*)\}/g)) {
				if (m[1]!.includes('font-display')) continue;
				probe.style.cssText = m[1]!;
				for (let i = 0; i < probe.style.length; i++) props.add(probe.style[i]!);
			}
			const elements = [...document.querySelectorAll('.katex, .katex *, .katex-display')];
			const snapshot = () =>
				elements.map((el) =>
					[null, '::before', '::after'].map((pseudo) => {
						const cs = getComputedStyle(el, pseudo);
						return [...props].map((p) => cs.getPropertyValue(p)).join('|');
					}),
				);
			const inline = [...document.querySelectorAll('style')].filter((s) => s.textContent!.includes('.katex'));
			if (inline.length === 0) return ['no inline KaTeX style on the page'];
			// Widths and offsets are used values: they depend on the fonts, so both states are read with
			// every face their stylesheet declares loaded (the swap below adds its @font-face rules anew).
			const settled = async () => {
				await Promise.all([...document.fonts].map((f) => f.load().catch(() => undefined)));
				await document.fonts.ready;
			};
			await settled();
			const cut = snapshot();
			for (const s of inline) s.remove();
			const whole = document.createElement('style');
			whole.textContent = full;
			document.head.append(whole);
			await settled();
			const uncut = snapshot();
			const out: string[] = [];
			cut.forEach((states, i) =>
				states.forEach((state, j) => {
					if (state === uncut[i]![j]) return;
					const a = state.split('|');
					const b = uncut[i]![j]!.split('|');
					const prop = [...props].find((_, k) => a[k] !== b[k]);
					out.push(`${elements[i]!.className}${[' ', '::before', '::after'][j]}: ${prop} is «${a[[...props].indexOf(prop!)]}», the whole stylesheet gives «${b[[...props].indexOf(prop!)]}»`);
				}),
			);
			return out.slice(0, 10);
		}, fullCss);
		await page.close();
		expect(differences).toEqual([]);
	});
});
