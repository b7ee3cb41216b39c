import { LINK_UI } from '../i18n/links';
import type { Lang } from '../schemas/areas';

/**
 * A copy button on every code block of a page's text, added as a string edit of the rendered HTML
 * like the heading controls (`heading-controls.ts`), so the snippets on the pages need no change:
 *
 * ```html
 * <div class="code-block"><button type="button" class="code-copy" data-done="Код скопирован" … hidden>Копировать</button><pre class="astro-code" …>…</pre></div>
 * ```
 *
 * The button stays hidden until `heading-links.client.ts` runs (without JavaScript there is nothing
 * it could do), and that script copies the text of the `<pre>` beside it. Code blocks are the ones
 * Shiki renders (`pre.astro-code`) inside Starlight's `.sl-markdown-content`; a widget's own
 * preformatted text is not a snippet to copy.
 */

const PRE = /<pre class="astro-code[\s\S]*?<\/pre>/g;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The button that goes before one code block. */
export function codeCopyButton(lang: Lang): string {
	const t = LINK_UI[lang];
	return (
		`<button type="button" class="code-copy" data-pagefind-ignore data-done="${escapeAttr(t.codeCopied)}" ` +
		`data-failed="${escapeAttr(t.copyFailed)}" hidden>${escapeAttr(t.copyCode)}</button>`
	);
}

/** The page's HTML with every code block of its text wrapped together with a copy button. */
export function addCodeCopy(html: string, lang: Lang): string {
	const from = html.indexOf('sl-markdown-content');
	// Once per page: a second pass (`astro dev` re-rendering) leaves the page as it is.
	if (from < 0 || html.includes('class="code-copy"')) return html;
	const button = codeCopyButton(lang);
	return html.slice(0, from) + html.slice(from).replace(PRE, (pre) => `<div class="code-block">${button}${pre}</div>`);
}
