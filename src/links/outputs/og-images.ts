import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContent } from '../../graph/load';
import { validateContent } from '../../graph/validate';
import { AREA_LABELS } from '../../i18n/areas';
import { LINK_UI } from '../../i18n/links';
import { plural } from '../../i18n/ui';
import type { Lang } from '../../schemas/areas';
import { renderCard, shorten, texToSvg, type CardInput } from '../og-image';
import { isNotFoundPath, ogImagePath, sitePath } from '../urls';
import type { BuildOutput } from './output';

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
			card.note = page.lang === 'ru' ? `${count} ${plural(count, 'тема', 'темы', 'тем')}` : `${count} ${plural(count, 'topic', 'topics')}`;
		}
		cards.push({ path: ogImagePath(page.lang, page.slug), card });
	}
	return cards;
}

export interface PreviewImageOptions {
	root: string;
	out: string;
	cards: readonly { path: string; card: CardInput }[];
	/** The card renderer's source, part of every cache key: changing the card's look redraws every card. */
	rendererSource: string;
	render?: (card: CardInput, root: string) => Promise<Uint8Array>;
	warn: (message: string) => void;
}

/**
 * Cards depend on the content only (not on the deployment's address), so one cache serves every
 * build: rendering takes a few hundred milliseconds per card, a cache hit under one.
 */
export async function writePreviewImages({ root, out, cards, rendererSource, render = renderCard, warn }: PreviewImageOptions) {
	const cacheDir = join(root, '.astro', 'og-cache');
	mkdirSync(cacheDir, { recursive: true });
	let made = 0;
	let cached = 0;
	for (const { path, card } of cards) {
		const key = createHash('sha256').update(rendererSource).update(JSON.stringify(card)).digest('hex').slice(0, 24);
		const cacheFile = join(cacheDir, `${key}.png`);
		const target = join(out, path);
		mkdirSync(dirname(target), { recursive: true });
		if (existsSync(cacheFile)) {
			cached++;
		} else {
			if (card.formula && !texToSvg(card.formula, '#000')) {
				warn(`${path}: MathJax cannot draw the formula ${JSON.stringify(card.formula)}; the preview shows none. Check \`formula\` in content/topics/.`);
			}
			writeFileSync(cacheFile, await render(card, root));
			made++;
		}
		copyFileSync(cacheFile, target);
	}
	return { made, cached };
}

/** A preview image per page, `og/…png`, for link previews in chats and forums. */
export const ogImages: BuildOutput = {
	writes: 'og/**/*.png',
	async write({ root, out, info, warn }) {
		const started = Date.now();
		const rendererSource = readFileSync(join(root, 'src', 'links', 'og-image.ts'), 'utf8');
		const { made, cached } = await writePreviewImages({ root, out, cards: cardInputs(root), rendererSource, warn });
		info(`preview images: ${made + cached} (${made} rendered, ${cached} from cache) in ${Date.now() - started} ms`);
	},
};
