import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import satori from 'satori';

/**
 * The link preview card of a page (1200×630 PNG, what forums and messengers show): the site's
 * name, the topic's area, its title and its key formula, in the page's language, in the colours
 * of Starlight's dark theme. satori lays the card out as SVG, MathJax draws the formula as SVG
 * paths (no font needed), resvg rasterises the result.
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface CardInput {
	siteTitle: string;
	title: string;
	/** The area label on a topic's card. */
	area?: string;
	/** LaTeX of the key formula. */
	formula?: string;
	/** Under the title when there is no formula (the home page's description). */
	subtitle?: string;
	/** Bottom left: e.g. what a topic builds on. */
	footer: string;
	/** Bottom right: e.g. the hours a topic takes. */
	note?: string;
	/** The site's logo, SVG source. */
	logo?: string;
}

/** Starlight's dark theme (hue 224). */
const COLORS = {
	background: '#17181c',
	panel: '#23262f',
	border: '#353841',
	text: '#ffffff',
	muted: '#c0c2c7',
	faint: '#888b96',
	accent: '#3366ff',
	accentHigh: '#b3c7ff',
	accentLow: '#131e4f',
};

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** PT Sans from @fontsource (satori reads WOFF, not WOFF2); the Latin and Cyrillic subsets are separate files. */
function loadFonts(root: string) {
	if (fonts) return fonts;
	const require = createRequire(join(root, 'package.json'));
	const dir = join(require.resolve('@fontsource/pt-sans/package.json'), '..', 'files');
	fonts = (['latin', 'cyrillic'] as const).flatMap((subset) =>
		([400, 700] as const).map((weight) => ({
			name: `PT Sans ${subset}`,
			data: readFileSync(join(dir, `pt-sans-${subset}-${weight}-normal.woff`)),
			weight,
			style: 'normal' as const,
		})),
	);
	return fonts;
}

let texToSvgDocument: ReturnType<typeof mathjax.document> | undefined;
let adaptor: ReturnType<typeof liteAdaptor> | undefined;

export interface FormulaSvg {
	svg: string;
	/** Size in ex, MathJax's unit (about half the font size). */
	widthEx: number;
	heightEx: number;
}

/** LaTeX → a self-contained SVG (glyphs as paths), or `undefined` when MathJax cannot read it. */
export function texToSvg(tex: string, color: string): FormulaSvg | undefined {
	if (!texToSvgDocument) {
		adaptor = liteAdaptor();
		RegisterHTMLHandler(adaptor);
		texToSvgDocument = mathjax.document('', {
			InputJax: new TeX({ packages: AllPackages }),
			OutputJax: new SVG({ fontCache: 'none' }),
		});
	}
	const node = texToSvgDocument.convert(tex, { display: true });
	const svg = adaptor!.innerHTML(node);
	// A syntax error is an `merror` node; an unknown macro is drawn in red (MathJax's `noundefined`).
	if (svg.includes('data-mjx-error') || svg.includes('data-mml-node="merror"') || svg.includes('fill="red"')) return undefined;
	const widthEx = Number(/width="([\d.]+)ex"/.exec(svg)?.[1]);
	const heightEx = Number(/height="([\d.]+)ex"/.exec(svg)?.[1]);
	if (!(widthEx > 0 && heightEx > 0)) return undefined;
	return { svg: svg.replace(/currentColor/g, color).replace(/ style="[^"]*"/, ''), widthEx, heightEx };
}

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, ...children: unknown[]): Node => ({
	type,
	props: { style: { display: 'flex', ...style }, children: children.length === 1 ? children[0] : children },
});

function titleSize(title: string): number {
	const n = title.length;
	return n <= 18 ? 88 : n <= 30 ? 76 : n <= 44 ? 64 : 54;
}

/** The card as satori's element tree. */
export function cardTree(input: CardInput): Node {
	const formula = input.formula ? texToSvg(input.formula, COLORS.accentHigh) : undefined;
	let formulaNode: Node | undefined;
	if (formula) {
		const ex = 30;
		const scale = Math.min(1, 1000 / (formula.widthEx * ex), 150 / (formula.heightEx * ex));
		formulaNode = el(
			'div',
			{ padding: '20px 28px', background: COLORS.panel, border: `2px solid ${COLORS.border}`, borderRadius: 16, alignSelf: 'flex-start' },
			{
				type: 'img',
				props: {
					src: `data:image/svg+xml;base64,${Buffer.from(formula.svg).toString('base64')}`,
					width: Math.round(formula.widthEx * ex * scale),
					height: Math.round(formula.heightEx * ex * scale),
				},
			},
		);
	}
	const logo = input.logo
		? { type: 'img', props: { src: `data:image/svg+xml;base64,${Buffer.from(input.logo).toString('base64')}`, width: 48, height: 48 } }
		: el('div', { width: 48, height: 48, borderRadius: 10, background: COLORS.accentLow });
	const middle = el(
		'div',
		{ flexDirection: 'column', gap: 28 },
		...(input.area
			? [el('div', { alignSelf: 'flex-start', padding: '6px 18px', borderRadius: 999, background: COLORS.accentLow, color: COLORS.accentHigh, fontSize: 30 }, input.area)]
			: []),
		el('div', { fontSize: titleSize(input.title), fontWeight: 700, lineHeight: 1.08, maxWidth: 1040 }, input.title),
		...(formulaNode ? [formulaNode] : []),
		...(!formulaNode && input.subtitle ? [el('div', { fontSize: 34, lineHeight: 1.3, color: COLORS.muted, maxWidth: 1020 }, input.subtitle)] : []),
	);
	const footer = el(
		'div',
		{ justifyContent: 'space-between', alignItems: 'center', fontSize: 26, color: COLORS.faint },
		el('div', {}, input.footer),
		el('div', { color: COLORS.muted }, input.note ?? ''),
	);
	// satori adds padding to a box's size: the outer box is the image, the inner one holds the padding.
	return el(
		'div',
		{ width: OG_WIDTH, height: OG_HEIGHT, background: COLORS.background, borderLeft: `12px solid ${COLORS.accent}` },
		el(
			'div',
			{
				flexGrow: 1,
				flexDirection: 'column',
				justifyContent: 'space-between',
				padding: '56px 72px 48px 60px',
				color: COLORS.text,
				fontFamily: 'PT Sans latin, PT Sans cyrillic',
			},
			el('div', { alignItems: 'center', gap: 20, fontSize: 30, color: COLORS.muted }, logo, input.siteTitle),
			middle,
			footer,
		),
	);
}

/** Renders the card to a PNG. `root` is the project folder (to find the fonts). */
export async function renderCard(input: CardInput, root: string): Promise<Buffer> {
	const svg = await satori(cardTree(input) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts(root) });
	return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Shortens a text to about `max` characters at a word boundary. */
export function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,.;:—–-]+$/, '')}…`;
}
