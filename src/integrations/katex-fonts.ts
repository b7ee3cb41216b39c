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
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** Replaces every old basename with its new one in the text files that may reference assets. */
function rewriteReferences(files: string[], renames: Map<string, string>): Set<string> {
	const changed = new Set<string>();
	if (renames.size === 0) return changed;
	const pattern = new RegExp([...renames.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
	for (const file of files.filter((f) => /\.(html|css|js|mjs|json|xml|txt)$/.test(f))) {
		const text = readFileSync(file, 'utf8');
		const next = text.replace(pattern, (old) => renames.get(old)!);
		if (next !== text) {
			writeFileSync(file, next);
			changed.add(file);
		}
	}
	return changed;
}

export function katexFonts(): AstroIntegration {
	return {
		name: 'nn-math:katex-fonts',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let files = walk(root);
				const fonts = files.filter((f) => /[\\/]KaTeX_[\w-]+\.[\w-]+\.woff2$/.test(f));
				if (fonts.length === 0) return;
				const glyphs = katexGlyphs(files.filter((f) => f.endsWith('.html')).map((f) => readFileSync(f, 'utf8')));
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
				// The stylesheets that named the old fonts change, so they are renamed in turn, and so on up to the pages.
				const changedCss = [...rewriteReferences(files, fontRenames)].filter((f) => f.endsWith('.css'));
				const cssRenames = new Map<string, string>();
				for (const css of changedCss) {
					const target = rehashedName(css, readFileSync(css));
					renameSync(css, target);
					cssRenames.set(basename(css), basename(target));
				}
				files = walk(root);
				rewriteReferences(files, cssRenames);
				logger.info(
					`KaTeX fonts cut to ${[...glyphs].length} glyphs: ${fonts.length} files, ${(before / 1024).toFixed(0)} KiB → ${(after / 1024).toFixed(0)} KiB`,
				);
			},
		},
	};
}
