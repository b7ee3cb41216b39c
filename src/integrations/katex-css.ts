/**
 * After the build, KaTeX's stylesheet is cut, per page, to the rules that page's formulas use, and
 * inlined into the page: a math page then has no render-blocking stylesheet of its own (issue #19;
 * 93 % of the 23 KB file was unused on a typical page). The cut is by selector: a rule stays when
 * one of its selectors, pseudo-elements aside, matches an element of the page; an `@font-face`
 * stays when a kept rule names its family, with only its woff2 source (every browser the site
 * supports reads woff2). `tests/browser/katex-css.test.ts` compares every KaTeX element's computed
 * style under the cut and the whole stylesheet.
 *
 * It runs after `nn-math:katex-fonts`, which has renamed the stylesheet to point at the cut fonts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../links/dist-files';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';

/** One rule of the stylesheet: its selectors (for `@font-face`, none) and its declarations. */
export interface CssRule {
	/** Comma-separated parts of the selector; empty for `@font-face`. */
	selectors: string[];
	/** The declarations between the braces, as written. */
	body: string;
	/** The family an `@font-face` declares; undefined for style rules. */
	fontFamily?: string;
}

/**
 * Reads KaTeX's stylesheet: flat style rules and `@font-face` blocks, nothing else. Anything else
 * (a media query, nesting) stops the build with the rule quoted, since cutting it blind could drop
 * what a page needs.
 */
export function parseKatexCss(css: string): CssRule[] {
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
	const rules: CssRule[] = [];
	const pattern = /([^{}]+)\{([^{}]*)\}/gy;
	let at = 0;
	for (;;) {
		while (at < text.length && /\s/.test(text[at]!)) at++;
		if (at >= text.length) break;
		pattern.lastIndex = at;
		const m = pattern.exec(text);
		if (!m) throw new Error(`KaTeX CSS: cannot read the rule at «${text.slice(at, at + 80)}»; only flat rules and @font-face are cut (src/integrations/katex-css.ts)`);
		at = pattern.lastIndex;
		const head = m[1]!.trim();
		const body = m[2]!.trim();
		if (head === '@font-face') {
			const family = /font-family:\s*["']?([\w-]+)/.exec(body)?.[1];
			if (!family) throw new Error(`KaTeX CSS: an @font-face without a font-family: «${body.slice(0, 80)}»`);
			rules.push({ selectors: [], body, fontFamily: family });
		} else if (head.startsWith('@')) {
			throw new Error(`KaTeX CSS: the at-rule «${head}» is not one the cut understands; extend src/integrations/katex-css.ts`);
		} else {
			rules.push({ selectors: splitSelectors(head), body });
		}
	}
	return rules;
}

/** `a, b:not(.x,.y)` → `['a', 'b:not(.x,.y)']`: commas inside parentheses do not split. */
function splitSelectors(list: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < list.length; i++) {
		const c = list[i];
		if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === ',' && depth === 0) {
			out.push(list.slice(start, i).trim());
			start = i + 1;
		}
	}
	out.push(list.slice(start).trim());
	return out.filter(Boolean);
}

/** The selector an element must match for the rule to draw on it or on its ::before/::after. */
export function elementSelector(selector: string): string {
	return selector.replace(/::?(before|after)\b/g, '').trim() || '*';
}

/** The classes a page's elements carry: a selector naming another class cannot match, and is not tried. */
function classesOf(tree: Root): Set<string> {
	const classes = new Set<string>();
	const visit = (node: Root | Root['children'][number]) => {
		if (node.type === 'element') for (const c of (node.properties.className as string[] | undefined) ?? []) classes.add(String(c));
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(tree);
	return classes;
}

/** Classes a selector requires (outside `:not(…)`, where they are excluded, not required). */
function requiredClasses(selector: string): string[] {
	return [...selector.replace(/:not\([^)]*\)/g, '').matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
}

/**
 * The stylesheet cut to what `tree` uses, serialized: kept style rules with only their matching
 * selectors, then the `@font-face` blocks of the families they name, woff2 only.
 */
export function cutKatexCss(rules: readonly CssRule[], tree: Root): string {
	const classes = classesOf(tree);
	const kept: string[] = [];
	const keptBodies: string[] = [];
	for (const rule of rules) {
		if (rule.fontFamily) continue;
		const matching = rule.selectors.filter((s) => requiredClasses(s).every((c) => classes.has(c)) && select(elementSelector(s), tree) !== undefined);
		if (matching.length === 0) continue;
		kept.push(`${matching.join(',')}{${rule.body}}`);
		keptBodies.push(rule.body);
	}
	const named = keptBodies.join(';');
	const faces = rules
		.filter((r) => r.fontFamily && new RegExp(`\\b${r.fontFamily}\\b`).test(named))
		.map((r) => `@font-face{${woff2Only(r.body)}}`);
	return [...faces, ...kept].join('');
}

/** `src: url(a.woff2) format("woff2"), url(a.woff) format("woff"), …` → the woff2 source alone. */
export function woff2Only(body: string): string {
	return body.replace(/src:([^;]+)/, (whole, list: string) => {
		const woff2 = list.split(/,(?=\s*url\()/).find((s) => /format\(["']?woff2["']?\)/.test(s));
		return woff2 ? `src:${woff2.trim()}` : whole;
	});
}

/**
 * The faces nearly every formula draws with. Preloaded, they usually arrive before the first formula
 * is painted: KaTeX's faces use `font-display: block`, so a formula is laid out with a fallback's
 * metrics until its face comes, and then moves what follows it (tests/browser/layout-shift.test.ts).
 * The bytes are the same: the page fetches these faces anyway.
 */
const PRELOADED = /url\((\/[^)]*\/KaTeX_(?:Main-Regular|Math-Italic)\.[\w-]+\.woff2)\)/g;

/** Preload links for the common faces that a page's cut stylesheet names. */
export function fontPreloads(css: string): string {
	return [...new Set([...css.matchAll(PRELOADED)].map((m) => m[1]!))].map((href) => `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin>`).join('');
}

/** `<link rel="stylesheet" href="…/katex.<hash>.css">` in a built page. */
const LINK = /<link rel="stylesheet" href="([^"]*\/_astro\/katex\.[\w-]+\.css)"\s*\/?>/g;

export function katexCss(): AstroIntegration {
	return {
		name: 'nn-math:katex-css',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const assets = join(root, '_astro');
				const sheets = new Map<string, CssRule[]>();
				const rulesOf = (file: string) => {
					let rules = sheets.get(file);
					if (!rules) sheets.set(file, (rules = parseKatexCss(readFileSync(join(assets, file), 'utf8'))));
					return rules;
				};
				let pages = 0;
				let largest = 0;
				for (const rel of htmlFiles(root)) {
					const file = join(root, rel);
					const html = readFileSync(file, 'utf8');
					if (!html.includes('/_astro/katex.')) continue;
					let tree: Root | undefined;
					const next = html.replace(LINK, (_, href: string) => {
						tree ??= fromHtml(html);
						const css = cutKatexCss(rulesOf(href.slice(href.lastIndexOf('/') + 1)), tree);
						largest = Math.max(largest, css.length);
						return `${fontPreloads(css)}<style>${css}</style>`;
					});
					if (next === html) continue;
					writeFileSync(file, next);
					pages++;
				}
				logger.info(`KaTeX CSS cut and inlined in ${pages} pages (largest ${(largest / 1024).toFixed(1)} KiB before gzip)`);
			},
		},
	};
}
