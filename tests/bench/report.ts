/** The benchmark's table: Markdown, printed to stdout and pasted into README.md with `--readme`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type Section } from './util';

export interface Results {
	build: Section;
	pages: Section;
	search: Section;
	lighthouse: Section;
	core_vs_tfjs: Section;
	widgets: Section;
	/** The placement test on synthetic learners: `accuracy` (share of topics placed right, 0–1) and `questions` (mean asked). */
	placement: Section;
}

const PAGE_ROWS = ['home', 'roadmap', 'text_topic', 'math_topic', 'widget_topic', 'search_opened'];

interface Column {
	/** Key suffix: the value of row `r` is `section[`${r}_${suffix}`]` (or `section[r]` for `''`). */
	suffix: string;
	label: string;
	format?: (x: number) => string;
}

const KiB = (x: number) => (x / 1024).toFixed(1);
const int = (x: number) => String(Math.round(x));
const fixed = (d: number) => (x: number) => x.toFixed(d);
const plain = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
	return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** A matrix of `rows × columns` from a flat section; keys it does not use are returned for a plain list. */
function matrix(section: Section, rowNames: readonly string[], columns: readonly Column[], rowLabel: string): { text: string; used: Set<string> } {
	const used = new Set<string>();
	const rows = rowNames
		.filter((r) => columns.some((c) => (c.suffix ? `${r}_${c.suffix}` : r) in section))
		.map((r) => [
			r,
			...columns.map((c) => {
				const key = c.suffix ? `${r}_${c.suffix}` : r;
				if (!(key in section)) return '—';
				used.add(key);
				return (c.format ?? plain)(section[key]!);
			}),
		]);
	return { text: rows.length === 0 ? '' : table([rowLabel, ...columns.map((c) => c.label)], rows), used };
}

function rest(section: Section, used: Set<string>): string {
	const keys = Object.keys(section).filter((k) => !used.has(k));
	return keys.length === 0 ? '' : table(['metric', 'value'], keys.map((k) => [k, plain(section[k]!)]));
}

/** Row names of a section: the prefixes before one of the given column suffixes, in key order. */
function rowsOf(section: Section, suffixes: readonly string[]): string[] {
	const rows: string[] = [];
	for (const key of Object.keys(section)) {
		const suffix = suffixes.find((s) => key.endsWith(`_${s}`));
		if (suffix) {
			const row = key.slice(0, -(suffix.length + 1));
			if (!rows.includes(row)) rows.push(row);
		}
	}
	return rows;
}

