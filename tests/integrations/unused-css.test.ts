import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, test } from 'vitest';
import { presenceIn, pruneCss, requiredClasses, unusedCssReport } from '../../src/integrations/unused-css';
import { DIST, builtPages } from '../helpers/dist';

describe('the classes a selector requires', () => {
	test('plain, scoped and escaped classes are required', () => {
		expect(requiredClasses('.a .b>.c')).toEqual(['a', 'b', 'c']);
		expect(requiredClasses('button:where(.astro-ac66eqjo)[data-open-modal]')).toEqual(['astro-ac66eqjo']);
		expect(requiredClasses('.print\\:hidden')).toEqual(['print:hidden']);
		expect(requiredClasses('.\\31 0x')).toEqual(['10x']);
		expect(requiredClasses('.a:is(.b)::after')).toEqual(['a', 'b']);
	});
	test('classes under :not, :has, in a selector list or in an attribute are optional', () => {
		expect(requiredClasses('.a:not(.b)')).toEqual(['a']);
		expect(requiredClasses('.a:has(>.b)')).toEqual(['a']);
		expect(requiredClasses('.a :is(.b,.c)')).toEqual(['a']);
		expect(requiredClasses('.a:where(.b, .c)')).toEqual(['a']);
		expect(requiredClasses('[class~=".x"] a[href$=".pdf"]')).toEqual([]);
		expect(requiredClasses(':root')).toEqual([]);
	});
	test('a hostile selector is read in one pass, unbalanced or not', () => {
		expect(requiredClasses(':is('.repeat(50_000))).toEqual([]);
		expect(requiredClasses('.a'.repeat(50_000))).toHaveLength(50_000);
	});
});

describe('whether a class can occur in the site', () => {
	const present = presenceIn('<div class="note shown"></div> el.classList.toggle(`state-${s}`); x="mastery-"+y; z = \'rm-show-\' + k');
	test('named anywhere, or built by a script from a prefix', () => {
		expect(present('note')).toBe(true);
		expect(present('state-known')).toBe(true);
		expect(present('mastery-confident')).toBe(true);
		expect(present('rm-show-progress')).toBe(true);
	});
	test('a class named nowhere and built from no prefix cannot occur', () => {
		expect(present('starlight-aside')).toBe(false);
		expect(present('sl-badge')).toBe(false);
		// A prefix that is only text, not the start of a built name, does not count.
		expect(presenceIn('state- of the art')('state-known')).toBe(false);
	});
});

describe('pruning a stylesheet', () => {
	const present = (c: string) => ['used', 'astro-1'].includes(c);
	test('rules and selectors that need an absent class go; the rest stays as written', () => {
		const css = '.used{color:red}.gone{color:blue}.used,.gone .x{margin:0}p:where(.astro-2){a:b}p:where(.astro-1){c:d}a{e:f}';
		const { css: out, removed } = pruneCss(css, present);
		expect(out).toBe('.used{color:red}.used{margin:0}p:where(.astro-1){c:d}a{e:f}');
		expect(removed).toEqual(['.gone', '.gone .x', 'p:where(.astro-2)']);
	});
	test('blocks left empty go, layer statements, font faces and keyframes stay', () => {
		const css = '@layer a,b;@layer a{@media (min-width:1px){.gone{x:y}}.used{x:y}}@layer b{@supports (x:y){.gone{x:y}}}@font-face{font-family:F;src:url(f.woff2)}@keyframes k{from{x:y}to{x:z}}';
		const { css: out } = pruneCss(css, present);
		expect(out).toBe('@layer a,b;@layer a{.used{x:y}}@font-face{font-family:F;src:url(f.woff2)}@keyframes k{from{x:y}to{x:z}}');
	});
	test('a stylesheet with nothing to remove is returned unchanged, byte for byte', () => {
		const css = '/* kept */ .used { color : red }\n';
		expect(pruneCss(css, present)).toEqual({ css, removed: [] });
	});
});

/** In the built site (the dist project builds it first). */
describe('the built stylesheets', () => {
	const assets = join(DIST, '_astro');
	const sheets = readdirSync(assets).filter((f) => f.endsWith('.css'));
	const report = unusedCssReport(join(import.meta.dirname, '..', '..', '.astro', 'cache'));

	test('Starlight components this site does not use are gone from the stylesheet every page loads', () => {
		const linked = new Set(builtPages().flatMap((p) => [...p.html.matchAll(/<link rel="stylesheet" href="[^"]*\/_astro\/([^"]+\.css)">/g)].map((m) => m[1]!)));
		const common = [...linked].filter((f) => builtPages().every((p) => p.html.includes(f) || p.html.includes('http-equiv="refresh"')));
		expect(common.length, 'one stylesheet is linked by every page').toBeGreaterThan(0);
		for (const file of common) {
			const css = readFileSync(join(assets, file), 'utf8');
			expect(css).not.toMatch(/\.starlight-aside|\.sl-badge|\.sl-link-button|\.sl-anchor-link/);
			// What every page keeps: Starlight's layout and our own components.
			expect(css).toMatch(/\.sl-markdown-content/);
			expect(css).toMatch(/\.hl-heading/);
		}
	});

	test('every linked or imported stylesheet exists under its new name, and the report names only files that exist', () => {
		const referenced = new Set<string>();
		for (const p of builtPages()) for (const m of p.html.matchAll(/\/_astro\/([\w.-]+\.css)/g)) referenced.add(m[1]!);
		for (const js of readdirSync(assets).filter((f) => f.endsWith('.js'))) for (const m of readFileSync(join(assets, js), 'utf8').matchAll(/_astro\/([\w.-]+\.css)/g)) referenced.add(m[1]!);
		expect([...referenced].filter((f) => !sheets.includes(f)), 'referenced stylesheets missing from dist/_astro').toEqual([]);
		expect(existsSync(report), `no report at ${report}: did the build run the unused-css integration?`).toBe(true);
		const removed = JSON.parse(readFileSync(report, 'utf8')) as Record<string, string[]>;
		expect(Object.keys(removed).filter((f) => !sheets.includes(f))).toEqual([]);
		for (const [file, selectors] of Object.entries(removed)) {
			const left = new Set<string>();
			postcss.parse(readFileSync(join(assets, file), 'utf8')).walkRules((r) => r.selectors.forEach((s) => left.add(s)));
			expect(selectors.filter((s) => left.has(s)), `${file} still has selectors the report lists as removed`).toEqual([]);
		}
	});
});
