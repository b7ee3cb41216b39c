import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { LINK_UI } from '../i18n/links';
import type { Lang } from '../schemas/areas';
import type { PageAliases } from './moved';

/**
 * Adds the link controls to every section heading of a rendered page, as a string edit of the
 * HTML (everything else stays byte for byte as Astro and Starlight wrote it):
 *
 * ```html
 * <div class="hl-heading level-h2"><h2 id="idea">Идея</h2><span class="hl-controls" data-pagefind-ignore>
 *   <a class="hl-anchor" href="#idea" aria-label="Ссылка на раздел «Идея»">…</a>
 *   <button type="button" class="hl-copy" data-copy="link" … hidden>…</button>
 *   <button type="button" class="hl-copy" data-copy="markdown" … hidden>…</button>
 * </span></div>
 * ```
 *
 * The self-link is a plain anchor and works without JavaScript; the two copy buttons stay hidden
 * until `heading-links.client.ts` runs. Headings are the `h2`–`h6` with an id inside Starlight's
 * `.sl-markdown-content` (Markdown headings and the topic frame's own sections alike).
 *
 * It also writes the anchors that keep renamed headings' old URLs working (see `moved.ts`).
 */

const STROKE = 'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"';
/** The icons, defined once per page and drawn with `<use>` by every heading. */
const SYMBOLS: Record<string, string> = {
	link: '<path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/>',
	copy: '<rect x="9" y="9" width="13" height="13" rx="2"/><path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1"/>',
	markdown: '<rect x="2" y="5" width="20" height="14" rx="2"/><path d="M6 15V9l3 3 3-3v6"/><path d="M17 9v6m-2.5-2.5L17 15l2.5-2.5"/>',
	done: '<path d="M20 6 9 17l-5-5"/>',
};
export const ICON_SPRITE =
	`<svg class="hl-sprite" aria-hidden="true">` +
	Object.entries(SYMBOLS).map(([name, body]) => `<symbol id="hl-i-${name}" viewBox="0 0 24 24" ${STROKE}>${body}</symbol>`).join('') +
	`</svg>`;
const icon = (name: string, extra = '') => `<svg aria-hidden="true" width="16" height="16"${extra}><use href="#hl-i-${name}"/></svg>`;

function classes(node: Element): string[] {
	const c: unknown = node.properties.className;
	return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

/**
 * A heading's text as a reader would quote it: formulas as their TeX between dollars
 * (KaTeX renders both MathML and HTML, so plain text would say each symbol twice).
 */
export function headingText(node: Element | Root): string {
	let text = '';
	for (const child of node.children as RootContent[]) {
		if (child.type === 'text') text += child.value;
		else if (child.type === 'element') {
			if (classes(child).includes('katex')) {
				const tex = findTex(child);
				text += tex === undefined ? '' : `$${tex}$`;
			} else if (String(child.properties.ariaHidden) !== 'true') {
				text += headingText(child);
			}
		}
	}
	return text.replace(/\s+/g, ' ').trim();
}

function findTex(node: Element): string | undefined {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (child.tagName === 'annotation' && child.properties.encoding === 'application/x-tex') {
			return child.children.map((c) => (c.type === 'text' ? c.value : '')).join('').trim();
		}
		const found = findTex(child);
		if (found !== undefined) return found;
	}
	return undefined;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface HeadingInfo {
	id: string;
	level: number;
	text: string;
	start: number;
	end: number;
}

const HEADING_HTML = /<h([2-6])(\s[^>]*)?>[\s\S]*?<\/h\1\s*>/g;

/**
 * The linkable headings of a page, in document order: the `h2`–`h6` with an id between the start
 * of Starlight's `.sl-markdown-content` and the end of `<main>`. A scan rather than a full parse
 * (a page with many formulas takes ~100 ms to parse; the scan, under 1 ms): headings never nest,
 * and only each heading's own markup is parsed, for its text.
 */
export function linkableHeadings(html: string): HeadingInfo[] {
	const from = html.indexOf('sl-markdown-content');
	if (from < 0) return [];
	const mainEnd = html.lastIndexOf('</main>');
	const to = mainEnd < from ? html.length : mainEnd;
	const found: HeadingInfo[] = [];
	HEADING_HTML.lastIndex = from;
	for (let m = HEADING_HTML.exec(html); m && m.index < to; m = HEADING_HTML.exec(html)) {
		const id = /\sid="([^"]+)"/.exec(m[2] ?? '')?.[1];
		if (!id || id.startsWith('starlight__')) continue;
		const tree = fromHtml(m[0], { fragment: true });
		const heading = tree.children.find((c): c is Element => c.type === 'element');
		found.push({
			id: decodeEntities(id),
			level: Number(m[1]),
			text: heading ? headingText(heading) : '',
			start: m.index,
			end: m.index + m[0].length,
		});
	}
	return found;
}

