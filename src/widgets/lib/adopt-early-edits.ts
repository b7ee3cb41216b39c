/**
 * What a reader types or chooses in a widget before it has hydrated is kept. A widget is
 * server-rendered and hydrates when it scrolls into view, after its script has arrived; in between,
 * its boxes already accept typing. Hydration adopts the DOM as it is without reading the boxes back,
 * so the widget would go on computing from its defaults while the box shows what was typed (on
 * /calculus/derivative/ the box said σ(x) at 0,5 while the numbers were still x² at 1).
 *
 * So this page script notes every control changed inside a not-yet-hydrated island, and once that
 * island has hydrated (Astro removes its `ssr` attribute, then fires `astro:hydrate`), replays them
 * in document order as the events a widget listens to (fields `input`, selects and boxes `change`).
 * It runs on topic pages (src/components/TopicAfter.astro), the only pages with widgets, and costs
 * the widgets' own budget nothing (tests/dist/widget-budget.test.ts).
 * tests/browser/typed-before-hydration.test.ts types before hydration and checks the result.
 */
const early = new Set<Element>();
const waiting = new WeakSet<Element>();

function replay(island: Element): void {
	for (const control of early) {
		if (!island.contains(control)) continue;
		early.delete(control);
		for (const type of ['input', 'change']) control.dispatchEvent(new Event(type, { bubbles: true }));
	}
}

function note(event: Event): void {
	const control = event.target instanceof Element ? event.target : null;
	const island = control?.closest('astro-island[ssr]');
	if (!control || !island) return;
	early.add(control);
	if (waiting.has(island)) return;
	waiting.add(island);
	island.addEventListener('astro:hydrate', () => replay(island), { once: true });
}

// Capturing, so a handler inside the page cannot stop it; replayed events find the island hydrated.
for (const type of ['input', 'change']) document.addEventListener(type, note, true);
