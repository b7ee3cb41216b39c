/**
 * Keeps an element where a jump put it. Blocks below the first screen skip rendering until they come
 * near (`content-visibility: auto`, site.css) and hold an estimated height until then; after a jump,
 * those just above the target render, take their real height and push the target down (Chrome's
 * scroll anchoring does not cover a jump's own first frames). So each time the content's height
 * changes, the target is scrolled back into place, until anything else scrolls the page (the reader,
 * find-in-page, a script): then the pin lets go. Used for in-page links (src/client/toc.ts) and for a
 * shared widget link landing on its widget (./widget-landing.ts).
 */
let target: Element | null = null;
let pinnedY = 0;
let watching = false;

function watch(): void {
	if (watching) return;
	watching = true;
	new ResizeObserver(() => {
		if (!target) return;
		// The content grew or shrank without a scroll: only then is the move ours to undo.
		if (Math.abs(window.scrollY - pinnedY) > 1) return void (target = null);
		target.scrollIntoView({ block: 'start' });
		pinnedY = window.scrollY;
	}).observe(document.querySelector('.sl-markdown-content') ?? document.body);
	// Wheel, touch and keys let go before their scroll lands (Enter on a link pins again with its click).
	for (const type of ['wheel', 'touchstart', 'keydown']) window.addEventListener(type, () => (target = null), { passive: true });
}

/** Holds `element` where the page now shows it (after the browser's own jump), or lets go with null. */
export function pinWhereItIs(element: Element | null): void {
	watch();
	target = element;
	pinnedY = window.scrollY;
}

/** Scrolls `element` to the top of the window and holds it there while the content above settles. */
export function scrollAndPin(element: Element): void {
	element.scrollIntoView({ block: 'start' });
	pinWhereItIs(element);
}
