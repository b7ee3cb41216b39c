import { closestPages, requestedSlug, searchWords, type PageRef } from './closest-pages';
import { readablePath, sameOriginFrom } from './requested';
import { parseSitePath } from './urls';

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

/** Opens the site's search dialog (src/components/Search.astro) with a query typed in. */
async function openSearch(query: string) {
	document.querySelector<HTMLButtonElement>('nn-search button[data-open-modal]')?.click();
	// The search box (src/search/box.ts) is loaded when the dialog first opens: wait for its input.
	for (let i = 0; i < 200; i++) {
		const input = document.querySelector<HTMLInputElement>('#nn-search input');
		if (input) {
			input.value = query;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			input.focus();
			return;
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
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
