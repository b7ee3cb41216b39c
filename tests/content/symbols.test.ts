import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { validateContent } from '../../src/graph/validate';
import { symbolAnchor, texTokens } from '../../src/notation/symbols';

/**
 * The page of symbols (content/notation/symbols.yaml, /symbols/) lists every symbol the formulas use:
 * the pages' `$…$` and `$$…$$`, the topics' key formulas, and the TeX the topic modules write into
 * worked examples. A TeX command is either a symbol with its names or one of the layout commands below.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { notation, problems, graph } = validateContent(loadContent(ROOT).input);

/** Commands that only lay a formula out, so a reader never asks what they are; each class says why. */
const LAYOUT = new Set([
	// Fractions and roots' shapes: the bar is read as "divided by", nobody searches for it.
	'\\frac', '\\dfrac', '\\tfrac',
	// Spacing.
	'\\,', '\\;', '\\!', '\\ ', '\\quad', '\\qquad', '\\mathrel', '\\textstyle',
	// Delimiter sizes and under-braces: bigger brackets, not new symbols.
	'\\left', '\\right', '\\bigl', '\\bigr', '\\Bigl', '\\Bigr', '\\underbrace',
	// Environments (matrices, cases).
	'\\begin', '\\end',
	// HTML-safe spellings of < and >, which pages write as `\lt`/`\gt` inside MDX.
	'\\lt', '\\gt',
	// Function names set as words, read aloud as written: max, min.
	'\\max', '\\min',
	// Words whose text a topic module fills in (`\\operatorname{${name}}`); with a literal word they are skipped whole.
	'\\text', '\\mathrm', '\\operatorname',
	// A line break in a matrix or cases, a literal percent sign, colour for a highlighted entry.
	'\\\\', '\\%', '\\color',
]);

/** Every TeX string of the content, with where it is, for the failure message. */
function formulas(): { where: string; tex: string }[] {
	const out: { where: string; tex: string }[] = [];
	const walk = (dir: string, ext: RegExp): string[] =>
		readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => ext.test(f)).map((f) => `${dir}/${f}`);
	for (const file of walk('content/docs', /\.mdx$/)) {
		const body = readFileSync(join(ROOT, file), 'utf8').replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
		for (const m of body.matchAll(/\$\$([\s\S]*?)\$\$|\$([^$\n]+?)\$/g)) out.push({ where: file, tex: m[1] ?? m[2]! });
	}
	for (const file of walk('content/topics', /\.yaml$/)) {
		const formula = /^formula: (.*)$/m.exec(readFileSync(join(ROOT, file), 'utf8'))?.[1];
		if (formula) out.push({ where: file, tex: formula });
	}
	// Topic modules write TeX in string literals, with every backslash doubled.
	for (const file of walk('src/topics', /\.ts$/)) {
		// Lines with NumPy code hold Python strings (`"try:\\n…"`), not TeX.
		const source = readFileSync(join(ROOT, file), 'utf8').split('\n').filter((line) => !line.includes('np.')).join('\n');
		for (const m of source.matchAll(/\\\\(?:mathbb|mathcal|mathsf)\{[^{}]*\}|\\\\[A-Za-z]+/g)) {
			out.push({ where: file, tex: m[0].replaceAll('\\\\', '\\') });
		}
	}
	return out;
}

describe('the symbols of the formulas', () => {
	const listed = new Set(notation.symbols.flatMap((s) => s.tex));
	const all = formulas();

	test('the content and the symbol list are valid', () => {
		expect(problems).toEqual([]);
		expect(notation.symbols.length).toBeGreaterThan(40);
		expect(all.length).toBeGreaterThan(500);
	});

	test('every TeX command a formula uses is a listed symbol or a layout command', () => {
		const missing = new Map<string, string>();
		for (const { where, tex } of all) {
			for (const token of texTokens(tex)) if (!listed.has(token) && !LAYOUT.has(token) && !missing.has(token)) missing.set(token, where);
		}
		const report = [...missing].map(([token, where]) => `${token} (first in ${where}): add it to content/notation/symbols.yaml with its names`);
		expect(report).toEqual([]);
	});

	test('every listed symbol is used by some formula, and links to a topic', () => {
		const text = all.map((f) => f.tex).join('\n');
		expect(notation.symbols.filter((s) => !s.tex.some((t) => text.includes(t))).map((s) => s.show)).toEqual([]);
		expect(notation.symbols.filter((s) => !graph!.topics[s.topic]).map((s) => s.topic)).toEqual([]);
	});

	test('each symbol has its own anchor on the page of symbols', () => {
		const anchors = notation.symbols.map(symbolAnchor);
		expect(anchors.filter((a, i) => !a || anchors.indexOf(a) !== i)).toEqual([]);
	});
});
