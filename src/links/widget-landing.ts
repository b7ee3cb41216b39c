/**
 * A link that carries a widget's state (`?dv.f=sigmoid…`, written by the widget's «Скопировать
 * ссылку») opens at that widget, not at the top of a long page. Each widget's share control names its
 * namespace in `data-share-ns` in the server's HTML, so this needs no widget code: the page script
 * scrolls to the first widget whose namespace the address carries. An address with a fragment is
 * left to the browser: the reader asked for that section.
 */
import { scrollAndPin } from './scroll-pin';

/** The namespace of the first widget, in page order, whose state the query carries, if any. */
export function landingNamespace(search: string, namespaces: readonly string[]): string | undefined {
	if (search.length < 2 || search.length > 20_000) return undefined;
	const keys = [...new URLSearchParams(search).keys()];
	return namespaces.find((ns) => keys.some((k) => k.startsWith(`${ns}.`)));
}

/** Scrolls to the widget a shared link is about (called once the page's HTML is parsed). */
export function landOnWidget(): void {
	if (location.hash) return;
	const shares = [...document.querySelectorAll<HTMLElement>('[data-share-ns]')];
	const ns = landingNamespace(location.search, shares.map((s) => s.dataset.shareNs ?? ''));
	const target = shares.find((s) => s.dataset.shareNs === ns)?.closest('.widget');
	// Held there while the blocks above, which skip rendering until near, take their real height.
	if (target) scrollAndPin(target);
}
