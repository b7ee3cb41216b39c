// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { contentGraph } from './src/integrations/content-graph';
import { katexCss } from './src/integrations/katex-css';
import { katexFonts } from './src/integrations/katex-fonts';
import { searchOnly } from './src/integrations/search-only';
import { unusedCss } from './src/integrations/unused-css';
import { linkable } from './src/links/integration';
import { offline } from './src/offline/integration';
import { searchVocabulary } from './src/search/integration';
import { astroRedirects } from './src/links/moved';
import { rehypeBaseLinks } from './src/links/rehype-base-links';
import { viteEscapeHeadingIds } from './src/markdown/escape-heading-ids';
import { rehypeHeadingIds } from './src/markdown/rehype-heading-ids';
import { rehypeMathSearch } from './src/markdown/rehype-math-search';
import { KATEX_MACROS } from './src/markdown/katex-macros';
import { remarkKatexCss } from './src/markdown/remark-katex-css';
import { sidebarFromGraph } from './src/navigation/sidebar';

// Where the site is published; deployments set SITE (and BASE for a sub-path).
const site = process.env.SITE ?? 'http://127.0.0.1:4321';
const base = process.env.BASE ?? '/';

/** The modules every widget island uses (see the plugin `nn-math:widget-base-chunk`). */
const WIDGET_BASE = /node_modules[\\/]preact[\\/]|src[\\/]widgets[\\/]lib[\\/](entry|form|ui|url|format|scale)\.tsx?$/;
/**
 * Reading and writing numbers (widgets, answer boxes and practice blocks all use them) with the
 * core's errors and the shape notation they quote: a chunk of its own, so a page with exercises but
 * no widget does not download Preact with them, and one file rather than three for the widgets.
 */