const decodeEntities = (s: string) =>
	s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The controls that follow one heading. */
export function controlsHtml(heading: Pick<HeadingInfo, 'id' | 'text'>, lang: Lang): string {
	const t = LINK_UI[lang];
	const id = escapeAttr(heading.id);
	const text = escapeAttr(heading.text);
	const button = (kind: 'link' | 'markdown', label: string, title: string, done: string) =>
		`<button type="button" class="hl-copy" data-copy="${kind}" data-heading="${text}" data-done="${escapeAttr(done)}" data-failed="${escapeAttr(t.copyFailed)}" ` +
		`aria-label="${escapeAttr(label)}" title="${escapeAttr(title)}" hidden>${icon(kind === 'link' ? 'copy' : 'markdown')}${icon('done', ' class="hl-done"')}</button>`;
	return (
		`<span class="hl-controls" data-pagefind-ignore>` +
		`<a class="hl-anchor" href="#${id}" aria-label="${escapeAttr(t.anchorLabel(heading.text))}">${icon('link')}</a>` +
		button('link', t.copyLink(heading.text), t.copyLinkTitle, t.linkCopied) +
		button('markdown', t.copyMarkdown(heading.text), t.copyMarkdownTitle, t.markdownCopied) +
		`</span>`
	);
}

export interface HeadingControlsOptions {
	lang: Lang;
	/** Renamed headings of this page (see `moved.ts`). */
	aliases?: PageAliases;
}

/** The page's HTML with controls after every linkable heading and the anchors of renamed headings. */
export function addHeadingControls(html: string, { lang, aliases }: HeadingControlsOptions): string {
	// Once per page: a second pass (e.g. `astro dev` re-rendering) leaves the page as it is.
	if (!html.includes('sl-markdown-content') || html.includes('class="hl-heading')) return html;
	const headings = linkableHeadings(html);
	const edits: { at: number; text: string }[] = [];
	const aliasesOf = new Map<string, string[]>();
	for (const [oldId, newId] of Object.entries(aliases?.local ?? {})) {
		aliasesOf.set(newId, [...(aliasesOf.get(newId) ?? []), oldId]);
	}
	for (const h of headings) {
		const old = (aliasesOf.get(h.id) ?? []).map((a) => `<span id="${escapeAttr(a)}" class="hl-alias"></span>`).join('');
		edits.push({ at: h.start, text: `${old}<div class="hl-heading level-h${h.level}">` });
		edits.push({ at: h.end, text: `${controlsHtml(h, lang)}</div>` });
	}
	const moved = aliases?.moved ?? {};
	const bodyEnd = html.lastIndexOf('</body>') < 0 ? html.length : html.lastIndexOf('</body>');
	if (headings.length > 0) edits.push({ at: bodyEnd, text: ICON_SPRITE });
	if (Object.keys(moved).length > 0) {
		const json = JSON.stringify(moved).replace(/</g, '\\u003c');
		edits.push({ at: bodyEnd, text: `<script type="application/json" id="anchor-moves">${json}</script>` });
	}
	// From the end, so earlier offsets stay valid; of two edits at one offset, the later one first.
	const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.at - a.at || b.i - a.i);
	let out = html;
	for (const { at, text } of ordered) out = out.slice(0, at) + text + out.slice(at);
	return out;
}
