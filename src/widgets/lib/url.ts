/**
 * A widget's state in the page address. Each widget owns the query parameters that start with its
 * namespace (`dl.k`, `dl.w`, …), so two widgets on one page never overwrite each other, and a link
 * keeps every other parameter (and the hash) as it was. Values are the raw texts of the widget's
 * fields: the same parsers that check typing check links, so a hostile link is refused the same way.
 */
import { MAX_TEXT } from '../../numbers/read';

/** A query longer than this is not read at all: no state of any widget needs a tenth of it. */
export const MAX_QUERY = 20_000;

/** The parameters of one namespace, without the prefix; over-long values are dropped unread. */
export function readState(search: string, ns: string, keys: readonly string[]): Record<string, string> {
	const out: Record<string, string> = {};
	// URLSearchParams never throws: a malformed escape such as `%E0%A4%A` decodes to U+FFFD.
	const params = new URLSearchParams(search.length > MAX_QUERY ? '' : search);
	for (const key of keys) {
		const v = params.get(`${ns}.${key}`);
		if (v !== null && v.length <= MAX_TEXT) out[key] = v;
	}
	return out;
}

/**
 * Whether the address carried a state for this namespace that {@link readState} dropped for its
 * length (a value over MAX_TEXT, or a query over MAX_QUERY that names the namespace), so the widget
 * can say the link was refused instead of silently showing its defaults.
 */
export function linkTooLong(search: string, ns: string, keys: readonly string[]): boolean {
	if (search.length > MAX_QUERY) return search.includes(`${ns}.`);
	const params = new URLSearchParams(search);
	return keys.some((key) => (params.get(`${ns}.${key}`)?.length ?? 0) > MAX_TEXT);
}

/**
 * `href` with this namespace's parameters replaced by `state` and no fragment (the section the sharer
 * last clicked): a link with a widget's state opens at that widget (src/links/widget-landing.ts).
 * A widget with an anchor of its own passes it as `hash`, and the link names it.
 */
export function linkTo(href: string, ns: string, state: Record<string, string>, hash = ''): string {
	const url = new URL(href);
	url.hash = hash;
	const params = new URLSearchParams(url.search);
	for (const key of [...params.keys()]) if (key.startsWith(`${ns}.`)) params.delete(key);
	for (const [key, v] of Object.entries(state)) params.set(`${ns}.${key}`, v);
	url.search = params.toString();
	return url.href;
}
