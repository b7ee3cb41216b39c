import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { openSearch, typeQuery } from '../helpers/site-search';
import ru from '../../content/i18n/ru.json';
import en from '../../content/i18n/en.json';
import { QUESTIONS } from './search-questions';

/**
 * Realistic queries, each with the topic a reader means (or the few topics that equally answer it).
 * Written before looking at what search returns, and kept whether they pass or not: questions,
 * synonyms and other names, short forms, English jargon typed on Russian pages, Russian on English
 * pages, ё typed as е, and typos. The examples of issue #18 come first.
 */
const QUERIES: readonly { lang: 'ru' | 'en'; q: string; topic: string | readonly string[] }[] = [
	// Issue #18's examples, measured on the built site.
	{ lang: 'ru', q: 'цепное правило', topic: 'calculus/chain-rule' },
	{ lang: 'ru', q: 'кросс энтропия', topic: 'probability/entropy-and-cross-entropy' },
	{ lang: 'ru', q: 'механизм внимания', topic: 'neural-networks/attention' },
	{ lang: 'ru', q: 'производная произведения', topic: 'calculus/differentiation-rules' },
	{ lang: 'ru', q: 'как считать градиент', topic: 'calculus/gradient' },
	{ lang: 'ru', q: 'двухслойная сеть', topic: ['neural-networks/backpropagation', 'neural-networks/backprop-matrix-form'] },
	{ lang: 'ru', q: 'матрицы с нуля', topic: 'linear-algebra/matrices' },
	{ lang: 'ru', q: 'градиэнт', topic: 'calculus/gradient' },
	// Other names and short forms.
	{ lang: 'ru', q: 'backprop', topic: 'neural-networks/backpropagation' },
	{ lang: 'ru', q: 'бэкпроп', topic: 'neural-networks/backpropagation' },
	{ lang: 'ru', q: 'SGD', topic: 'neural-networks/training-loop' },
	{ lang: 'ru', q: 'ReLU', topic: 'neural-networks/activation-functions' },
	{ lang: 'ru', q: 'матрица Якоби', topic: 'calculus/jacobian-and-matrix-calculus' },
	{ lang: 'ru', q: 'производная сложной функции', topic: 'calculus/chain-rule' },
	{ lang: 'ru', q: 'перекрестная энтропия', topic: 'probability/entropy-and-cross-entropy' },
	{ lang: 'ru', q: 'KL дивергенция', topic: 'probability/entropy-and-cross-entropy' },
	{ lang: 'ru', q: 'матожидание', topic: 'probability/expectation-and-variance' },
	{ lang: 'ru', q: 'теорема Байеса', topic: 'probability/bayes-rule' },
	{ lang: 'ru', q: 'правдоподобие', topic: 'probability/maximum-likelihood' },
	{ lang: 'ru', q: 'распределение Гаусса', topic: 'probability/normal-distribution' },
	{ lang: 'ru', q: 'сингулярное разложение', topic: 'linear-algebra/eigenvectors-and-svd' },
	{ lang: 'ru', q: 'собственные значения', topic: 'linear-algebra/eigenvectors-and-svd' },
	{ lang: 'ru', q: 'бродкастинг', topic: 'linear-algebra/tensors-and-broadcasting' },
	{ lang: 'ru', q: 'сверточная сеть', topic: 'neural-networks/convolution' },
	{ lang: 'ru', q: 'сигмоида', topic: 'neural-networks/activation-functions' },
	{ lang: 'ru', q: 'софтмакс', topic: 'neural-networks/softmax' },
	{ lang: 'ru', q: 'дропаут', topic: 'neural-networks/regularization' },
	{ lang: 'ru', q: 'переобучение', topic: 'neural-networks/regularization' },
	{ lang: 'ru', q: 'инициализация Ксавье', topic: 'neural-networks/weight-initialization' },
	{ lang: 'ru', q: 'оптимизатор Adam', topic: 'neural-networks/optimizers' },
	{ lang: 'ru', q: 'линейный слой', topic: 'neural-networks/dense-layer' },
	{ lang: 'ru', q: 'перцептрон', topic: 'neural-networks/neuron' },
	{ lang: 'ru', q: 'численная проверка градиента', topic: 'neural-networks/gradient-checking' },
	{ lang: 'ru', q: 'евклидово расстояние', topic: 'linear-algebra/norms-and-distances' },
	{ lang: 'ru', q: 'транспонированная матрица', topic: 'linear-algebra/transpose' },
	{ lang: 'ru', q: 'знак суммы', topic: 'foundations/summation' },
	{ lang: 'ru', q: 'мини-батч', topic: 'neural-networks/training-loop' },
	// Questions.
	{ lang: 'ru', q: 'что такое производная', topic: 'calculus/derivative' },
	{ lang: 'ru', q: 'как работает градиентный спуск', topic: 'calculus/gradient-descent' },
	{ lang: 'ru', q: 'как найти обратную матрицу', topic: 'linear-algebra/determinant-and-inverse' },
	{ lang: 'ru', q: 'как умножать матрицы', topic: 'linear-algebra/matrix-multiplication' },
	// English jargon typed on Russian pages.
	{ lang: 'ru', q: 'chain rule', topic: 'calculus/chain-rule' },
	{ lang: 'ru', q: 'dot product', topic: 'linear-algebra/dot-product' },
	{ lang: 'ru', q: 'cross entropy', topic: 'probability/entropy-and-cross-entropy' },
	{ lang: 'ru', q: 'gradient descent', topic: 'calculus/gradient-descent' },
	{ lang: 'ru', q: 'learning rate', topic: ['calculus/gradient-descent', 'neural-networks/training-loop'] },
	{ lang: 'ru', q: 'attention', topic: 'neural-networks/attention' },
	{ lang: 'ru', q: 'eigenvalues', topic: 'linear-algebra/eigenvectors-and-svd' },
	// Typos.
	{ lang: 'ru', q: 'обратное распостранение', topic: 'neural-networks/backpropagation' },
	{ lang: 'ru', q: 'производня', topic: 'calculus/derivative' },
	{ lang: 'ru', q: 'градиентый спуск', topic: 'calculus/gradient-descent' },
	{ lang: 'ru', q: 'транспонирывание', topic: 'linear-algebra/transpose' },
	// English pages.
	{ lang: 'en', q: 'backprop', topic: 'neural-networks/backpropagation' },
	{ lang: 'en', q: 'chain rule', topic: 'calculus/chain-rule' },
	{ lang: 'en', q: 'how to compute the gradient', topic: 'calculus/gradient' },
	{ lang: 'en', q: 'jacobian matrix', topic: 'calculus/jacobian-and-matrix-calculus' },
	{ lang: 'en', q: 'relu', topic: 'neural-networks/activation-functions' },
	{ lang: 'en', q: 'sgd', topic: 'neural-networks/training-loop' },
	{ lang: 'en', q: 'self-attention', topic: 'neural-networks/attention' },
	{ lang: 'en', q: 'product rule', topic: 'calculus/differentiation-rules' },
	{ lang: 'en', q: 'cross entropy loss', topic: ['neural-networks/loss-functions', 'probability/entropy-and-cross-entropy'] },
	{ lang: 'en', q: 'svd', topic: 'linear-algebra/eigenvectors-and-svd' },
	{ lang: 'en', q: 'bayes theorem', topic: 'probability/bayes-rule' },
	{ lang: 'en', q: 'mle', topic: 'probability/maximum-likelihood' },
	{ lang: 'en', q: 'gaussian distribution', topic: 'probability/normal-distribution' },
	{ lang: 'en', q: 'expected value', topic: 'probability/expectation-and-variance' },
	{ lang: 'en', q: 'xavier initialization', topic: 'neural-networks/weight-initialization' },
	{ lang: 'en', q: 'sigma notation', topic: 'foundations/summation' },
	{ lang: 'en', q: 'taylor expansion', topic: 'calculus/taylor-series' },
	{ lang: 'en', q: 'numpy broadcasting', topic: 'linear-algebra/tensors-and-broadcasting' },
	{ lang: 'en', q: 'cnn', topic: 'neural-networks/convolution' },
	{ lang: 'en', q: 'two-layer network', topic: ['neural-networks/backpropagation', 'neural-networks/backprop-matrix-form'] },
	{ lang: 'en', q: 'gradient decent', topic: 'calculus/gradient-descent' },
	{ lang: 'en', q: 'derivitive', topic: 'calculus/derivative' },
	{ lang: 'en', q: 'градиент', topic: 'calculus/gradient' },
	{ lang: 'en', q: 'цепное правило', topic: 'calculus/chain-rule' },
];

