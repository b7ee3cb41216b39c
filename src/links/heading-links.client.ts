/**
 * The copy controls next to every section heading (markup: `heading-controls.ts`) and on every code
 * block (`code-copy.ts`), the forwarding of renamed headings' old anchors to their new page, and
 * opening a widget's shared link at the widget (`widget-landing.ts`).
 * Vanilla, one listener, no framework; without it a heading still has its plain self-link and code
 * can still be selected by hand.
 */
import { decodeFragment, movedAnchorTarget } from './fragment';
import { landOnWidget } from './widget-landing';

/** The page's public address without a fragment: the canonical URL, so a copied link never says `localhost`. */
function pageUrl(): string {
	const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
	return (canonical || location.href).split('#')[0]!;
}

function pageTitle(): string {
	return document.querySelector<HTMLMetaElement>('meta[property="og:title"]')?.content || document.title;
}

/** Markdown link text escapes: a `]` or `[` in a title would end the link early. */
export function markdownLink(text: string, url: string): string {
	const label = text.replace(/([\\[\]])/g, '\\$1');
	const target = url.replace(/[()\s]/g, (c) => encodeURIComponent(c));
	return `[${label}](${target})`;
}

async function writeClipboard(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// Older browsers and non-secure origins: the selection-based copy still works.
		const area = document.createElement('textarea');
		area.value = text;
		area.setAttribute('readonly', '');
		area.style.position = 'fixed';
		area.style.opacity = '0';
		document.body.append(area);
		area.select();
		let ok = false;
		try {
			ok = document.execCommand('copy');
		} catch {
			ok = false;
		}
		area.remove();
		return ok;
	}
}

let status: HTMLElement | undefined;
/** A polite live region, so a screen reader hears "Link copied". */
function announce(message: string) {
	if (!status) {
		status = document.createElement('div');
		status.className = 'sr-only hl-status';
		status.setAttribute('role', 'status');
		document.body.append(status);
	}
	status.textContent = '';
	// A fresh text node after a tick is announced even when the same message repeats.
	setTimeout(() => (status!.textContent = message), 50);
}

/** Copies a code block's text, exactly as it reads, and marks the button done for two seconds. */
async function onCopyCode(button: HTMLButtonElement) {
	const code = button.parentElement?.querySelector('pre')?.textContent ?? '';
	if (await writeClipboard(code)) {
		// The label says it is done; the width is kept so the button does not jump under the pointer.
		const label = button.dataset.label ?? button.textContent ?? '';
		button.dataset.label = label;
		button.style.minWidth = `${button.offsetWidth}px`;
		button.dataset.state = 'done';
		button.textContent = button.dataset.done ?? '';
		announce(button.dataset.done ?? '');
		setTimeout(() => {
			delete button.dataset.state;
			button.textContent = label;
		}, 2000);
	} else {
		window.prompt(button.dataset.failed ?? '', code);
	}
}

async function onCopy(button: HTMLButtonElement) {
	const heading = button.closest('.hl-heading')?.querySelector('h2, h3, h4, h5, h6');
	const url = `${pageUrl()}#${heading?.id ?? ''}`;
	const text =
		button.dataset.copy === 'markdown'
			? markdownLink(`${pageTitle()} — ${button.dataset.heading ?? ''}`, url)
			: url;
	if (await writeClipboard(text)) {
		button.dataset.state = 'done';
		announce(button.dataset.done ?? '');
		setTimeout(() => delete button.dataset.state, 2000);
	} else {
		window.prompt(button.dataset.failed ?? '', text);
	}
}

function init() {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button.hl-copy, button.code-copy')) button.hidden = false;
	document.addEventListener('click', (event) => {
		const button = (event.target as Element | null)?.closest?.('button.hl-copy, button.code-copy');
		if (!(button instanceof HTMLButtonElement)) return;
		void (button.classList.contains('code-copy') ? onCopyCode(button) : onCopy(button));
	});
	followMovedAnchor();
	window.addEventListener('hashchange', followMovedAnchor);
	landOnWidget();
}

/** A heading that moved to another page: its old `#id` here forwards to the new address. */
function followMovedAnchor() {
	const id = decodeFragment(location.hash);
	if (!id || document.getElementById(id)) return;
	const target = movedAnchorTarget(id, document.getElementById('anchor-moves')?.textContent);
	if (target) location.replace(target);
}

init();
