/**
 * The search box inside the dialog (src/components/Search.astro), over Pagefind's JS API instead of
 * its bundled UI (issue #19: 26 KiB less to open search). Loaded on intent, with the page's strings.
 * The query logic is ./query.ts; this file only draws it: a labelled search form, a status line
 * read by screen readers, results with their excerpt and up to 3 sections (Pagefind's sub-results),
 * «show more», and arrow keys between the box and the links.
 */
import type { Hit } from './query';
import { realMatch } from './text';
import { readVocabulary, type Vocabulary } from './vocabulary';

/** Pagefind's result and page data, the parts the box uses (https://pagefind.app/docs/api/). */
interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<{ url: string; excerpt: string; content: string; locations: number[]; meta: { title?: string }; sub_results?: { url: string; title: string; excerpt: string }[] }>;
}
interface Pagefind {
	options: (o: object) => Promise<void>;
	init: () => Promise<void>;
	search: (term: string) => Promise<{ results: PagefindResult[] }>;
}

/** Results drawn at once, and added by «show more». */
const PAGE = 5;
/** Sections shown under a result. */
const SUBS = 3;

export interface BoxOptions {
	/** The site's base path without its trailing slash (`''` at the root). */
	base: string;
	/** The page's strings: `placeholder`, `search_label`, and Pagefind's keys (`many_results`…). */
	t: Record<string, string>;
	/** Pagefind's ranking (src/site/search-weights.ts). */
	ranking: object;
}

/** Escapes text for HTML; Pagefind's excerpts are escaped already except for their `<mark>`. */
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
const excerptHtml = (s: string) => s.replace(/<(?!\/?mark>)/g, '&lt;');

