/**
 * `npm run bench`: measures the site and prints a Markdown table; writes bench-results.json at the
 * repository root with the keys build, pages, search, lighthouse, core_vs_tfjs, widgets and placement, each a
 * flat object of named numbers. No pass/fail: budgets are checked by `npm test`.
 *
 * Order: the three builds back to back (×1, ×5, ×10, so they see similar machine load), the ×1
 * output becomes dist/; then the browser measurements on it, the core against tfjs, Lighthouse, and
 * with the time left a second build of each size (the faster of two counts). The whole run keeps to BENCH_BUDGET_S seconds (780 by default: Lighthouse measures 8 pages twice, about 5 minutes of it): a scaled
 * build or a Lighthouse page that would not fit is skipped and listed at the end.
 *
 * Flags: `--readme` rewrites the generated part of README's "Benchmark" section;
 * `--keep` leaves the temporary project copies in tests/.artifacts/bench/;
 * `--lighthouse-only` runs only Lighthouse on the present dist/ (with BENCH_LH_PAGES=math_topic,heaviest_1
 * only on those) and prints its table without writing bench-results.json or README.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveStatic } from '../helpers/static-server';
import { makeCopy, removeCopy, timedBuild, warmUp, type BuildResult } from './build';
import { coreVsTfjs } from './core-vs-tfjs';
import { runLighthouse } from './lighthouse';
import { PAGE_TYPES, heaviestPages, measurePages, pickPages } from './pages';
import { renderTables, updateReadme, type Results } from './report';
import { measureSearch, searchSection } from './search';
import { Clock, ROOT, log, round, type Section } from './util';
import { measurePlacement } from './placement';
import { measureWidgets } from './widgets';

const args = new Set(process.argv.slice(2));
const clock = new Clock(Number(process.env.BENCH_BUDGET_S ?? 780));
const SCALES = [5, 10];
/** Time kept for everything after the builds: browser measurements, core vs tfjs, Lighthouse. */
const RESERVE_S = 150;

const notes: string[] = [];
const results: Results = { build: {}, pages: {}, search: {}, lighthouse: {}, core_vs_tfjs: {}, widgets: {}, placement: {} };
const loadAtStart = loadavg()[0]!;

async function serve<T>(dir: string, run: (url: string) => Promise<T>): Promise<T> {
	const { url, server } = await serveStatic(dir);
	try {
		return await run(url);
	} finally {
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}
}

function buildRow(prefix: string, b: BuildResult, x1?: BuildResult, previous?: BuildResult): Section {
	const row: Section = {
		[`${prefix}_topics`]: b.topics,
		[`${prefix}_pages`]: b.pages,
		[`${prefix}_total_s`]: round(b.wallSeconds, 2),
		[`${prefix}_cpu_s`]: round(b.cpuSeconds, 2),
		[`${prefix}_s_per_page`]: round(b.wallSeconds / b.pages, 3),
		[`${prefix}_cpu_s_per_page`]: round(b.cpuSeconds / b.pages, 3),
		[`${prefix}_pagefind_index_bytes`]: b.pagefindIndexBytes,
		[`${prefix}_pagefind_fragment_bytes`]: b.pagefindFragmentBytes,
		[`${prefix}_pagefind_dir_bytes`]: b.pagefindDirBytes,
		[`${prefix}_load_avg`]: round(b.loadBefore, 2),
	};
	if (x1) {
		row[`${prefix}_pages_ratio`] = round(b.pages / x1.pages, 2);
		row[`${prefix}_time_ratio`] = round(b.wallSeconds / x1.wallSeconds, 2);
		row[`${prefix}_cpu_ratio`] = round(b.cpuSeconds / x1.cpuSeconds, 2);
	}
	if (previous && b.pages > previous.pages) {
		// Seconds per page added since the previous size: equal along the series means a linear build.
		row[`${prefix}_marginal_s_per_page`] = round((b.wallSeconds - previous.wallSeconds) / (b.pages - previous.pages), 3);
		row[`${prefix}_marginal_cpu_s_per_page`] = round((b.cpuSeconds - previous.cpuSeconds) / (b.pages - previous.pages), 3);
	}
	return row;
}

/** Every timed build per factor: the first round, and a second one at the end if time is left. */
const runs = new Map<number, BuildResult[]>();

/** The fastest of a factor's builds: other work on the machine only ever slows a build down. */
function fastest(factor: number): BuildResult | undefined {
	const list = runs.get(factor);
	if (!list || list.length === 0) return undefined;
	return {
		...list[0]!,
		wallSeconds: Math.min(...list.map((b) => b.wallSeconds)),
		cpuSeconds: Math.min(...list.map((b) => b.cpuSeconds)),
		loadBefore: Math.min(...list.map((b) => b.loadBefore)),
	};
}

/** Writes the build rows from the fastest builds so far (the search keys stay as they are). */
function buildRows(): void {
	const x1 = fastest(1);
	if (!x1) return;
	let previous = x1;
	Object.assign(results.build, buildRow('x1', x1), { x1_builds: runs.get(1)!.length });
	for (const factor of SCALES) {
		const b = fastest(factor);
		if (!b) continue;
		Object.assign(results.build, buildRow(`x${factor}`, b, x1, previous), { [`x${factor}_builds`]: runs.get(factor)!.length });
		previous = b;
	}
}

