import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadContent } from '../graph/load';
import { validateContent } from '../graph/validate';
import { AREA_LABELS } from '../i18n/areas';
import { LINK_UI } from '../i18n/links';
import { plural } from '../i18n/ui';
import type { Lang } from '../schemas/areas';
import { contentSecurityPolicy, headersFile, inlineScriptHashes } from './csp';
import { htmlFiles } from './dist-files';
import { keepFragment } from './redirect-pages';
import { renderCard, shorten, texToSvg, type CardInput } from './og-image';
import { isNotFoundPath, normalizeBase, ogImagePath, sitePath, withBase } from './urls';

/**
 * "Linkable forever", the build side:
 * - registers the middleware that adds heading link controls (src/links/middleware.ts);
 * - after the build: a preview image per page (`og/…png`, cached by content hash), `robots.txt`,
 *   the English 404 page at `en/404.html` for hosts that look for a 404 page per folder,
 *   redirect pages that keep the `#fragment`, and `_headers` with the Content-Security-Policy
 *   computed from the built HTML.
 */
export function linkable(): AstroIntegration {
	let root = '';
	let site = '';
	let base = '/';
	return {
		name: 'nn-math:linkable',
		hooks: {
			'astro:config:setup': ({ addMiddleware }) => {
				addMiddleware({ entrypoint: new URL('./middleware.ts', import.meta.url), order: 'post' });
			},
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				site = config.site ?? 'http://127.0.0.1:4321';
				base = normalizeBase(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const started = Date.now();
				const { made, cached } = await writePreviewImages(root, out, (m) => logger.warn(m));
				logger.info(`preview images: ${made + cached} (${made} rendered, ${cached} from cache) in ${Date.now() - started} ms`);
				writeRobots(out, site, base);
				copyEnglish404(out);
				keepFragmentsOnRedirects(out);
				const hashes = htmlFiles(out).flatMap((file) => inlineScriptHashes(readFileSync(join(out, file), 'utf8')));
				writeFileSync(join(out, '_headers'), headersFile(contentSecurityPolicy(hashes), base));
			},
		},
	};
}

/** What each page's card shows, from the same content files the build validated. */
export function cardInputs(root: string): { path: string; card: CardInput }[] {
	const { input } = loadContent(root);
	const { graph } = validateContent(input);
	const titleOf = (lang: Lang, slug: string) =>
		String((input.pages.find((p) => p.lang === lang && p.slug === slug)?.frontmatter as { title?: unknown } | undefined)?.title ?? slug);
	const logoFile = join(root, 'public', 'favicon.svg');
	const logo = existsSync(logoFile) ? readFileSync(logoFile, 'utf8') : undefined;
	const cards: { path: string; card: CardInput }[] = [];
	for (const page of input.pages) {
		if (isNotFoundPath(sitePath(page.lang, page.slug))) continue;
		const front = (page.frontmatter ?? {}) as { title?: unknown; description?: unknown; hero?: { tagline?: unknown } };
		const siteTitle = titleOf(page.lang, '');
		const topic = graph?.topics[page.slug];
		const t = LINK_UI[page.lang];
		const count = graph?.order.length ?? 0;
		const card: CardInput = {
			siteTitle,
			title: String(front.title ?? page.slug),
			logo,
			footer: '',
		};
		if (topic) {
			card.area = AREA_LABELS[topic.area][page.lang];
			card.formula = topic.data.formula;
			card.note = t.og.hours(topic.data.hours);
			card.footer = shorten(t.og.needs(topic.data.prerequisites.map((p) => titleOf(page.lang, p.topic))), 75);
		} else {
			card.title = page.slug === '' ? t.og.roadmap : card.title;
			// The home page's tagline says it best; its description starts like the card's title.
			card.subtitle = shorten(String(front.hero?.tagline ?? front.description ?? ''), 150);
			card.note = page.lang === 'ru' ? `${count} ${plural(count, 'тема', 'темы', 'тем')}` : `${count} ${count === 1 ? 'topic' : 'topics'}`;
		}
		cards.push({ path: ogImagePath(page.lang, page.slug), card });
	}
	return cards;
}

/**
 * Cards depend on the content only (not on the deployment's address), so one cache serves every
 * build: rendering takes a few hundred milliseconds per card, a cache hit under one.
 */
async function writePreviewImages(root: string, out: string, warn: (message: string) => void) {
	const cacheDir = join(root, '.astro', 'og-cache');
	mkdirSync(cacheDir, { recursive: true });
	let made = 0;
	let cached = 0;
	// The renderer's own source is part of the key: changing the card's look redraws every card.
	const renderer = readFileSync(join(root, 'src', 'links', 'og-image.ts'), 'utf8');
	for (const { path, card } of cardInputs(root)) {
		const key = createHash('sha256').update(renderer).update(JSON.stringify(card)).digest('hex').slice(0, 24);
		const cacheFile = join(cacheDir, `${key}.png`);
		const target = join(out, path);
		mkdirSync(dirname(target), { recursive: true });
		if (existsSync(cacheFile)) {
			cached++;
		} else {
			if (card.formula && !texToSvg(card.formula, '#000')) {
				warn(`${path}: MathJax cannot draw the formula ${JSON.stringify(card.formula)}; the preview shows none. Check \`formula\` in content/topics/.`);
			}
			writeFileSync(cacheFile, await renderCard(card, root));
			made++;
		}
		copyFileSync(cacheFile, target);
	}
	return { made, cached };
}

function writeRobots(out: string, site: string, base: string) {
	const file = join(out, 'robots.txt');
	if (existsSync(file)) return; // a hand-written public/robots.txt wins
	const sitemap = new URL(withBase(base, '/sitemap-index.xml'), site).href;
	writeFileSync(file, `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
}

/**
 * Starlight builds the English 404 page at `en/404/index.html`. Hosts that look for the nearest
 * `404.html` (Cloudflare Pages, nginx with `error_page` per location) find it at `en/404.html`;
 * hosts with a single 404 page (GitHub Pages) serve the Russian one, whose script sends an
 * `/en/…` address to the English page.
 */
function copyEnglish404(out: string) {
	const source = join(out, 'en', '404', 'index.html');
	if (existsSync(source)) copyFileSync(source, join(out, 'en', '404.html'));
}

/**
 * Astro's static redirect pages use `<meta http-equiv="refresh">`, which drops the `#fragment` of
 * the old URL. A one-line script carries it over, so `/old-page/#section` lands on `/new-page/#section`.
 */
function keepFragmentsOnRedirects(out: string) {
	for (const file of htmlFiles(out)) {
		const path = join(out, file);
		const html = readFileSync(path, 'utf8');
		const patched = keepFragment(html);
		if (patched !== html) writeFileSync(path, patched);
	}
}
