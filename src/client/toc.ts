/**
 * The table of contents' highlight: which section the reader is in. Starlight's own script observes
 * nearly every block of `main` (found with `:has()` and `~ *` selectors) to learn which heading the
 * text on screen belongs to; on a math page with 7,000 elements that costs 21–48 ms per instance.
 * This one observes the headings the table lists and nothing else: the current section is the last
 * heading above a line just under the header. One observer serves both tables (desktop and mobile).
 */
import { decodeFragment } from '../links/fragment';
import { pinWhereItIs, scrollAndPin } from '../links/scroll-pin';

/** Index of the current section: the last heading above the line, else the first entry (the page title). */
export function currentSection(above: ReadonlySet<number>): number {
	let last = 0;
	for (const i of above) if (i > last) last = i;
	return last;
}

/** A table of contents on the page: its links, and what to do when the current one changes. */
interface Listener {
	links: HTMLAnchorElement[];
	show(link: HTMLAnchorElement): void;
}

const listeners: Listener[] = [];
let observer: IntersectionObserver | undefined;
let started = false;

/**
 * Whether the reader has moved the page since this script loaded. The landing on a link's fragment is
 * corrected later, when the page is idle; by then the reader may have scrolled, and must not be yanked.
 */
let readerMoved = false;
for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) window.addEventListener(type, () => (readerMoved = true), { once: true, passive: true, capture: true });

/** The heading each link points at, by the link's fragment. */
function headingOf(link: HTMLAnchorElement): HTMLElement | null {
	const id = decodeFragment(link.hash);
	return id ? document.getElementById(id) : null;
}

/**
 * The line a heading must pass to become current, in px from the top of the viewport: under the
 * header and the mobile "On this page" bar, with the margin Starlight uses (2rem, plus its 53 px
 * band), so a heading an anchor link scrolled to counts as reached.
 */
function lineFromTop(): number {
	const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
	const summary = document.querySelector('mobile-starlight-toc summary')?.getBoundingClientRect().height ?? 0;
	return header + summary + 32 + 53;
}

function observe(): void {
	const first = listeners[0];
	if (!first) return;
	observer?.disconnect();
	// Both tables list the same headings; the first one's links decide the order.
	const headings = first.links.map(headingOf);
	const above = new Set<number>();
	const line = lineFromTop();
	const height = document.documentElement.clientHeight;
	let current = -1;
	observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				const i = headings.indexOf(entry.target as HTMLElement);
				if (entry.isIntersecting) above.add(i);
				else above.delete(i);
			}
			const next = currentSection(above);
			if (next === current) return;
			current = next;
			for (const l of listeners) if (l.links[next]) l.show(l.links[next]);
		},
		// The observed area is everything above the line: from far above the page down to `line`.
		{ rootMargin: `100000px 0px ${Math.min(0, line - height)}px 0px` },
	);
	for (const h of headings) if (h) observer.observe(h);
}

/**
 * Keeps the target of an in-page link where the browser scrolled it, while the blocks above it that
 * skipped rendering take their real height (src/links/scroll-pin.ts says how).
 */
export function pinFragmentTarget(): void {
	if (!document.querySelector('.sl-markdown-content')) return;
	// Any hash, malformed or hostile, is read safely (src/links/fragment.ts).
	const targetOf = (hash: string) => {
		const id = decodeFragment(hash);
		return id ? document.getElementById(id) : null;
	};
	const pin = (hash: string) => pinWhereItIs(targetOf(hash));
	window.addEventListener('hashchange', () => pin(location.hash));
	// A link to the hash already in the address bar jumps without a hashchange. The jump follows the
	// click's listeners, so the pin is taken in the next task, from where the jump landed.
	document.addEventListener('click', (e) => {
		const link = (e.target as Element).closest?.('a[href^="#"]');
		if (link) setTimeout(() => pin(link.getAttribute('href')!), 0);
	});
	// The page opened at a fragment: the browser jumped before this ran (on idle), and blocks above the
	// target may have rendered since and pushed it down. Unless the reader has moved, put it back first.
	const landing = targetOf(location.hash);
	if (landing && !readerMoved) scrollAndPin(landing);
	else pin(location.hash);
}

function start(): void {
	if (started) return;
	started = true;
	pinFragmentTarget();
	observe();
	let timer: ReturnType<typeof setTimeout> | undefined;
	window.addEventListener('resize', () => {
		clearTimeout(timer);
		timer = setTimeout(observe, 200);
	});
}

/** Off the critical path, as Starlight does: the highlight is not needed for the first paint. */
const onIdle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run) : setTimeout(run, 1));

/** Highlights a link the way Starlight's styles expect: `aria-current="true"`. */
class Toc extends HTMLElement {
	protected currentLink: HTMLAnchorElement | null = this.querySelector('a[aria-current="true"]');

	connectedCallback(): void {
		listeners.push({ links: [...this.querySelectorAll('a')], show: (link) => this.show(link) });
		onIdle(start);
	}

	protected show(link: HTMLAnchorElement): void {
		if (link === this.currentLink) return;
		this.currentLink?.removeAttribute('aria-current');
		link.setAttribute('aria-current', 'true');
		this.currentLink = link;
	}
}

/** The mobile dropdown: shows the current section in its bar, and closes on a link, a click outside or Escape. */
class MobileToc extends Toc {
	override connectedCallback(): void {
		super.connectedCallback();
		const details = this.querySelector('details');
		if (!details) return;
		const close = () => (details.open = false);
		for (const a of details.querySelectorAll('a')) a.addEventListener('click', close);
		window.addEventListener('click', (e) => {
			if (!details.contains(e.target as Node)) close();
		});
		window.addEventListener('keydown', (e) => {
			if (e.key !== 'Escape' || !details.open) return;
			const hadFocus = details.contains(document.activeElement);
			close();
			if (hadFocus) details.querySelector('summary')?.focus();
		});
	}

	protected override show(link: HTMLAnchorElement): void {
		super.show(link);
		const display = this.querySelector('.display-current');
		if (display) display.textContent = link.textContent;
	}
}

export function defineToc(): void {
	if (!customElements.get('starlight-toc')) customElements.define('starlight-toc', Toc);
}

export function defineMobileToc(): void {
	if (!customElements.get('mobile-starlight-toc')) customElements.define('mobile-starlight-toc', MobileToc);
}
