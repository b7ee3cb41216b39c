/**
 * How a widget island comes alive in the browser: our replacement for `@astrojs/preact/client.js`.
 *
 * Why our own: Astro's client also supports Preact signals as props by importing them on demand, and
 * that one dynamic import drags Vite's preload helper onto every widget page — 1.7 KB gzip together,
 * a ninth of the widget budget — plus slots, `client:only` and `useId` masks across islands. Our widgets
 * use none of it: class components (no hooks), plain props, no children, always server-rendered
 * (`client:visible`). So this only hydrates the server's HTML. `nn-math:preact-client` in
 * astro.config.mjs points the renderer here for the production build; a widget that needs more
 * must bring that back here first (tests/browser/widgets-*.test.ts hydrate and drive every widget).
 */
import { h, hydrate, type ComponentType } from 'preact';

/** Astro calls the default export with the island element, then with the component and its props. */
export default (element: HTMLElement) => (Component: ComponentType<Record<string, unknown>>, props: Record<string, unknown>) => {
	if (element.hasAttribute('ssr')) hydrate(h(Component, props), element);
};