/** The Markdown tables of the results; `only` limits them to some sections (a partial run). */
export function renderTables(r: Results, only?: readonly (keyof Results)[]): string {
	const parts: string[] = [];
	const add = (title: string, note: string, section: Section, matrices: { text: string; used: Set<string> }[]) => {
		if (only && !only.some((key) => r[key] === section)) return;
		const used = new Set(matrices.flatMap((m) => [...m.used]));
		const body = [...matrices.map((m) => m.text), rest(section, used)].filter(Boolean).join('\n\n');
		parts.push(`**${title}** (${note})\n\n${body || '_not measured_'}`);
	};
	const scales = ['x1', 'x5', 'x10'];

	add('Build', 'production `astro build` of the site (x1) and of copies with ×5 and ×10 as many topics; the fastest of its builds; CPU s = user + system of the build and its children; per added page: since the row above', r.build, [
		matrix(r.build, scales, [
			{ suffix: 'topics', label: 'topics', format: int },
			{ suffix: 'pages', label: 'pages', format: int },
			{ suffix: 'pages_ratio', label: 'pages ×', format: fixed(2) },
			{ suffix: 'builds', label: 'builds', format: int },
			{ suffix: 'total_s', label: 'build s', format: fixed(1) },
			{ suffix: 'time_ratio', label: 'build ×', format: fixed(2) },
			{ suffix: 'cpu_s', label: 'CPU s', format: fixed(1) },
			{ suffix: 'cpu_ratio', label: 'CPU ×', format: fixed(2) },
			{ suffix: 's_per_page', label: 's/page', format: fixed(2) },
			{ suffix: 'cpu_s_per_page', label: 'CPU s/page', format: fixed(2) },
			{ suffix: 'marginal_s_per_page', label: 's per added page', format: fixed(3) },
			{ suffix: 'marginal_cpu_s_per_page', label: 'CPU s per added page', format: fixed(3) },
			{ suffix: 'load_avg', label: 'load avg', format: fixed(1) },
		], 'content'),
		matrix(r.build, scales, [
			{ suffix: 'pagefind_index_bytes', label: 'Pagefind index KiB', format: KiB },
			{ suffix: 'pagefind_fragment_bytes', label: 'fragments KiB', format: KiB },
			{ suffix: 'pagefind_dir_bytes', label: 'dist/pagefind KiB', format: KiB },
			{ suffix: 'query1_pagefind_bytes', label: 'query 1 KiB', format: KiB },
			{ suffix: 'query1_bytes_ratio', label: 'query 1 ×', format: fixed(2) },
			{ suffix: 'query2_pagefind_bytes', label: 'query 2 KiB', format: KiB },
		], 'search index'),
	]);

	add('Pages', 'first load: gzip KiB of every file a page fetches while loading and scrolling; search opened = home + opening the dialog', r.pages, [
		matrix(r.pages, PAGE_ROWS, [
			{ suffix: 'bytes', label: 'total KiB', format: KiB },
			{ suffix: 'html_bytes', label: 'HTML', format: KiB },
			{ suffix: 'css_bytes', label: 'CSS', format: KiB },
			{ suffix: 'js_bytes', label: 'JS', format: KiB },
			{ suffix: 'font_bytes', label: 'fonts', format: KiB },
			{ suffix: 'image_bytes', label: 'images', format: KiB },
			{ suffix: 'added_bytes', label: 'added by search', format: KiB },
			{ suffix: 'requests', label: 'requests', format: int },
		], 'page type'),
	]);

	add('Search', 'Chromium, cold cache, on the home page; bytes as served, Pagefind\'s files are gzip already; the box has no input debounce; keystroke to results on a warm index over the Russian queries of issue #22\'s set', r.search, [
		matrix(r.search, ['open', 'query1', 'query2'], [
			{ suffix: 'ms', label: 'ms', format: fixed(0) },
			{ suffix: 'pagefind_bytes', label: '/pagefind/ KiB', format: KiB },
			{ suffix: 'other_bytes', label: 'other KiB', format: KiB },
			{ suffix: 'requests', label: 'requests', format: int },
			{ suffix: 'results', label: 'results shown', format: int },
		], 'step'),
		matrix(r.search, ['keystroke_to_results'], [
			{ suffix: 'ms_p50', label: 'p50 ms', format: fixed(1) },
			{ suffix: 'ms_p95', label: 'p95 ms', format: fixed(1) },
			{ suffix: 'queries', label: 'queries', format: int },
		], 'warm index'),
	]);

	add('Lighthouse 13', `mobile, simulated throttling, served gzip-compressed; one page per type and the 3 pages with the most elements (heaviest_1–3, paths under the table); the best of ${process.env.BENCH_LH_RUNS ?? 2} runs per page; benchmark_index is its CPU estimate for this machine`, r.lighthouse, [
		matrix(r.lighthouse, [...PAGE_ROWS, ...rowsOf(r.lighthouse, ['elements'])], [
			{ suffix: 'performance', label: 'perf', format: int },
			{ suffix: 'accessibility', label: 'a11y', format: int },
			{ suffix: 'best_practices', label: 'best pr.', format: int },
			{ suffix: 'seo', label: 'SEO', format: int },
			{ suffix: 'lcp_ms', label: 'LCP ms', format: int },
			{ suffix: 'cls', label: 'CLS', format: fixed(3) },
			{ suffix: 'tbt_ms', label: 'TBT ms', format: int },
			{ suffix: 'elements', label: 'elements', format: int },
		], 'page type'),
	]);

	const coreRows = Object.keys(r.core_vs_tfjs).filter((k) => !k.includes('_steps_per_s'));
	add('Core vs tfjs', 'tfjs CPU backend; same process, alternating 250 ms windows, medians of 9 rounds; above 1 = the core is faster', r.core_vs_tfjs, [
		matrix(r.core_vs_tfjs, coreRows, [
			{ suffix: '', label: 'core/tfjs', format: fixed(2) },
			{ suffix: 'core_steps_per_s', label: 'core steps/s', format: int },
			{ suffix: 'tfjs_steps_per_s', label: 'tfjs steps/s', format: int },
		], 'workload'),
	]);

	add('Placement test', 'synthetic learners on the site graph: random downward-closed knowledge, 10 % slips and guesses; src/mastery/simulate.ts', r.placement, [
		{
			text: table(['learners', 'topics placed right', 'questions asked (mean)'], [[int(r.placement.learners ?? 0), `${((r.placement.accuracy ?? 0) * 100).toFixed(1)} %`, fixed(1)(r.placement.questions ?? 0)]]),
			used: new Set(['learners', 'accuracy', 'questions']),
		},
	]);

	add('Widgets', 'Chromium; median of 7 inputs', r.widgets, [
		matrix(r.widgets, rowsOf(r.widgets, ['input_to_mutation_ms']), [
			{ suffix: 'input_to_mutation_ms', label: 'input → DOM change ms', format: fixed(1) },
			{ suffix: 'input_to_frame_ms', label: 'input → next frame ms', format: fixed(1) },
		], 'widget'),
	]);
	return parts.join('\n\n');
}

const BEGIN = '<!-- bench:begin (written by `npm run bench -- --readme`) -->';
const END = '<!-- bench:end -->';

/** Replaces the generated part of README's "Benchmark" section (between the markers) with `text`. */
export function updateReadme(text: string): boolean {
	const file = join(ROOT, 'README.md');
	const readme = readFileSync(file, 'utf8');
	const start = readme.indexOf(BEGIN);
	const end = readme.indexOf(END);
	if (start < 0 || end < start) return false;
	writeFileSync(file, `${readme.slice(0, start + BEGIN.length)}\n${text}\n${readme.slice(end)}`);
	return true;
}
