/**
 * A widget's state in the page address. Each widget owns the query parameters that start with its
 * namespace (`dl.k`, `dl.w`, …), so two widgets on one page never overwrite each other, and a link
 * keeps every other parameter (and the hash) as it was. Values are the raw texts of the widget's
 * fields: the same parsers that check typing check links, so a hostile link is refused the same way.
 */
import { MAX_TEXT } from '../../numbers/read';

/** The parameters of one namespace, without the prefix; over-long values are dropped unread. */
export function readState(search: string, ns: string, keys: readonly string[]): Record<string, string> {
	const out: Record<string, string> = {};
	// URLSearchParams never throws: a malformed escape such as `%E0%A4%A` decodes to U+FFFD.
	const params = new URLSearchParams(search.length > 20_000 ? '' : search);
	for (const key of keys) {
		const v = params.get(`${ns}.${key}`);
		if (v !== null && v.length <= MAX_TEXT) out[key] = v;
	}
	return out;
}

/** `href` with this namespace's parameters replaced by `state`; the rest of the address unchanged. */
export function linkTo(href: string, ns: string, state: Record<string, string>): string {
	const url = new URL(href);
	const params = new URLSearchParams(url.search);
	for (const key of [...params.keys()]) if (key.startsWith(`${ns}.`)) params.delete(key);
	for (const [key, v] of Object.entries(state)) params.set(`${ns}.${key}`, v);
	url.search = params.toString();
	return url.href;
}
