import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { beforeAll, describe, expect, test } from 'vitest';
import { katexGlyphs } from '../../src/markdown/katex-glyphs';
import { builtPages, DIST } from '../helpers/dist';

/**
 * The KaTeX fonts in the built site are cut down to the glyphs the pages draw
 * (src/integrations/katex-fonts.ts). A glyph lost by the cut would silently fall back to a system
 * font in the middle of a formula, so: every character any page's formula draws that KaTeX's own font
 * has must still be in the cut font; and the cut must have happened, or the math pages' budget breaks.
 */
const require = createRequire(import.meta.url);
const ORIGINALS = join(require.resolve('katex/package.json'), '../dist/fonts');
const ASSETS = join(DIST, '_astro');

type Hb = { createBlob(b: Uint8Array): unknown; createFace(b: unknown, i: number): { collectUnicodes(): Uint32Array } };
let hb: Hb;
beforeAll(async () => {
	hb = await require('harfbuzzjs');
});

async function unicodes(woff2: Buffer): Promise<Set<number>> {
	const sfnt = await fontverter.convert(woff2, 'sfnt');
	return new Set(hb.createFace(hb.createBlob(sfnt), 0).collectUnicodes());
}

const fonts = readdirSync(ASSETS).filter((f) => /^KaTeX_[\w-]+\.[\w-]+\.woff2$/.test(f));
const drawn = [...katexGlyphs(builtPages().map((p) => p.html))].map((c) => c.codePointAt(0)!);

describe('KaTeX fonts cut to the glyphs the site draws', () => {
	test('the measurement sees the fonts: each built one is a KaTeX font, Main and Math italic among them', () => {
		const shipped = new Set(readdirSync(ORIGINALS).filter((f) => f.endsWith('.woff2')).map((f) => f.split('.')[0]));
		for (const font of fonts) expect(shipped, font).toContain(font.split('.')[0]);
		expect(fonts.some((f) => f.startsWith('KaTeX_Main-Regular.'))).toBe(true);
		expect(fonts.some((f) => f.startsWith('KaTeX_Math-Italic.'))).toBe(true);
	});

	test.each(fonts)('%s keeps every drawn character its original has, and little else', async (font) => {
		const cut = readFileSync(join(ASSETS, font));
		const original = readFileSync(join(ORIGINALS, `${font.split('.')[0]}.woff2`));
		// One after the other: the WebAssembly decoder is not safe to run twice at once.
		const has = await unicodes(cut);
		const had = await unicodes(original);
		const lost = drawn.filter((c) => had.has(c) && !has.has(c)).map((c) => String.fromCodePoint(c));
		expect(lost, `${font} lost glyphs the pages draw: ${lost.join(' ')}`).toEqual([]);
		const extra = [...has].filter((c) => !drawn.includes(c));
		expect(extra.length, `${font} keeps characters no formula draws`).toBeLessThanOrEqual(5);
		expect(cut.length).toBeLessThan(original.length);
	});

	test('stylesheets name only fonts that exist, and the two fonts every formula needs are cut hard', () => {
		const css = readdirSync(ASSETS).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(ASSETS, f), 'utf8')).join('\n');
		const named = [...css.matchAll(/KaTeX_[\w-]+\.[\w-]+\.woff2/g)].map((m) => m[0]);
		expect(named.length).toBeGreaterThan(0);
		for (const name of named) expect(fonts, `${name} is named by a stylesheet`).toContain(name);
		// Math italic keeps every Latin and Greek letter the site draws, upright or not: it shrinks less.
		for (const [stem, share] of [['KaTeX_Main-Regular', 0.5], ['KaTeX_Math-Italic', 0.7]] as const) {
			const cut = readFileSync(join(ASSETS, fonts.find((f) => f.startsWith(`${stem}.`))!));
			expect(cut.length, stem).toBeLessThan(readFileSync(join(ORIGINALS, `${stem}.woff2`)).length * share);
		}
	});
});
