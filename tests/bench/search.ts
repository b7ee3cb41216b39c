/**
 * Site search in Chromium, cold cache: open the dialog on the home page, then a first and a second
 * Russian query. For each phase: bytes of the /pagefind/ responses (as served: Pagefind's index and
 * fragments are gzip files already) and the milliseconds from the input event to the results being
 * shown for that query (the box has no input debounce). Then the keystroke-to-results time on a warm
 * index (issue #22): the question set's queries typed once to load their index chunks and fragments,
 * then again, timed, with the median and 95th percentile.
 */
import { QUESTIONS } from '../browser/search-questions';
import type { Browser, Request } from 'playwright-core';
import type { Section } from './util';

/** Two queries in inflected forms that the pages do not contain verbatim, so stemming has to work. */
export const QUERIES = ['умножению', 'производной'] as const;

interface Phase {
	pagefindBytes: number;
	otherBytes: number;
	requests: number;
	ms: number;
}

export async function measureSearch(browser: Browser, site: string, path = '/'): Promise<{ open: Phase; queries: Phase[]; results: number[]; warm: number[] }> {
	// A first visit, as the numbers claim: the offline service worker (src/offline/) would otherwise answer
	// from its cache, and Chromium reports no transferred bytes for what a service worker serves.
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	let current: Phase = { pagefindBytes: 0, otherBytes: 0, requests: 0, ms: 0 };
	let inFlight = 0;
	const pending: Promise<void>[] = [];
	const count = (r: Request, phase: Phase) =>
		r.sizes().then(
			(s) => {
				const bytes = s.responseBodySize + s.responseHeadersSize;
				if (new URL(r.url()).pathname.startsWith('/pagefind/')) phase.pagefindBytes += bytes;
				else phase.otherBytes += bytes;
				phase.requests++;
			},
			() => undefined,
		);
	const started = new WeakMap<Request, Phase>();
	page.on('request', (r) => {
		inFlight++;
		started.set(r, current);
	});
	const done = (r: Request) => {
		inFlight--;
		pending.push(count(r, started.get(r) ?? current));
	};
	page.on('requestfinished', done);
	page.on('requestfailed', () => inFlight--);

	/** Waits until no request has been in flight for `quiet` ms, so a phase's bytes are all counted. */
	const settle = async (quiet = 400) => {
		let idleSince = performance.now();
		while (performance.now() - idleSince < quiet) {
			await page.waitForTimeout(50);
			if (inFlight > 0) idleSince = performance.now();
		}
		await Promise.all(pending);
	};

	await page.goto(site + path, { waitUntil: 'networkidle' });
	await settle();
	const open: Phase = { pagefindBytes: 0, otherBytes: 0, requests: 0, ms: 0 };
	current = open;
	const t = performance.now();
	await page.locator('button[data-open-modal]').first().click();
	await page.locator('dialog[open] .sb-input').waitFor({ timeout: 30_000 });
	open.ms = performance.now() - t;
	await settle();

	const queries: Phase[] = [];
	const results: number[] = [];
	for (const query of QUERIES) {
		const phase: Phase = { pagefindBytes: 0, otherBytes: 0, requests: 0, ms: 0 };
		current = phase;
		// Timed in the page: from the input event to the frame where this query's results are all shown
		// (the status line names the query and is no longer the «searching…» line: the box draws the results first).
		const measured = await page.evaluate(
			(q) =>
				new Promise<{ ms: number; results: number }>((resolve, reject) => {
					const input = document.querySelector<HTMLInputElement>('dialog[open] .sb-input')!;
					const t0 = performance.now();
					input.value = q;
					input.dispatchEvent(new Event('input', { bubbles: true }));
					const deadline = t0 + 30_000;
					const poll = () => {
						const root = document.querySelector('dialog[open]')!;
						const message = root.querySelector('.sb-status')?.textContent ?? '';
						const items = root.querySelectorAll('.sb-result');
						if (message.includes(q) && !/…|\.\.\./.test(message) && items.length > 0) resolve({ ms: performance.now() - t0, results: items.length });
						else if (performance.now() > deadline) reject(new Error(`no results for «${q}» within 30 s (message: «${message}»)`));
						else requestAnimationFrame(poll);
					};
					requestAnimationFrame(poll);
				}),
			query,
		);
		phase.ms = measured.ms;
		results.push(measured.results);
		await settle();
		queries.push(phase);
	}
	// Warm index: the Russian questions typed once (untimed: index chunks and fragments load), then again, timed.
	const warmQueries = QUESTIONS.filter((q) => q.lang === 'ru').map((q) => q.q);
	const warm: number[] = [];
	for (const pass of [0, 1]) {
		for (const q of warmQueries) {
			const ms = await page.evaluate(
				(q) =>
					new Promise<number>((resolve, reject) => {
						const input = document.querySelector<HTMLInputElement>('dialog[open] .sb-input')!;
						const status = document.querySelector('dialog[open] .sb-status')!;
						// The box writes the status line after drawing the results: the frame after that is the one shown.
						const done = () => {
							const message = status.textContent ?? '';
							if (!message.includes(q) || /…|\.\.\./.test(message)) return;
							observer.disconnect();
							requestAnimationFrame(() => resolve(performance.now() - t0));
						};
						const observer = new MutationObserver(done);
						observer.observe(status, { childList: true, characterData: true, subtree: true });
						setTimeout(() => reject(new Error(`no answer for «${q}» within 30 s`)), 30_000);
						const t0 = performance.now();
						input.value = q;
						input.dispatchEvent(new Event('input', { bubbles: true }));
					}),
				q,
			);
			if (pass === 1) warm.push(ms);
		}
	}
	await context.close();
	return { open, queries, results, warm };
}

/** The search section: the same measurement as flat named numbers. */
export function searchSection(m: Awaited<ReturnType<typeof measureSearch>>): Section {
	const out: Section = {
		open_ms: m.open.ms,
		open_pagefind_bytes: m.open.pagefindBytes,
		open_other_bytes: m.open.otherBytes,
		open_requests: m.open.requests,
	};
	const sorted = [...m.warm].sort((a, b) => a - b);
	const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
	out.keystroke_to_results_ms_p50 = pct(50);
	out.keystroke_to_results_ms_p95 = pct(95);
	out.keystroke_to_results_queries = sorted.length;
	m.queries.forEach((q, i) => {
		out[`query${i + 1}_ms`] = q.ms;
		out[`query${i + 1}_pagefind_bytes`] = q.pagefindBytes;
		out[`query${i + 1}_other_bytes`] = q.otherBytes;
		out[`query${i + 1}_requests`] = q.requests;
		out[`query${i + 1}_results`] = m.results[i]!;
	});
	return out;
}
