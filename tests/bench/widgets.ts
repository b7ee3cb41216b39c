/**
 * Per-widget input-to-update time in Chromium. On the page (each topic page the widget list `/widgets/`
 * links to, else the page itself), every `<astro-island>` is scrolled into view and
 * hydrated; then its first text or number input gets a typed character (or, without one: a range
 * gets an arrow key, a select an arrow key, a button Enter) and a MutationObserver set up in the
 * page times the island's first DOM change after the input event, and the next animation frame
 * after it (the update on screen). Names come from the island's `component-url`.
 */
import type { Browser, ElementHandle, Page } from 'playwright-core';
import { median, type Section } from './util';

const REPEATS = 7;

/** The control to act on, found inside the island: its kind decides the keys pressed. */
type Kind = 'text' | 'number' | 'range' | 'select' | 'button';

async function findControl(island: ElementHandle<Element>): Promise<{ control: ElementHandle; kind: Kind } | undefined> {
	const selectors: [string, Kind][] = [
		['input[type="number"]:not([disabled])', 'number'],
		['input:not([type]):not([disabled]), input[type="text"]:not([disabled]), input[type="search"]:not([disabled])', 'text'],
		['input[type="range"]:not([disabled])', 'range'],
		['select:not([disabled])', 'select'],
		['button:not([disabled])', 'button'],
	];
	// The first text/number input in document order wins; the others are fallbacks in this order.
	const first = await island.$('input[type="number"]:not([disabled]), input:not([type]):not([disabled]), input[type="text"]:not([disabled]), input[type="search"]:not([disabled])');
	if (first) {
		const type = await first.evaluate((el) => (el as HTMLInputElement).type);
		return { control: first, kind: type === 'number' ? 'number' : 'text' };
	}
	for (const [selector, kind] of selectors.slice(2)) {
		const control = await island.$(selector);
		if (control) return { control, kind };
	}
	return undefined;
}

/** Keys that change the control, alternating so that every repeat really changes something. */
async function act(page: Page, control: ElementHandle, kind: Kind, repeat: number): Promise<void> {
	await control.focus();
	const even = repeat % 2 === 0;
	switch (kind) {
		case 'number': {
			// One digit replaces the value: a valid size that differs from the current one.
			const { value, min, max } = await control.evaluate((el) => {
				const input = el as HTMLInputElement;
				return { value: Number(input.value), min: input.min === '' ? 0 : Number(input.min), max: input.max === '' ? 9 : Number(input.max) };
			});
			const candidates = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => d >= min && d <= max && d !== value);
			await page.keyboard.press('Control+A');
			await page.keyboard.type(String(candidates[repeat % candidates.length] ?? 1));
			return;
		}
		case 'text':
			await page.keyboard.press('End');
			await page.keyboard.press(even ? '1' : 'Backspace');
			return;
		case 'range':
		case 'select':
			await page.keyboard.press(even ? 'ArrowRight' : 'ArrowLeft');
			if (kind === 'select') await page.keyboard.press(even ? 'ArrowDown' : 'ArrowUp');
			return;
		case 'button':
			await page.keyboard.press('Enter');
	}
}

/** Installs the timing observer on an island; `__bench.reset()` arms it for the next input. */
async function instrument(island: ElementHandle<Element>): Promise<void> {
	await island.evaluate((el) => {
		const state = { t0: -1, mutation: -1, frame: -1, spontaneous: 0 };
		const start = (e: Event) => {
			if (state.t0 < 0) state.t0 = e.timeStamp;
		};
		for (const type of ['input', 'change', 'click']) el.addEventListener(type, start, { capture: true });
		new MutationObserver(() => {
			if (state.t0 < 0) {
				state.spontaneous++;
				return;
			}
			if (state.mutation >= 0) return;
			state.mutation = performance.now();
			requestAnimationFrame(() => (state.frame = performance.now()));
		}).observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
		(el as unknown as { __bench: unknown }).__bench = {
			state,
			reset: () => Object.assign(state, { t0: -1, mutation: -1, frame: -1 }),
		};
	});
}

interface Timing {
	mutation: number[];
	frame: number[];
	kind: Kind;
	spontaneous: number;
}