/** Top-3 share required (issue #18, and issue #22 for its set). */
const REQUIRED = 0.9;

/**
 * Issue #22's set (./search-questions.ts) failing on the build measured (lang «query»): the test
 * reports them, counts them against the threshold, and fails when a query not listed here fails.
 * What is left needs slang and phrasings no page uses.
 */
const KNOWN_FAILURES: readonly string[] = [
	// Slang and a phrasing no page uses («non linearity» as two words; the pages say «nonlinearity»).
	// (The five symbol-name queries that were here pass since the symbols' names are on the pages.)
	'ru «логлосс»',
	'en «why do we need non linearity in neural network»',
];

let browser: Browser;
const site = inject('siteUrl');

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The topic id a result link points at (`/en/calculus/gradient/#x` → `calculus/gradient`), or the path for other pages. */
function topicOf(href: string): string {
	const path = new URL(href, site).pathname.replace(/^\/(en\/)?/, '').replace(/\/$/, '');
	return path || '(home)';
}

/** The «searching…» lines the dialog may show while it works, in the page's language and Pagefind's English default. */
const SEARCHING = [ru['pagefind.searching'], en['pagefind.searching'], 'Searching for [SEARCH_TERM]...'].filter(Boolean) as string[];

/**
 * Titles that another topic outranks (lang «title» → the topic shown first). Issue #22's query module
 * ranks a page whose title or other name is the whole query first, which fixed the two listed here
 * before («Градиент», "Backpropagation"); the test fails when one joins.
 */