function record(factor: number, b: BuildResult): void {
	runs.set(factor, [...(runs.get(factor) ?? []), b]);
	log(`  ×${factor}: ${b.pages} pages in ${b.wallSeconds.toFixed(1)} s (CPU ${b.cpuSeconds.toFixed(1)} s)`);
}

async function main(): Promise<void> {
	// 1. Builds. First an untimed `astro sync` in a throwaway copy: it loads Astro, Vite and the
	// packages once, so the first timed build does not also pay for a cold file cache.
	log('warm-up: astro sync in a throwaway copy');
	const warm = makeCopy(1);
	await warmUp(warm).catch((e: Error) => notes.push(`warm-up: ${e.message.split('\n')[0]}`));
	removeCopy(warm);
	log('build ×1 (production, in a temporary copy)');
	const x1Dir = makeCopy(1);
	const x1 = await timedBuild(x1Dir);
	record(1, x1);
	// The measured build becomes dist/, which the page-weight helper reads (as `npm run build` would leave it).
	const dist = join(ROOT, 'dist');
	rmSync(dist, { recursive: true, force: true });
	renameSync(x1.dist, dist);
	removeCopy(x1Dir);

	const scaled: { factor: number; build: BuildResult }[] = [];
	for (const factor of SCALES) {
		// Predicted wall time: extrapolated from the last two builds when there are two, else (pessimistically)
		// proportional to the page count of ×1. A build that still overruns is stopped by its timeout.
		const pages = x1.pages + (factor - 1) * x1.topics * 2;
		const last = scaled.at(-1)?.build;
		const predicted = last
			? 1.3 * (last.wallSeconds + ((last.wallSeconds - x1.wallSeconds) / Math.max(1, last.pages - x1.pages)) * (pages - last.pages))
			: x1.wallSeconds * (pages / x1.pages);
		if (clock.left() - RESERVE_S < predicted) {
			notes.push(`build ×${factor}: skipped, predicted ${predicted.toFixed(0)} s did not fit in the time budget (BENCH_BUDGET_S)`);
			continue;
		}
		log(`build ×${factor}: ${x1.topics * factor} topics`);
		const dir = makeCopy(factor);
		try {
			const b = await timedBuild(dir, clock.left() - RESERVE_S);
			record(factor, b);
			scaled.push({ factor, build: b });
		} catch (e) {
			notes.push(`build ×${factor}: ${(e as Error).message.split('\n')[0]}`);
			if (!args.has('--keep')) removeCopy(dir);
		}
	}
	buildRows();

	// 2. Browser measurements on dist/.
	let browser: Browser | undefined;
	try {
		browser = await launchBrowser();
		const chromium = browser.version();
		const b = browser;
		await serve(dist, async (site) => {
			const { picks, notes: pickNotes } = pickPages();
			notes.push(...pickNotes);
			log(`pages: ${PAGE_TYPES.map((t) => `${t}=${picks[t] ?? '—'}`).join(' ')}`);
			results.pages = await measurePages(b, site, picks);

			log('search');
			const s = await measureSearch(b, site);
			results.search = roundAll(searchSection(s), 1);
			results.build.x1_query1_pagefind_bytes = s.queries[0]!.pagefindBytes;
			results.build.x1_query2_pagefind_bytes = s.queries[1]!.pagefindBytes;

			const widgetPage = existsSync(join(dist, 'widgets', 'index.html')) ? '/widgets/' : '/linear-algebra/matrix-multiplication/';
			log(`widgets on ${widgetPage}`);
			const w = await measureWidgets(b, site, widgetPage);
			results.widgets = roundAll(w.section, 2);
			notes.push(...w.notes);
		});
		for (const { factor, build } of scaled) {
			log(`search on the ×${factor} build`);
			await serve(build.dist, async (site) => {
				const s = await measureSearch(b, site);
				results.build[`x${factor}_query1_pagefind_bytes`] = s.queries[0]!.pagefindBytes;
				results.build[`x${factor}_query2_pagefind_bytes`] = s.queries[1]!.pagefindBytes;
				results.build[`x${factor}_query1_bytes_ratio`] = round(s.queries[0]!.pagefindBytes / results.build.x1_query1_pagefind_bytes!, 2);
			}).catch((e: Error) => notes.push(`search on ×${factor}: ${e.message.split('\n')[0]}`));
		}
		await browser.close();
		browser = undefined;
		machine.chromium = chromium;
	} finally {
		await browser?.close();
		if (!args.has('--keep')) for (const { build } of scaled) removeCopy(build.dir);
	}

	// 3. The core against tfjs, with no browser running.
	log('core vs tfjs');
	results.core_vs_tfjs = roundAll(await coreVsTfjs(), 2);

	// The placement test on 1,000 synthetic learners (pure computation, seconds).
	log('placement');
	results.placement = measurePlacement(1000);

	// 4. Lighthouse, last: a page type that would not fit in the budget is skipped.
	await lighthouseSection();

	// 5. With time left, each size is built once more and the faster build counts, so one build
	// slowed down by other work on the machine does not bend the scaling curve.
	for (const factor of [1, ...scaled.map((s) => s.factor)]) {
		const predicted = 1.2 * fastest(factor)!.wallSeconds + 10;
		if (clock.left() < predicted) {
			notes.push(`build ×${factor}: one build only, a second did not fit in the time budget (BENCH_BUDGET_S)`);
			continue;
		}
		log(`build ×${factor} again`);
		const dir = makeCopy(factor);
		try {
			record(factor, await timedBuild(dir, clock.left() - 5));
		} catch (e) {
			notes.push(`second build ×${factor}: ${(e as Error).message.split('\n')[0]}`);
		} finally {
			if (!args.has('--keep')) removeCopy(dir);
		}
	}
	buildRows();
}

