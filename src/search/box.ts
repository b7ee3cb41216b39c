/**
 * The search box inside the dialog (src/components/Search.astro), over Pagefind's JS API instead of
 * its bundled UI (issue #19: 26 KiB less to open search). Loaded on intent, with the page's strings.
 * The query logic is ./query.ts; this file only draws it: a labelled search form, a status line
 * read by screen readers, results with their excerpt and up to 3 sections (built for the results
 * shown only, ./excerpt.ts),
 * «show more», and arrow keys between the box and the links. A query that reads like an error message
 * gets the known error's explanation above the results (./error-query.ts, ./error-answer.ts).
 */
import type { ErrorAnswer } from './error-answer';
import type { Fragment, Shown } from './excerpt';
import type { Hit } from './query';
import { realMatch } from './text';
import { readVocabulary, type Vocabulary } from './vocabulary';

/** Pagefind's result and page data, the parts the box uses (https://pagefind.app/docs/api/). */
interface PagefindResult {
	id: string;
	score: number;
	/** Where the query's words are on the page, as indexes into its words. */
	words: number[];
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
	/** The error page of the page's language, with the base (`/errors/`, `/en/errors/`): a query that reads like an error message links there. */
	errorsHref: string;
}

/** Escapes text for HTML; Pagefind's excerpts are escaped already except for their `<mark>`. */
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
const excerptHtml = (s: string) => s.replace(/<(?!\/?mark>)/g, '&lt;');