async function measureIsland(page: Page, island: ElementHandle<Element>): Promise<Timing | undefined> {
	await island.scrollIntoViewIfNeeded();
	// Hydrated: Astro removes `ssr` after hydrating.
	await page.waitForFunction((el) => !el.hasAttribute('ssr'), island, { timeout: 20_000 });
	await page.waitForFunction((el) => el.querySelector('input, select, button') !== null, island, { timeout: 20_000 }).catch(() => undefined);
	const found = await findControl(island);
	if (!found) return undefined;
	await instrument(island);
	await page.waitForTimeout(300); // let a first render settle; mutations now count as spontaneous
	const timing: Timing = { mutation: [], frame: [], kind: found.kind, spontaneous: 0 };
	for (let r = 0; r < REPEATS; r++) {
		await island.evaluate((el) => (el as unknown as { __bench: { reset(): void } }).__bench.reset());
		await act(page, found.control, found.kind, r);
		const ok = await page
			.waitForFunction((el) => (el as unknown as { __bench: { state: { frame: number } } }).__bench.state.frame >= 0, island, { timeout: 5_000 })
			.then(
				() => true,
				() => false,
			);
		if (!ok) continue;
		const s = await island.evaluate((el) => (el as unknown as { __bench: { state: { t0: number; mutation: number; frame: number; spontaneous: number } } }).__bench.state);
		timing.mutation.push(s.mutation - s.t0);
		timing.frame.push(s.frame - s.t0);
		timing.spontaneous = s.spontaneous;
		await page.waitForTimeout(50);
	}
	return timing;
}

/** Component name from `component-url`: `/_astro/ShapeExplorer.B1x2.js` → `ShapeExplorer`. */
function componentName(url: string | null): string {
	const file = (url ?? 'island').split('/').at(-1)!;
	return file.split('.')[0]!.replace(/[^A-Za-z0-9]+/g, '_') || 'island';
}

async function measurePageIslands(page: Page, prefix: string | undefined, out: Section, notes: string[]): Promise<void> {
	// Outermost islands only: a nested island is measured as part of its parent.
	const islands = await page.$$('astro-island:not(astro-island astro-island)');
	const used = new Map<string, number>();
	for (const island of islands) {
		const component = componentName(await island.getAttribute('component-url'));
		let name = prefix ?? component;
		const n = (used.get(name) ?? 0) + 1;
		used.set(name, n);
		if (n > 1) name += `_${n}`;
		const timing = await measureIsland(page, island).catch((e: Error) => {
			notes.push(`widget ${name}: ${e.message.split('\n')[0]}`);
			return undefined;
		});
		if (!timing) {
			notes.push(`widget ${name}: no input, select or button to act on`);
			continue;
		}
		if (timing.mutation.length === 0) {
			notes.push(`widget ${name}: its DOM did not change within 5 s of input (${timing.kind})`);
			continue;
		}
		if (timing.kind !== 'number' && timing.kind !== 'text') notes.push(`widget ${name}: no text/number input, measured with a ${timing.kind}`);
		if (timing.spontaneous > 0) notes.push(`widget ${name}: changes by itself (animation), so its time is an upper bound on the reaction`);
		out[`${name}_input_to_mutation_ms`] = median(timing.mutation);
		out[`${name}_input_to_frame_ms`] = median(timing.frame);
	}
}

/** Measures every island on `path`, or, when the page is the widget list, on each topic page it links to. */
export async function measureWidgets(browser: Browser, site: string, path: string): Promise<{ section: Section; notes: string[] }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const out: Section = {};
	const notes: string[] = [];
	await page.goto(site + path, { waitUntil: 'networkidle' });
	// The list at /widgets/ links to each widget in its topic page's "try it" section.
	const hosts = await page.$$eval('main a[href$="#try-it"]', (links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).href.split('#')[0]))]);
	if (hosts.length === 0) {
		await measurePageIslands(page, undefined, out, notes);
	} else {
		for (const url of hosts) {
			await page.goto(url, { waitUntil: 'networkidle' });
			await measurePageIslands(page, undefined, out, notes);
		}
	}
	if (Object.keys(out).length === 0) notes.push(`widgets: no island on ${path} could be measured`);
	await context.close();
	return { section: out, notes };
}
