/**
 * After the build, cut every KaTeX font down to the glyphs the site's formulas draw.
 *
 * Why after the build: only the built pages know every character KaTeX rendered (formulas in MDX,
 * in build-time example components, in macros). Why renamed: assets under `_astro/` are cached
 * forever by their hashed name, so a font whose glyphs change must get a new name — and so must the
 * stylesheet that points at it, and every page that links that stylesheet. Each step below keeps
 * that chain intact; the built-output test `tests/dist/katex-fonts.test.ts` checks that no glyph a
 * page draws was lost. Hinting goes too (`noHinting`): it is half of each glyph's bytes and today's
 * screens and rasterizers (DirectWrite, FreeType, Core Text) render these outlines well without it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { katexGlyphs } from '../markdown/katex-glyphs';
import { REFERENCING, renamer, replaceHashed, rewriteReferences, walk } from './hashed-assets';

export function katexFonts(): AstroIntegration {
	return {
		name: 'nn-math:katex-fonts',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = walk(root);
				const fonts = files.filter((f) => /[\\/]KaTeX_[\w-]+\.[\w-]+\.woff2$/.test(f));
				if (fonts.length === 0) return;
				// Pages are read once: for the glyphs now, and for the renames below.
				const pages = new Map(files.filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(f, 'utf8')] as const));
				const glyphs = katexGlyphs(pages.values());
				let before = 0;
				let after = 0;
				const fontRenames = new Map<string, string>();
				for (const font of fonts) {
					const original = readFileSync(font);
					const subset = new Uint8Array(await subsetFont(original, glyphs, { targetFormat: 'woff2', noHinting: true }));
					const [from, to] = replaceHashed(font, subset);
					fontRenames.set(from, to);
					before += original.length;
					after += subset.length;
				}
				// A stylesheet that names a font changes with it, so it gets a new name too; then every file that
				// may reference an asset is rewritten once, with both kinds of new names.
				const renames = new Map(fontRenames);
				const renameFonts = renamer(fontRenames);
				const others: string[] = [];
				for (const file of files.filter((f) => REFERENCING.test(f))) {
					if (!file.endsWith('.css')) {
						others.push(file);
						continue;
					}
					const text = readFileSync(file, 'utf8');
					const next = renameFonts(text);
					if (next === text) continue;
					const [from, to] = replaceHashed(file, next);
					renames.set(from, to);
				}
				rewriteReferences(others, renames, (file) => pages.get(file) ?? readFileSync(file, 'utf8'));
				logger.info(
					`KaTeX fonts cut to ${[...glyphs].length} glyphs: ${fonts.length} files, ${(before / 1024).toFixed(0)} KiB → ${(after / 1024).toFixed(0)} KiB`,
				);
			},
		},
	};
}