const NUMBERS = /src[\\/]numbers[\\/](read|write)\.ts$|src[\\/]core[\\/](errors|shape-notation)\.ts$|src[\\/]i18n[\\/]plural\.ts$/;
/** The optimizers with their defaults and the seeded random generator: the training and descent widgets both need all three, so one file. */
const STEPPING = /src[\\/]nn[\\/](optimizers|defaults)\.ts$|src[\\/]core[\\/]random\.ts$/;

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Not the default `node_modules/.astro`: worktrees that share one node_modules must not share the content store.
	cacheDir: './.astro/cache',
	// Renamed pages keep their old URLs (src/links/moved.ts, checked against content/ledger.txt).
	redirects: astroRedirects(base),
	markdown: {
		// High contrast: comments and punctuation in the default dark theme fail WCAG contrast.
		shikiConfig: { theme: 'github-dark-high-contrast' },
		// Astro 7's default engine ignores remark/rehype plugins: the unified processor runs them for .md and .mdx.
		processor: unified({
			remarkPlugins: [remarkMath, remarkKatexCss],
			rehypePlugins: [
				// First, so Astro's and Starlight's id steps keep our ASCII ids.
				rehypeHeadingIds,
				[rehypeKatex, { throwOnError: false, strict: 'ignore', macros: KATEX_MACROS }],
				rehypeMathSearch,
				[rehypeBaseLinks, { base }],
			],
		}),
	},
	vite: {
		plugins: [
			viteEscapeHeadingIds(),
			// Widgets hydrate with our lean island client (src/widgets/lib/island-client.ts says why).
			{
				name: 'nn-math:preact-client',
				enforce: 'pre',
				apply: 'build',
				resolveId: (id) => (id === '@astrojs/preact/client.js' ? fileURLToPath(new URL('./src/widgets/lib/island-client.ts', import.meta.url)) : undefined),
			},
			// Practice problems run the topic modules (src/topics/) in the browser, on the same core and
			// network code as the widgets. Shared, those files would be split into chunks of their own and
			// every widget page would pay a request and gzip overhead for each, and carry the functions
			// only practice uses. So the topic modules get their own copy: every file they reach outside
			// src/topics/ is loaded under the id `<file>?practice`, which the bundler treats as another
			// module. Practice loads only when a reader asks for a new problem; the widget pages' budgets
			// stay what the widgets need.
			{
				name: 'nn-math:practice-copy',
				apply: 'build',
				enforce: 'pre',
				applyToEnvironment: (env) => env.name === 'client',
				async resolveId(source, importer, options) {
					if (!importer || source.includes('?')) return undefined;
					const fromTopic = /src[\\/]topics[\\/]/.test(importer) || importer.endsWith('?practice');
					if (!fromTopic) return undefined;
					const resolved = await this.resolve(source, importer.replace(/\?practice$/, ''), { ...options, skipSelf: true });
					if (!resolved || resolved.external || /node_modules/.test(resolved.id) || !/[\\/]src[\\/]/.test(resolved.id)) return resolved;
					// Topic modules and figures are pure (nothing runs on import), so what a practice kind does
					// not use is dropped: another topic's worked examples and their drawing code stay out.
					const pure = /src[\\/](topics|figures)[\\/]/.test(resolved.id) ? { moduleSideEffects: false } : {};
					if (/src[\\/]topics[\\/]/.test(resolved.id)) return { ...resolved, ...pure };
					return { ...resolved, ...pure, id: `${resolved.id}?practice` };
				},
			},
			// A widget page loads one island, and every file it needs costs a request and a gzip stream of
			// its own: split finely, the training page's 17 files gzip to 2.3 KB more than they would as one.
			// So the code every widget uses (Preact, the form and its controls, reading and writing
			// numbers) goes into one chunk; the rest still splits per widget. tests/dist/widget-budget.test.ts
			// measures the result.
			{
				name: 'nn-math:widget-base-chunk',
				apply: 'build',
				configEnvironment: (name) =>
					name === 'client'
						? { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'numbers', test: NUMBERS }, { name: 'stepping', test: STEPPING }, { name: 'widget-base', test: WIDGET_BASE }] } } } } }
						: undefined,
			},
		],
	},
	integrations: [
		contentGraph(),
		starlight({
			title: { ru: 'Математика для нейросетей', en: 'Math for neural networks' },
			description: 'Дорожная карта математики, которая нужна, чтобы понимать и обучать нейросети.',
			defaultLocale: 'root',
			locales: {
				root: { label: 'Русский', lang: 'ru' },
				en: { label: 'English', lang: 'en' },
			},
			sidebar: sidebarFromGraph(),
			// KaTeX's CSS is not here: remark-katex-css adds it only to pages that have math.
			customCss: ['./src/styles/site.css'],
			components: {
				MarkdownContent: './src/components/TopicContent.astro',
				Search: './src/components/Search.astro',
				Head: './src/components/Head.astro',
				// Starlight's theme scripts throw when localStorage does (all cookies blocked); these do not.
				ThemeProvider: './src/components/ThemeProvider.astro',
				ThemeSelect: './src/components/ThemeSelect.astro',
				Hero: './src/components/Hero.astro',
				// Splash pages have no mobile menu; this adds theme and language there (Header.astro says how).
				Header: './src/components/Header.astro',
				// The same tables of contents with a script that watches the headings only (src/client/toc.ts says why).
				TableOfContents: './src/components/toc/TableOfContents.astro',
				MobileTableOfContents: './src/components/toc/MobileTableOfContents.astro',
			},
			// Plain Shiki instead of Expressive Code: valid HTML (no <div> inside <code>), no frame script,
			// and ~5 KB less on every page with code.
			expressiveCode: false,
			lastUpdated: false,
			pagination: true,
		}),
		// After Starlight, whose hook builds the search index: text meant only for the index leaves the pages.
		searchOnly(),
		// After Starlight: it reads the Pagefind index Starlight writes when the build is done.
		searchVocabulary(),
		mdx(),
		preact(),
		linkable(),
		// Reading offline: a service worker keeps the pages a reader opens (remove this line to turn it off).
		offline(),
		// Last: it renames fonts and stylesheets in the finished pages.
		katexFonts(),
		// After the fonts: each math page gets the KaTeX rules it uses inline, instead of the whole stylesheet.
		katexCss(),
		// Last of all: stylesheets lose the rules no page or script can use (after every step that edits pages).
		unusedCss(),
	],
});
