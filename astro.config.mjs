// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { contentGraph } from './src/integrations/content-graph';
import { linkable } from './src/links/integration';
import { astroRedirects } from './src/links/moved';
import { rehypeBaseLinks } from './src/links/rehype-base-links';
import { viteEscapeHeadingIds } from './src/markdown/escape-heading-ids';
import { rehypeHeadingIds } from './src/markdown/rehype-heading-ids';
import { rehypeMathSearch } from './src/markdown/rehype-math-search';
import { sidebarFromGraph } from './src/navigation/sidebar';

// Where the site is published; deployments set SITE (and BASE for a sub-path).
const site = process.env.SITE ?? 'http://127.0.0.1:4321';
const base = process.env.BASE ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Not the default `node_modules/.astro`: worktrees that share one node_modules must not share the content store.
	cacheDir: './.astro/cache',
	// Renamed pages keep their old URLs (src/links/moved.ts, checked against content/ledger.txt).
	redirects: astroRedirects(base),
	markdown: {
		// Astro 7's default engine ignores remark/rehype plugins: the unified processor runs them for .md and .mdx.
		processor: unified({
			remarkPlugins: [remarkMath],
			rehypePlugins: [
				// First, so Astro's and Starlight's id steps keep our ASCII ids.
				rehypeHeadingIds,
				[rehypeKatex, { throwOnError: false, strict: 'ignore' }],
				rehypeMathSearch,
				[rehypeBaseLinks, { base }],
			],
		}),
	},
	vite: {
		plugins: [viteEscapeHeadingIds()],
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
			customCss: ['katex/dist/katex.min.css', './src/styles/site.css'],
			components: {
				MarkdownContent: './src/components/TopicContent.astro',
				Head: './src/components/Head.astro',
			},
			lastUpdated: false,
			pagination: true,
		}),
		mdx(),
		preact(),
		linkable(),
	],
});
