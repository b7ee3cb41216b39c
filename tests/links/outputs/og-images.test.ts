import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { CardInput } from '../../../src/links/og-image';
import { cardInputs, writePreviewImages } from '../../../src/links/outputs/og-images';
import { fakeBuild } from './helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('cardInputs', () => {
	test('gives a card per page but the 404 pages, topic cards with area, hours and prerequisites', () => {
		const cards = cardInputs(ROOT);
		const paths = cards.map((c) => c.path);
		expect(paths).toContain('/og/index.png');
		expect(paths).toContain('/og/en/index.png');
		expect(paths.filter((p) => p.includes('404'))).toEqual([]);
		const topic = cards.find((c) => c.path === '/og/en/linear-algebra/matrix-multiplication.png')!.card;
		expect(topic.area).toBeTruthy();
		expect(topic.note).toBeTruthy();
		expect(topic.footer).not.toBe('');
	});
});

describe('writePreviewImages', () => {
	const cards = [
		{ path: '/og/index.png', card: { siteTitle: 'S', title: 'Home', footer: '' } },
		{ path: '/og/en/a/b.png', card: { siteTitle: 'S', title: 'B', footer: '' } },
	];
	/** A renderer that counts its calls and writes the card's title as the "image". */
	function countingRender() {
		const render = async (card: CardInput) => {
			render.calls++;
			return new TextEncoder().encode(card.title);
		};
		render.calls = 0;
		return render;
	}

	test('renders each card once, then serves it from the cache, and copies it to its path', async () => {
		const ctx = fakeBuild();
		const render = countingRender();
		const options = { root: ctx.root, out: ctx.out, cards, rendererSource: 'v1', render, warn: ctx.warn };
		expect(await writePreviewImages(options)).toEqual({ made: 2, cached: 0 });
		expect(await writePreviewImages(options)).toEqual({ made: 0, cached: 2 });
		expect(render.calls).toBe(2);
		expect(readFileSync(join(ctx.out, 'og/en/a/b.png'), 'utf8')).toBe('B');
		expect(existsSync(join(ctx.out, 'og/index.png'))).toBe(true);
	});

	test('draws every card again when the renderer changes', async () => {
		const ctx = fakeBuild();
		const render = countingRender();
		await writePreviewImages({ root: ctx.root, out: ctx.out, cards, rendererSource: 'v1', render, warn: ctx.warn });
		expect(await writePreviewImages({ root: ctx.root, out: ctx.out, cards, rendererSource: 'v2', render, warn: ctx.warn })).toEqual({ made: 2, cached: 0 });
	});

	test('warns about a formula MathJax cannot draw, naming the page', async () => {
		const ctx = fakeBuild();
		await writePreviewImages({
			root: ctx.root,
			out: ctx.out,
			cards: [{ path: '/og/x.png', card: { siteTitle: 'S', title: 'X', footer: '', formula: '\\frac{1}{' } }],
			rendererSource: 'v1',
			render: countingRender(),
			warn: ctx.warn,
		});
		expect(ctx.messages).toEqual([expect.stringMatching(/^warn: \/og\/x\.png: MathJax cannot draw the formula "\\\\frac\{1\}\{"/)]);
	});
});
