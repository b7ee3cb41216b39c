/**
 * After the build, every stylesheet under `_astro/` loses the rules no page of the site can use.
 *
 * Why: Starlight bundles the styles of all its components into the stylesheet every page loads —
 * asides, badges, link buttons, the banner, its own heading anchors (this site draws its own,
 * src/links/heading-controls.ts) — and its print stylesheet styles Expressive Code and file trees,
 * which this site does not use. Those rules were about 1.5 KiB of every page's compressed first load,
 * and a text page's whole budget is 30 KiB (issue #19).
 *
 * What counts as "used" is decided conservatively, by class names: a selector is dropped only when it
 * requires a class (outside `:not(…)`, `:has(…)` and selector lists) whose name occurs nowhere in the
 * built site — in no page and in no script, where the classes a script sets are written — and that no
 * script builds from a prefix (`state-${…}`, `'state-' + …`). A rule goes when all its selectors go;
 * an at-rule block goes when it is left empty. Rules without classes (elements, attributes, `:root`),
 * `@font-face` and keyframes are never touched.
 *
 * A changed stylesheet gets a new hashed name and every reference to it is rewritten
 * (./hashed-assets.ts): otherwise a page that starts using a cut rule would find the old cut copy,
 * cached forever under the same name. `tests/browser/unused-css.test.ts` checks in Chromium, after
 * the scripts have drawn search results, progress states and widgets, that no removed selector
 * matches an element; the removed selectors are listed for it in `unused-css.json` in Astro's cache
 * folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import postcss, { type Container, type Rule } from 'postcss';
import { replaceHashed, rewriteReferences, walk } from './hashed-assets';

/** Functional pseudo-classes whose argument must match for the selector to match (when it is one selector). */
const MUST_MATCH = new Set(['is', 'where', 'matches', '-webkit-any', '-moz-any']);

/** `print\:hidden` → `print:hidden`: the class name as written in HTML. */
function unescape(name: string): string {
	return name.replace(/\\(?:([0-9a-fA-F]{1,6})\s?|([\s\S]))/g, (_, hex: string | undefined, char: string) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : char));
}

/** One level of parentheses in a selector, while it is read. */
interface Level {
	/** Whether what is inside must match for the whole selector to match (`:is(…)`, `:where(…)`). */
	mustMatch: boolean;
	/** Classes found at this level. */
	classes: string[];
	/** A comma at this level makes it a selector list: then no one of its classes is required. */
	list: boolean;
}

/** One character of a class name: an escape (`\:`, `\31 `) or a name character. */
const NAME_CHAR = /\\[0-9a-fA-F]{1,6}\s?|\\[\s\S]|[\w\u0080-\uffff-]/y;

/**
 * Classes an element must carry (or an element's ancestor or sibling, in the same selector) for
 * `selector` to match anything: those outside functional pseudo-classes, and those inside `:is()` or
 * `:where()` around one selector (how Astro scopes a component: `a:where(.astro-x1y2)`). Classes under
 * `:not()`, `:has()`, `:nth-child()` or inside a selector list are optional, so they are not returned.
 * One pass over the text with a stack of open parentheses, so any input is read in linear time; an
 * unclosed parenthesis makes what follows it optional.
 */
export function requiredClasses(selector: string): string[] {
	const top: Level = { mustMatch: true, classes: [], list: false };
	const stack: Level[] = [top];
	let i = 0;
	while (i < selector.length) {
		const c = selector[i]!;
		const level = stack[stack.length - 1]!;
		if (c === '\\') {
			i += 2;
		} else if (c === '[') {
			// An attribute selector's value is not a class, even when it looks like one.
			while (i < selector.length && selector[i] !== ']') i += selector[i] === '\\' ? 2 : 1;
			i++;
		} else if (c === '(') {
			const fn = /[\w-]+$/.exec(selector.slice(Math.max(0, i - 20), i))?.[0].toLowerCase() ?? '';
			stack.push({ mustMatch: MUST_MATCH.has(fn), classes: [], list: false });
			i++;
		} else if (c === ')') {
			if (stack.length > 1) {
				stack.pop();
				if (level.mustMatch && !level.list) stack[stack.length - 1]!.classes.push(...level.classes);
			}
			i++;
		} else if (c === ',') {
			level.list = true;
			i++;
		} else if (c === '.') {
			let end = i + 1;
			NAME_CHAR.lastIndex = end;
			while (NAME_CHAR.exec(selector)) end = NAME_CHAR.lastIndex;
			if (end > i + 1) level.classes.push(unescape(selector.slice(i + 1, end)));
			i = end;
		} else {
			i++;
		}
	}
	return top.list ? [] : top.classes;
}

