/**
 * Which characters KaTeX actually draws on the built pages, so its fonts can be cut down to them.
 *
 * KaTeX's three fonts that nearly every formula needs (Main, Math italic, Size1) weigh 47 KiB, more
 * than a third of a math page's whole budget, while the site uses a few hundred of their glyphs. The
 * visible part of a formula is the `katex-html` span: its text is exactly what those fonts render
 * (the `katex-mathml` twin is read by screen readers with the system's fonts, not KaTeX's).
 * Pure string functions; the build step that uses them is `src/integrations/katex-fonts.ts`.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `&lt;`, `&#x3C;`, `&#60;` → `<`; an unknown name is left as written (its letters are harmless extra glyphs). */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/**
 * The text inside every `<span class="katex-html">…</span>` of a page, tags removed. The span's end is
 * found by counting nested spans, since a regular expression cannot match nesting.
 */
export function katexHtmlText(html: string): string {
	const parts: string[] = [];
	const open = /<span class="katex-html"[^>]*>/g;
	for (let m = open.exec(html); m; m = open.exec(html)) {
		let depth = 1;
		const tag = /<(\/?)span\b[^>]*>/g;
		tag.lastIndex = open.lastIndex;
		let end = html.length;
		for (let t = tag.exec(html); t; t = tag.exec(html)) {
			depth += t[1] ? -1 : 1;
			if (depth === 0) {
				end = t.index;
				break;
			}
		}
		parts.push(html.slice(open.lastIndex, end));
		open.lastIndex = end;
	}
	// SVG paths (stretchy arrows, square roots) hold numbers, not text: drop them with the tags.
	return decodeEntities(parts.join('').replace(/<svg\b[\s\S]*?<\/svg>/g, '').replace(/<[^>]*>/g, ''));
}

/** Every distinct character KaTeX draws across `pages`, sorted, with a space always included. */
export function katexGlyphs(pages: Iterable<string>): string {
	const chars = new Set<string>([' ']);
	for (const html of pages) for (const ch of katexHtmlText(html)) chars.add(ch);
	return [...chars].sort().join('');
}
