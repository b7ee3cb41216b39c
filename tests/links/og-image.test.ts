import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { renderCard, shorten, texToSvg } from '../../src/links/og-image';
import { pngSize } from '../helpers/png';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('preview cards', () => {
	test('a formula becomes a self-contained SVG in the given colour', () => {
		const svg = texToSvg('c_{ij} = \\sum_k a_{ik} b_{kj}', '#b3c7ff')!;
		expect(svg.widthEx).toBeGreaterThan(5);
		expect(svg.svg).toContain('#b3c7ff');
		expect(svg.svg).not.toContain('currentColor');
		expect(svg.svg).not.toContain('<use'); // glyphs inline, nothing to resolve
	});

	test('TeX that MathJax cannot read gives no formula instead of an error box', () => {
		expect(texToSvg('\\frac{1}{', '#fff')).toBeUndefined();
		expect(texToSvg('\\undefinedmacro{x}', '#fff')).toBeUndefined();
	});

	test('a card is a 1200×630 PNG, Cyrillic included', { timeout: 30_000 }, async () => {
		const png = await renderCard(
			{ siteTitle: 'Математика для нейросетей', title: 'Умножение матриц', area: 'Линейная алгебра', formula: 'c_{ij} = \\sum_k a_{ik} b_{kj}', footer: 'С этой темы можно начинать', note: 'около 4 ч' },
			ROOT,
		);
		const file = join(mkdtempSync(join(tmpdir(), 'og-')), 'card.png');
		writeFileSync(file, png);
		expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
	});

	test('long texts are cut at a word', () => {
		expect(shorten('один два три четыре', 12)).toBe('один два…');
		expect(shorten('коротко', 12)).toBe('коротко');
	});
});