const TITLE_NOT_FIRST: readonly string[] = [];

/** A search box per language, each opened once on that language's home page and reused query after query. */
function searchBoxes() {
	const pages: Partial<Record<'ru' | 'en', Page>> = {};
	return async (lang: 'ru' | 'en', query: string) => {
		let page = pages[lang];
		if (!page) {
			page = pages[lang] = await browser.newPage();
			await page.goto(`${site}${lang === 'en' ? '/en/' : '/'}`);
			await openSearch(page);
		}
		return typeQuery(page, query, SEARCHING);
	};
}

/** Every topic page's title, from its frontmatter: `[lang, topic id, title]`. */
function topicTitles(): [ 'ru' | 'en', string, string][] {
	const topics = readdirSync('content/topics', { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => f.replace(/\.yaml$/, ''));
	return (['ru', 'en'] as const).flatMap((lang) =>
		topics.map((id): ['ru' | 'en', string, string] => {
			const mdx = readFileSync(`content/docs/${lang === 'en' ? 'en/' : ''}${id}.mdx`, 'utf8');
			const title = /^title:\s*(.+)$/m.exec(mdx)![1]!.trim().replace(/^(["'])(.*)\1$/, '$2');
			return [lang, id, title];
		}),
	);
}

describe('search finds what people type', () => {
	test('a topic\'s exact title finds that topic first, in both languages', { timeout: 600_000 }, async () => {
		const titles = topicTitles();
		expect(titles.length).toBeGreaterThan(90);
		const search = searchBoxes();
		const failures: string[] = [];
		for (const [lang, id, title] of titles) {
			const first = (await search(lang, title))[0];
			if (!first || topicOf(first.href) !== id) failures.push(`${lang} «${title}» → ${first ? topicOf(first.href) : 'nothing'}`);
		}
		expect(failures).toEqual(TITLE_NOT_FIRST);
	});

	test(`the right topic is in the top 3 for at least ${REQUIRED * 100} % of ${QUERIES.length} queries`, { timeout: 600_000 }, async () => {
		const search = searchBoxes();
		const failures: string[] = [];
		for (const { lang, q, topic } of QUERIES) {
			const results = await search(lang, q);
			const top = results.slice(0, 3).map((r) => topicOf(r.href));
			const wanted = typeof topic === 'string' ? [topic] : topic;
			if (!top.some((t) => wanted.includes(t))) failures.push(`${lang} «${q}» → wanted ${wanted.join(' or ')}, got [${top.join(', ') || 'nothing'}]`);
		}
		const share = 1 - failures.length / QUERIES.length;
		console.log(`search: ${QUERIES.length - failures.length}/${QUERIES.length} queries (${(share * 100).toFixed(1)} %) have the right topic in the top 3`);
		if (failures.length) console.log(`failures:\n  ${failures.join('\n  ')}`);
		expect(share, failures.join('\n')).toBeGreaterThanOrEqual(REQUIRED);
	});

	test(`issue #22: the right topic in the top 3 for ≥ ${REQUIRED * 100} % of ${QUESTIONS.length} forum questions, none empty`, { timeout: 900_000 }, async () => {
		expect(QUESTIONS.filter((q) => q.lang === 'ru').length).toBeGreaterThanOrEqual(55);
		expect(QUESTIONS.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(25);
		const search = searchBoxes();
		const failures: string[] = [];
		const details: string[] = [];
		const empty: string[] = [];
		for (const { lang, q, topic } of QUESTIONS) {
			const results = await search(lang, q);
			if (results.length === 0) empty.push(`${lang} «${q}»`);
			const top = results.slice(0, 3).map((r) => topicOf(r.href));
			const wanted = [topic].flat();
			if (!top.some((t) => wanted.includes(t))) {
				failures.push(`${lang} «${q}»`);
				details.push(`${lang} «${q}» → wanted ${wanted.join(' or ')}, got [${top.join(', ') || 'nothing'}]`);
			}
		}
		const share = 1 - failures.length / QUESTIONS.length;
		console.log(`issue #22 set: ${QUESTIONS.length - failures.length}/${QUESTIONS.length} (${(share * 100).toFixed(1)} %) right topic in the top 3, ${empty.length} empty`);
		if (details.length) console.log(`failing (known failures are listed in KNOWN_FAILURES):\n  ${details.join('\n  ')}`);
		const fixed = KNOWN_FAILURES.filter((k) => !failures.includes(k));
		if (fixed.length) console.log(`known failures that pass now (remove them from KNOWN_FAILURES):\n  ${fixed.join('\n  ')}`);
		expect(empty).toEqual([]);
		expect(failures.filter((f) => !KNOWN_FAILURES.includes(f)), 'queries failing that are not known failures').toEqual([]);
		expect(share).toBeGreaterThanOrEqual(REQUIRED);
	});
});
