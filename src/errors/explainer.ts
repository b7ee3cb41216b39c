/**
 * The error page's explainer, loaded by ./page.client.ts when a reader first reaches for the box or
 * arrives with a message in the address: a message pasted or typed into the box is matched on every input
 * (./match.ts, linear in the paste and capped), and each known error found is explained with the
 * reader's own numbers (./i18n/meaning-<lang>.ts, loaded for the page's language only), followed by
 * the causes, the fix and the link to the math, copied from that error's section the build rendered.
 * A matrix product that fits the shapes widget gets a link that opens it on the same matrices.
 * Unknown text gets the closest known errors and a site search for its words.
 *
 * The pasted text is only ever put into the page as text (textContent, a textarea's value, a URL
 * parameter), never as HTML. The state is the text (or, for a long paste, the messages found in it)
 * in `?msg=`, so a link reproduces the explanation.
 */
import { openSearch } from '../links/open-search';
import { linkTo } from '../widgets/lib/url';
import type { ErrorId } from './catalogue';
import { closestErrors, matchErrors, MAX_URL_TEXT, searchWords, textForLink, type Found } from './match';
import { productShapes, shapesState } from './widget-link';
import { ERRORS_UI } from '../i18n/errors';
import { MSG_PARAM as PARAM } from './param';

type Meaning = Record<ErrorId, (facts: unknown) => string>;


function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
	const e = document.createElement(tag);
	if (cls) e.className = cls;
	if (text !== undefined) e.textContent = text;
	return e;
}

/** A copy of a part of an error's static section (its causes, fix, link to the math). */
function copyOf(id: ErrorId, selector: string): Node | undefined {
	return document.querySelector(`.err-entry[data-error="${id}"] ${selector}`)?.cloneNode(true);
}

/** Starts explaining the box of `root`; whatever is already typed in it is explained as soon as the words of the page's language have loaded. */
export function init(root: HTMLElement) {
	const lang = root.dataset.lang === 'en' ? 'en' : 'ru';
	const t = ERRORS_UI[lang];
	const box = root.querySelector<HTMLTextAreaElement>('textarea')!;
	const result = root.querySelector<HTMLElement>('.err-result')!;
	// The widget's page, namespace and largest size, written by the build from the widget's own modules.
	const shapesHref = new URL(root.dataset.shapesHref ?? '/', location.href).href;
	const shapesNs = root.dataset.shapesNs ?? '';
	const shapesMax = Number(root.dataset.shapesMax);
	let meaning: Meaning | undefined;

	function explainOne(f: Found): HTMLElement {
		const article = el('article', 'err-found');
		article.dataset.error = f.id;
		const title = document.getElementById(f.id)?.textContent ?? f.id;
		article.append(el('p', 'err-title', title));
		article.append(el('p', 'err-label', t.yourMessage));
		const pre = el('pre', 'err-yours');
		pre.append(el('code', '', f.text));
		article.append(pre);
		article.append(el('p', 'err-label', t.meaning));
		article.append(el('p', 'err-meaning', meaning ? meaning[f.id](f.facts) : ''));
		const shapes = productShapes(f);
		if (shapes) {
			const state = shapesState(...shapes, shapesMax);
			if (state) {
				const a = el('a', '', t.widget);
				a.href = linkTo(shapesHref, shapesNs, state);
				a.dataset.widgetLink = '';
				const p = el('p', 'err-widget');
				p.append(a);
				article.append(p);
			} else article.append(el('p', 'err-widget', t.widgetTooBig(shapesMax)));
		}
		for (const part of ['.err-causes', '.err-fix', '.err-topic']) {
			const copy = copyOf(f.id, part);
			if (copy) article.append(copy);
		}
		const more = el('p', 'err-more');
		const link = el('a', '', t.section);
		link.href = `#${f.id}`;
		more.append(link);
		article.append(more);
		return article;
	}

	function explainUnknown(text: string): HTMLElement[] {
		const out: HTMLElement[] = [el('p', 'err-unknown', t.unknown)];
		const near = closestErrors(text);
		if (near.length > 0) {
			out.push(el('p', 'err-label', t.closest));
			const list = el('ul', 'err-closest');
			for (const id of near) {
				const item = el('li', '');
				const a = el('a', '', document.getElementById(id)?.textContent ?? id);
				a.href = `#${id}`;
				item.append(a);
				list.append(item);
			}
			out.push(list);
		}
		const words = searchWords(text);
		if (words) {
			const button = el('button', 'err-search', `${t.search}: ${words}`);
			button.type = 'button';
			button.addEventListener('click', () => void openSearch(words));
			const p = el('p', '');
			p.append(button);
			out.push(p);
		}
		return out;
	}

	/** Explains the box's text and keeps it in the address. */
	function run() {
		const text = box.value;
		const url = new URL(location.href);
		if (!text.trim()) {
			result.hidden = true;
			result.replaceChildren();
			delete root.dataset.state;
			url.searchParams.delete(PARAM);
			history.replaceState(history.state, '', url);
			return;
		}
		const { found } = matchErrors(text);
		url.searchParams.set(PARAM, textForLink(text, found));
		history.replaceState(history.state, '', url);
		const parts: HTMLElement[] = found.length > 0 ? [el('p', 'err-count', t.found(found.length)), ...found.slice(0, 4).map(explainOne)] : explainUnknown(text);
		const share = el('a', 'err-share', t.link);
		share.href = url.href;
		const p = el('p', '');
		p.append(share);
		parts.push(p);
		result.replaceChildren(...parts);
		result.hidden = false;
		root.dataset.state = found.length > 0 ? found.map((f) => f.id).join(' ') : 'unknown';
	}

	box.addEventListener('input', run);

	void (lang === 'en' ? meaningEn() : meaningRu()).then((table) => {
		meaning = table as unknown as Meaning;
		// A link with a message: show its explanation; a reader who typed before the words arrived sees theirs redone.
		const fromLink = new URLSearchParams(location.search).get(PARAM);
		if (fromLink && !box.value) box.value = fromLink.slice(0, MAX_URL_TEXT);
		if (box.value) run();
		root.dataset.ready = '';
	});
}

// One function per language, so that each dynamic import gets its own preload list and a page fetches only its own table.
async function meaningEn() {
	return (await import('./i18n/meaning-en')).MEANING_EN;
}
async function meaningRu() {
	return (await import('./i18n/meaning-ru')).MEANING_RU;
}