/**
 * Whether a class can occur in the built site, given all its pages and scripts as one text: its name
 * is found, or a script builds it from a prefix ending in `-` or `_` (`state-${s}`, `"state-"+s`).
 */
export function presenceIn(corpus: string): (name: string) => boolean {
	const known = new Map<string, boolean>();
	return (name) => {
		let found = known.get(name);
		if (found === undefined) {
			found = corpus.includes(name);
			for (let i = 0; !found && i < name.length - 1; i++) {
				if (name[i] !== '-' && name[i] !== '_') continue;
				const prefix = name.slice(0, i + 1);
				found = ['${', '"+', "'+", '`+', '" +', "' +"].some((join) => corpus.includes(prefix + join));
			}
			known.set(name, found);
		}
		return found;
	};
}

/** The stylesheet without its rules that `present` says cannot match, and the selectors removed. */
export function pruneCss(css: string, present: (name: string) => boolean): { css: string; removed: string[] } {
	const root = postcss.parse(css);
	const removed: string[] = [];
	root.walkRules((rule: Rule) => {
		// Keyframe steps (`from`, `50%`) are not selectors.
		if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
		const alive = rule.selectors.filter((s) => requiredClasses(s).every(present));
		if (alive.length === rule.selectors.length) return;
		removed.push(...rule.selectors.filter((s) => !alive.includes(s)));
		if (alive.length === 0) rule.remove();
		else rule.selectors = alive;
	});
	// Blocks left empty go too, innermost first (`@layer x{@media …{}}`); statements like `@layer a,b;` have no block and stay.
	const dropEmpty = (container: Container) => {
		container.each((node) => {
			if (node.type !== 'atrule' || !node.nodes) return;
			dropEmpty(node);
			if (node.nodes.length === 0) node.remove();
		});
	};
	dropEmpty(root);
	return { css: removed.length ? root.toString() : css, removed };
}

/** Where the removed selectors are listed for the browser test: Astro's cache folder, never deployed. */
export function unusedCssReport(cacheDir: string): string {
	return join(cacheDir, 'unused-css.json');
}

export function unusedCss(): AstroIntegration {
	let report = '';
	return {
		name: 'nn-math:unused-css',
		hooks: {
			'astro:config:setup': ({ config }) => {
				report = unusedCssReport(fileURLToPath(config.cacheDir));
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = walk(root).filter((f) => !f.includes(`${join(root, 'pagefind')}`));
				const corpus = files.filter((f) => /\.(html|m?js)$/.test(f)).map((f) => readFileSync(f, 'utf8'));
				const present = presenceIn(corpus.join('\n'));
				const renames = new Map<string, string>();
				const replaced = new Set<string>();
				const removed: Record<string, string[]> = {};
				let before = 0;
				let after = 0;
				// KaTeX's stylesheet is left whole: katex-css.ts has already cut it per page, finer than this can,
				// and its test compares those cuts with the whole file.
				for (const file of files.filter((f) => /[\\/]_astro[\\/](?!katex\.)[^\\/]+\.css$/.test(f))) {
					const css = readFileSync(file, 'utf8');
					const pruned = pruneCss(css, present);
					if (pruned.removed.length === 0) continue;
					const [from, to] = replaceHashed(file, pruned.css);
					renames.set(from, to);
					replaced.add(file);
					removed[to] = pruned.removed;
					before += css.length;
					after += pruned.css.length;
				}
				rewriteReferences(files.filter((f) => !replaced.has(f)), renames);
				mkdirSync(join(report, '..'), { recursive: true });
				writeFileSync(report, `${JSON.stringify(removed, null, '\t')}\n`);
				const count = Object.values(removed).reduce((n, list) => n + list.length, 0);
				logger.info(`unused CSS: ${count} selectors removed from ${renames.size} stylesheets (${(before / 1024).toFixed(1)} → ${(after / 1024).toFixed(1)} KiB before gzip)`);
			},
		},
	};
}
