import { closestPages, requestedSlug, searchWords, type PageRef } from './closest-pages';
import { readablePath, sameOriginFrom } from './requested';
import { parseSitePath } from './urls';
import { openSearch } from './open-search';
import { looksLikeError } from '../errors/looks-like';

/**
 * The 404 page in the browser. A host with a single 404 page (GitHub Pages) serves the Russian one
 * for every unknown address: an English address (`/en/…`) goes on to the English 404 page, which
 * puts the address the visitor asked for back in the address bar. Then: show that address, fill
 * the search box with its words, list the closest topics.
 */

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function isEnglish(pathname: string): boolean {
	const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
	return parseSitePath(rest).lang === 'en';
}

function run() {
	const root = document.querySelector<HTMLElement>('.not-found');
	if (!root) return;
	const lang = root.dataset.lang;
	let requested = location.pathname + location.search + location.hash;
	if (lang === 'ru' && isEnglish(location.pathname)) {
		location.replace(`${base}en/404/?from=${encodeURIComponent(requested)}`);
		return;
	}
	const from = sameOriginFrom(new URLSearchParams(location.search).get('from'), location.href, base);
	if (from) {
		requested = from;
		try {
			history.replaceState(null, '', from);
		} catch {
			// The address bar keeps the 404 page's own address; the page still shows what was asked for.
		}
	}
	const pathname = requested.split(/[?#]/)[0]!;
	const slug = requestedSlug(pathname, base);
	if (!slug || slug === '404') return; // the 404 page itself, opened on purpose

	root.querySelector('.nf-path')!.textContent = readablePath(pathname);
	root.querySelector<HTMLElement>('.nf-requested')!.hidden = false;

	const form = root.querySelector<HTMLFormElement>('.nf-search')!;
	const input = form.querySelector('input')!;
	input.value = searchWords(slug);
	form.hidden = false;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void openSearch(input.value);
	});

	// An address that reads like an error message (a search engine or a chat mangled it into a path): offer the error page with its words.
	const known = new Set(JSON.parse(root.querySelector('.nf-error-words')?.textContent ?? '[]') as string[]);
	const words = searchWords(slug);
	if (looksLikeError(words, known)) {
		const line = root.querySelector<HTMLElement>('.nf-errors')!;
		const link = line.querySelector('a')!;
		link.href = `${link.getAttribute('href')}?msg=${encodeURIComponent(words)}`;
		line.hidden = false;
	}

	const pages = JSON.parse(root.querySelector('.nf-pages')?.textContent ?? '[]') as (PageRef & { href: string })[];
	const closest = closestPages(slug, pages) as (PageRef & { href: string })[];
	if (closest.length === 0) return;
	const list = root.querySelector('.nf-closest ul')!;
	for (const page of closest) {
		const item = document.createElement('li');
		const link = document.createElement('a');
		link.href = page.href;
		link.textContent = page.title;
		item.append(link);
		list.append(item);
	}
	root.querySelector<HTMLElement>('.nf-closest')!.hidden = false;
}

run();
