/**
 * How a widget island comes alive in the browser: our replacement for `@astrojs/preact/client.js`.
 *
 * Why our own: Astro's client also supports Preact signals as props by importing them on demand, and
 * that one dynamic import drags Vite's preload helper onto every widget page — 1.7 KB gzip together,
 * a ninth of the widget budget, for a feature no widget uses (they are class components with plain
 * props and no children). This one only hydrates the server-rendered HTML. `vitePreactClient` in
 * astro.config.mjs points the renderer here for the production build.
 */
import { h, hydrate, render, type ComponentType } from 'preact';

/** Astro calls the default export with the island element, then with the component and its props. */
export default (element: HTMLElement) =>
	(Component: ComponentType<Record<string, unknown>>, props: Record<string, unknown>, _slots: unknown, { client }: { client: string }) => {
		if (!element.hasAttribute('ssr')) return;
		const child = h(Component, props);
		// Preact's `useId` mask: ids made during hydration match the server's when islands share a page.
		const id = element.getAttribute('data-preact-island-id') ?? element.getAttribute('uid');
		if (id !== null) {
			const mask = [Number.isNaN(Number.parseInt(id, 10)) ? id : Number.parseInt(id, 10), 0];
			Object.assign(child, { _mask: mask, __m: mask });
		}
		if (client === 'only') {
			element.innerHTML = '';
			render(child, element);
		} else hydrate(child, element);
		element.addEventListener('astro:unmount', () => render(null, element), { once: true });
	};
