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
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { katexGlyphs } from '../markdown/katex-glyphs';

/** All files under `dir`, recursively. */
function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** `KaTeX_Main-Regular.B22Nviop.woff2` + new bytes → `KaTeX_Main-Regular.<8 chars of their hash>.woff2`. */
export function rehashedName(file: string, bytes: Uint8Array): string {
	const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 8);
	const name = basename(file);
	const [stem] = name.split('.');
	return join(dirname(file), `${stem}.${hash}${name.slice(name.lastIndexOf('.'))}`);
}

/** A function that replaces, in a text, every old basename in `renames` by its new one. */
function renamer(renames: Map<string, string>): (text: string) => string {
	const pattern = new RegExp([...renames.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
	return (text) => text.replace(pattern, (old) => renames.get(old)!);
}

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
					const target = rehashedName(font, subset);
					writeFileSync(target, subset);
					if (target !== font) rmSync(font);
					fontRenames.set(basename(font), basename(target));
					before += original.length;
					after += subset.length;
				}
				// A stylesheet that names a font changes with it, so it gets a new name too; then every file that
				// may reference an asset is rewritten once, with both kinds of new names.
				const renames = new Map(fontRenames);
				const renameFonts = renamer(fontRenames);
				const others: string[] = [];
				for (const file of files.filter((f) => /\.(html|css|js|mjs|json|xml|txt)$/.test(f))) {
					if (!file.endsWith('.css')) {
						others.push(file);
						continue;
					}
					const text = readFileSync(file, 'utf8');
					const next = renameFonts(text);
					if (next === text) continue;
					const target = rehashedName(file, Buffer.from(next));
					writeFileSync(target, next);
					if (target !== file) rmSync(file);
					renames.set(basename(file), basename(target));
				}
				const renameAll = renamer(renames);
				for (const file of others) {
					const text = pages.get(file) ?? readFileSync(file, 'utf8');
					const next = renameAll(text);
					if (next !== text) writeFileSync(file, next);
				}
				logger.info(
					`KaTeX fonts cut to ${[...glyphs].length} glyphs: ${fonts.length} files, ${(before / 1024).toFixed(0)} KiB → ${(after / 1024).toFixed(0)} KiB`,
				);
			},
		},
	};
}