/**
 * Lighthouse on one page per type and on the heaviest pages of dist/ (`heaviest_1` is the page with
 * the most elements), served gzip-compressed as a host serves them. BENCH_LH_PAGES (names, comma-separated)
 * limits it to some of them, for a quick look while working on one page.
 */
async function lighthouseSection(): Promise<void> {
	log('lighthouse');
	const { picks } = pickPages();
	const heavy = heaviestPages();
	const only = process.env.BENCH_LH_PAGES?.split(',').map((s) => s.trim());
	const lhPages = [
		...PAGE_TYPES.filter((t) => t !== 'search_opened' && picks[t]).map((t) => ({ name: t as string, path: picks[t]! })),
		...heavy.map((h, i) => ({ name: `heaviest_${i + 1}`, path: h.path })),
	].filter((p) => !only || only.includes(p.name));
	notes.push('lighthouse search_opened: not measured (opening the dialog is an interaction, not a page load)');
	for (const t of PAGE_TYPES) if (picks[t] && t !== 'search_opened') notes.push(`lighthouse ${t}: ${picks[t]}`);
	heavy.forEach((h, i) => notes.push(`lighthouse heaviest_${i + 1}: ${h.path} (${h.elements} elements)`));
	await serve(join(ROOT, 'dist'), async (site) => {
		const lh = await runLighthouse(site, lhPages, () => clock.left() > 45);
		results.lighthouse = lh.section;
		notes.push(...lh.notes);
	});
	for (const [i, h] of heavy.entries()) if (`heaviest_${i + 1}_performance` in results.lighthouse) results.lighthouse[`heaviest_${i + 1}_elements`] = h.elements;
}

function roundAll(section: Section, decimals: number): Section {
	return Object.fromEntries(Object.entries(section).map(([k, v]) => [k, round(v, decimals)]));
}

const machine = {
	cpus: availableParallelism(),
	cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
	memoryGiB: totalmem() / 2 ** 30,
	node: process.version,
	chromium: 'unknown',
};

function machineLine(): string {
	const date = new Date().toISOString().slice(0, 10);
	return (
		`Taken ${date} on ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB.toFixed(0)} GiB RAM, Node ${machine.node}, ` +
		`Chromium ${machine.chromium}; load average ${loadAtStart.toFixed(1)} at the start${loadAtStart > machine.cpus ? ' (busy with other work)' : ''}; the run took ${clock.elapsed().toFixed(0)} s.`
	);
}

try {
	if (args.has('--lighthouse-only')) await lighthouseSection();
	else await main();
} catch (e) {
	notes.push(`run stopped: ${(e as Error).message.split('\n')[0]}`);
	process.exitCode = 1;
	console.error(e);
}

// Only finite numbers go into the JSON; anything else is reported as not measured.
for (const [name, section] of Object.entries(results) as [keyof Results, Section][]) {
	for (const [k, v] of Object.entries(section)) {
		if (!Number.isFinite(v)) {
			delete section[k];
			notes.push(`${name}.${k}: not a finite number`);
		}
	}
}
// A partial run (--lighthouse-only) prints its table but leaves the committed results alone.
const file = join(ROOT, 'bench-results.json');
if (!args.has('--lighthouse-only')) {
	writeFileSync(`${file}.tmp`, JSON.stringify(results, null, '\t') + '\n');
	renameSync(`${file}.tmp`, file);
}

const notMeasured = notes.length === 0 ? '' : `\n\nNot measured or caveats:\n${notes.map((n) => `- ${n}`).join('\n')}`;
const text = `${machineLine()}\n\n${renderTables(results, args.has('--lighthouse-only') ? ['lighthouse'] : undefined)}${notMeasured}`;
process.stdout.write(`${text}\n`);
log(args.has('--lighthouse-only') ? `done in ${clock.elapsed().toFixed(0)} s (bench-results.json left as it was)` : `wrote bench-results.json in ${clock.elapsed().toFixed(0)} s`);
if (args.has('--readme') && !args.has('--lighthouse-only')) log(updateReadme(text) ? 'README.md: Benchmark section updated' : 'README.md: no bench markers found, not updated');