/** Builds the box in `root`, ready to be typed in, and starts loading Pagefind. */
export function mountBox(root: HTMLElement, { base, t, ranking }: BoxOptions): HTMLInputElement {
	const fill = (key: string, term = '', count = 0) =>
		(t[key] ?? '').replace('[SEARCH_TERM]', term).replace('[DIFFERENT_TERM]', term).replace('[COUNT]', String(count));
	root.innerHTML = `<form role="search" class="sb-form" aria-label="${escape(t.search_label ?? '')}"><input type="search" class="sb-input" autocomplete="off" spellcheck="false" aria-label="${escape(t.placeholder ?? '')}" placeholder="${escape(t.placeholder ?? '')}"><button type="button" class="sb-clear" hidden>${escape(t.clear_search ?? '')}</button></form><p class="sb-status" role="status"></p><p class="sb-changed" hidden></p><ol class="sb-results"></ol><button type="button" class="sb-more" hidden>${escape(t.load_more ?? '')}</button>`;
	const $ = <T extends HTMLElement>(s: string) => root.querySelector<T>(s)!;
	const input = $<HTMLInputElement>('.sb-input');
	const [clear, status, changed, list, more] = ['.sb-clear', '.sb-status', '.sb-changed', '.sb-results', '.sb-more'].map((s) => $(s));

	// Pagefind loads while the box is already there: what is typed meanwhile is searched once it is ready.
	const ready = (async () => {
		const pagefind: Pagefind = await import(/* @vite-ignore */ `${base}/pagefind/pagefind.js`);
		// No worker: for an index this small the worker's 12 KiB cost more than the main-thread time it saves.
		await pagefind.options({ noWorker: true, baseUrl: `${base}/` });
		void pagefind.init();
		return pagefind;
	})();
	const lang = document.documentElement.lang || 'ru';
	let vocabulary: Promise<Vocabulary> | undefined;

	let current = 0;
	// Pagefind without its worker searches one query at a time: overlapping searches (one per word,
	// and a reader typing on) are queued, or they interfere and one never answers.
	let queue: Promise<unknown> = Promise.resolve();
	const serial = <T>(task: () => Promise<T>): Promise<T> => {
		const next = queue.then(task, task);
		queue = next.catch(() => undefined);
		return next;
	};
	// The ranking is set once the index is loaded and before the first search: given at init, Pagefind
	// sets it while a first search may already run, and that search can then never answer.
	void serial(async () => (await ready).options({ ranking }));
	// The query logic loads with the first query, not with the box: opening search stays small.
	let queryModule: Promise<typeof import('./query')> | undefined;
	let shown: PagefindResult[] = [];
	let drawn = 0;

	const draw = async (run: number) => {
		const next = shown.slice(drawn, drawn + PAGE);
		const pages = await serial(() => Promise.all(next.map((r) => r.data())));
		if (run !== current) return;
		drawn += next.length;
		list.insertAdjacentHTML(
			'beforeend',
			pages
				.map((p) => {
					const subs = (p.sub_results ?? []).filter((s) => s.url !== p.url && !s.url.endsWith('#_top')).slice(0, SUBS);
					return `<li class="sb-result"><a class="sb-link" href="${escape(p.url)}">${escape(p.meta.title ?? p.url)}</a><p class="sb-excerpt">${excerptHtml(p.excerpt)}</p>${
						subs.length ? `<ul class="sb-subs">${subs.map((s) => `<li><a class="sb-sub" href="${escape(s.url)}">${escape(s.title)}</a><p class="sb-excerpt">${excerptHtml(s.excerpt)}</p></li>`).join('')}</ul>` : ''
					}</li>`;
				})
				.join(''),
		);
		more.hidden = drawn >= shown.length;
	};

	const search = async () => {
		const run = ++current;
		const query = input.value.trim();
		clear.hidden = !query;
		if (!query) {
			list.innerHTML = status.textContent = '';
			changed.hidden = more.hidden = true;
			return;
		}
		status.textContent = fill('searching', query);
		vocabulary ??= fetch(`${base}/pagefind/vocabulary.${lang}.json`)
			.then((r) => r.json())
			.then(readVocabulary, () => readVocabulary(null));
		const byId = new Map<string, PagefindResult>();
		const lookup = async (term: string, loose = false): Promise<Hit[]> => {
			const results = await serial(async () => {
				// A newer query has started: stop this one (runQuery rejects, and it is ignored below).
				if (run !== current) throw new Error('superseded');
				const { results } = await (await ready).search(term);
				// One word: is what Pagefind matched on its best page that word, or a short prefix of it (./text.ts, realMatch)?
				if (results[0] && !term.includes(' ')) {
					const { content, locations } = await results[0].data();
					if (!realMatch(content.split(/[\r\n\s]+/g)[locations[0] ?? 0] ?? '', term, loose)) return [];
				}
				return results;
			});
			for (const r of results) byId.set(r.id, r);
			return results;
		};
		const { runQuery } = await (queryModule ??= import('./query'));
		let outcome: Awaited<ReturnType<typeof runQuery>>;
		try {
			outcome = await runQuery(query, lookup, await vocabulary);
		} catch (error) {
			if (run === current) throw error;
			return;
		}
		if (run !== current) return;
		shown = outcome.ids.map((id) => byId.get(id)!);
		drawn = 0;
		list.innerHTML = '';
		await draw(run);
		if (run !== current) return;
		const n = shown.length;
		status.textContent = fill(n === 0 ? 'zero_results' : n === 1 ? 'one_result' : 'many_results', query, n);
		changed.hidden = !outcome.replaced || n === 0;
		changed.textContent = fill('alt_search', outcome.searched);
	};

	input.addEventListener('input', () => void search());
	clear.addEventListener('click', () => {
		input.value = '';
		void search();
		input.focus();
	});
	more.addEventListener('click', () => void draw(current));
	root.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
	// Arrow keys walk the box and the links; Enter follows the focused link; Escape closes the dialog (native).
	root.addEventListener('keydown', (e) => {
		if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
		const stops = [input, ...root.querySelectorAll<HTMLElement>('.sb-results a')];
		const at = stops.indexOf(document.activeElement as HTMLElement);
		const to = stops[Math.min(stops.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))];
		if (to && to !== document.activeElement) {
			e.preventDefault();
			to.focus();
		}
	});
	if (input.value) void search();
	return input;
}