/** Builds the box in `root`, ready to be typed in, and starts loading Pagefind. */
export function mountBox(root: HTMLElement, { base, t, ranking, errorsHref }: BoxOptions): HTMLInputElement {
	const fill = (key: string, term = '', count = 0) =>
		(t[key] ?? '').replace('[SEARCH_TERM]', term).replace('[DIFFERENT_TERM]', term).replace('[COUNT]', String(count));
	root.innerHTML = `<form role="search" class="sb-form" aria-label="${escape(t.search_label ?? '')}"><input type="search" class="sb-input" autocomplete="off" spellcheck="false" aria-label="${escape(t.placeholder ?? '')}" placeholder="${escape(t.placeholder ?? '')}"><button type="button" class="sb-clear" hidden>${escape(t.clear_search ?? '')}</button></form><p class="sb-status" role="status"></p><p class="sb-changed" hidden></p><div class="sb-error" hidden></div><ol class="sb-results"></ol><button type="button" class="sb-more" hidden>${escape(t.load_more ?? '')}</button>`;
	const $ = <T extends HTMLElement>(s: string) => root.querySelector<T>(s)!;
	const input = $<HTMLInputElement>('.sb-input');
	const [clear, status, changed, errorBox, list, more] = ['.sb-clear', '.sb-status', '.sb-changed', '.sb-error', '.sb-results', '.sb-more'].map((s) => $(s));

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
	let excerptModule: Promise<typeof import('./excerpt')> | undefined;
	let shown: PagefindResult[] = [];
	let drawn = 0;

	/** A page's fragment (the file Pagefind itself reads) and its words as Pagefind numbers them (its results' `words` index them). */
	type Page = { fragment: Fragment; words: string[] };
	const splitWords = (content: string) => content.replace(/\u200B/g, '').split(/[^\S\uFEFF]+/g);
	const fragments = new Map<string, Promise<Page | undefined>>();
	/** Fetched and unpacked once per page; `undefined` on any surprise (a future Pagefind grouping fragments), and Pagefind's data() serves instead. */
	const pageOf = (r: PagefindResult): Promise<Page | undefined> => {
		let page = fragments.get(r.id);
		if (!page) {
			page = fetch(`${base}/pagefind/fragment/${r.id}.pf_fragment`)
				.then(async (response) => {
					if (!response.ok) throw new Error(`${response.status}`);
					const blob = await response.blob();
					const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
					// Pagefind writes fragments gzipped; a host may already have unpacked one (Content-Encoding).
					const text = head[0] === 0x1f && head[1] === 0x8b ? await new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text() : await blob.text();
					const fragment = JSON.parse(text.replace(/^pagefind_dcd/, '')) as Fragment;
					if (typeof fragment.content !== 'string' || !Array.isArray(fragment.anchors)) throw new Error('not a fragment');
					return { fragment, words: splitWords(fragment.content) };
				})
				.catch(() => undefined);
			fragments.set(r.id, page);
		}
		return page;
	};

	/**
	 * The next results, drawn. Their excerpts are built here, for the results shown and the sections
	 * shown only (./excerpt.ts), and not at all once a newer query has started; Pagefind's data(),
	 * which builds one for every section of a page, serves only a page whose fragment could not be read.
	 */
	const draw = async (run: number) => {
		const next = shown.slice(drawn, drawn + PAGE);
		const [{ shownResult }, pages] = await Promise.all([(excerptModule ??= import('./excerpt')), Promise.all(next.map(pageOf))]);
		if (run !== current) return;
		const results = await Promise.all(
			next.map(async (r, i): Promise<Shown> => {
				const page = pages[i];
				if (page) return shownResult(page.fragment, page.words, r.words, base, SUBS);
				const p = await serial(() => r.data());
				const subs = (p.sub_results ?? []).filter((s) => s.url !== p.url && !s.url.endsWith('#_top')).slice(0, SUBS);
				return { url: p.url, title: p.meta.title ?? p.url, excerpt: excerptHtml(p.excerpt), subs: subs.map((s) => ({ ...s, excerpt: excerptHtml(s.excerpt) })) };
			}),
		);
		if (run !== current) return;
		drawn += next.length;
		list.insertAdjacentHTML(
			'beforeend',
			results
				.map(
					(p) =>
						`<li class="sb-result"><a class="sb-link" href="${escape(p.url)}">${escape(p.title)}</a><p class="sb-excerpt">${p.excerpt}</p>${
							p.subs.length ? `<ul class="sb-subs">${p.subs.map((s) => `<li><a class="sb-sub" href="${escape(s.url)}">${escape(s.title)}</a><p class="sb-excerpt">${s.excerpt}</p></li>`).join('')}</ul>` : ''
						}</li>`,
				)
				.join(''),
		);
		more.hidden = drawn >= shown.length;
	};

	// The query last searched: a keystroke that leaves it as it was (a space at its end) redraws nothing.
	let searchedFor = '';
	const search = async () => {
		const query = input.value.trim();
		if (query === searchedFor) return;
		searchedFor = query;
		const run = ++current;
		clear.hidden = !query;
		if (!query) {
			list.innerHTML = status.textContent = '';
			changed.hidden = more.hidden = errorBox.hidden = true;
			return;
		}
		status.textContent = fill('searching', query);
		vocabulary ??= fetch(`${base}/pagefind/vocabulary.${lang}.json`)
			.then((r) => r.json())
			.then(readVocabulary, () => readVocabulary(null));
		void vocabulary.then((v) => showError(run, query, v));
		const byId = new Map<string, PagefindResult>();
		const lookup = async (term: string, loose = false): Promise<Hit[]> => {
			const results = await serial(async () => {
				// A newer query has started: stop this one (runQuery rejects, and it is ignored below).
				if (run !== current) throw new Error('superseded');
				return (await (await ready).search(term)).results;
			});
			// One word: is what Pagefind matched on its best page that word, or a short prefix of it (./text.ts, realMatch)?
			// Read from the page's words, not its data(): that builds an excerpt for every section, the main cost of a keystroke.
			const top = results[0];
			if (top && !term.includes(' ')) {
				const words = (await pageOf(top))?.words ?? splitWords((await serial(() => top.data())).content);
				if (run !== current) throw new Error('superseded');
				if (!realMatch(words[top.words[0] ?? 0] ?? '', term, loose)) return [];
			}
			for (const r of results) byId.set(r.id, r);
			return results;
		};
		excerptModule ??= import('./excerpt');
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

	/**
	 * Above the results, for a query that reads like an error message: the known error it is, or a
	 * link that opens the error page on it. The catalogue and one language's words load only then.
	 */
	// Like the query logic, the test loads with the first query, not with the box.
	let errorQueryModule: Promise<typeof import('./error-query')> | undefined;
	const showError = async (run: number, query: string, v: Vocabulary) => {
		const { errorQuery } = await (errorQueryModule ??= import('./error-query'));
		const kind = errorQuery(query, v.errorWords);
		let answer: ErrorAnswer | undefined;
		let ui: { searchKnown: string; searchOffer: string } | undefined;
		if (kind !== 'none') {
			const m = await (lang === 'en' ? errorsEn() : errorsRu());
			answer = m.answer(query, errorsHref, kind === 'offer');
			ui = m.ui;
		}
		if (run !== current) return;
		errorBox.hidden = !answer;
		errorBox.innerHTML =
			answer?.kind === 'known'
				? `<p class="sb-error-kind">${escape(ui!.searchKnown)}</p><a class="sb-link" href="${escape(answer.href)}">${escape(answer.title)}</a><p class="sb-excerpt">${escape(answer.meaning)}</p>`
				: answer
					? `<a class="sb-error-offer" href="${escape(answer.href)}">${escape(ui!.searchOffer)}</a>`
					: '';
		if (answer) errorBox.dataset.error = answer.kind === 'known' ? answer.id : '';
		else delete errorBox.dataset.error;
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
		const stops = [input, ...root.querySelectorAll<HTMLElement>('.sb-error:not([hidden]) a, .sb-results a')];
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

// One function per language, so that each dynamic import gets its own preload list and a page fetches
// only its own words (as src/errors/explainer.ts does).
function errorsEn() {
	return import('./error-answer-en');
}
function errorsRu() {
	return import('./error-answer-ru');
}
