import { fileURLToPath } from 'node:url';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { validateContent } from '../../src/graph/validate';
import { symbolAnchor } from '../../src/notation/symbols';
import { SEARCH_WEIGHTS } from '../../src/site/search-weights';
import { LANGS } from '../../src/schemas/areas';
import { builtPages } from '../helpers/dist';

/**
 * Every topic page shows, in its language, the questions it answers (each a link to a section of the
 * page that exists), its line of library calls («В коде» / "In code") and the symbols it introduces,
 * each linking to its row on the page of symbols; all three carry their search weight. The page of
 * symbols lists every symbol in both languages.
 */
const { graph, notation } = validateContent(loadContent(fileURLToPath(new URL('../..', import.meta.url))).input);
if (!graph) throw new Error('The content does not validate: run tests/content/graph.test.ts for the problems.');
const pages = new Map(builtPages().map((p) => [p.path, p]));
const pathOf = (lang: string, slug: string) => `/${lang === 'en' ? 'en/' : ''}${slug}/`;
const ids = (path: string) => new Set(selectAll('[id]', pages.get(path)!.tree).map((e) => String(e.properties.id)));

describe('what a topic page says readers ask', () => {
	test.each(LANGS)('every topic page in %s lists its questions, each linking to a section of the page', (lang) => {
		const problems: string[] = [];
		for (const id of graph.order) {
			const page = pages.get(pathOf(lang, id));
			if (!page) {
				problems.push(`${id}: no page`);
				continue;
			}
			const block = select('.topic-questions', page.tree);
			const links = block ? selectAll('li a', block) : [];
			const want = graph.topics[id]!.data.questions?.[lang] ?? [];
			if (want.length < 3) problems.push(`${id}: ${want.length} questions in the YAML`);
			if (links.map((a) => toString(a)).join('|') !== want.map((q) => q.q).join('|')) problems.push(`${id}: the page shows [${links.map((a) => toString(a)).join(' | ')}]`);
			if (block && block.properties.dataPagefindWeight !== String(SEARCH_WEIGHTS.questions)) problems.push(`${id}: questions weigh ${block.properties.dataPagefindWeight}`);
			const anchors = ids(page.path);
			for (const a of links) {
				const href = String(a.properties.href);
				if (!href.startsWith('#') || !anchors.has(href.slice(1))) problems.push(`${id}: «${toString(a)}» links to ${href}, not a section of the page`);
			}
		}
		expect(problems).toEqual([]);
	});

	test.each(LANGS)('every topic page in %s shows the library calls that compute it, or none when it has none', (lang) => {
		const problems: string[] = [];
		let withCode = 0;
		for (const id of graph.order) {
			const page = pages.get(pathOf(lang, id))!;
			const code = graph.topics[id]!.data.code;
			if (code === undefined) problems.push(`${id}: no \`code\` in the YAML (write [] when no library call computes it)`);
			const shown = selectAll('.topic-code code', page.tree).map((c) => toString(c));
			if (shown.join(' ') !== (code ?? []).join(' ')) problems.push(`${id}: the page shows [${shown.join(', ')}]`);
			const line = select('.topic-code', page.tree);
			if (line && line.properties.dataPagefindWeight !== String(SEARCH_WEIGHTS.codeAndSymbols)) problems.push(`${id}: the code line is not weighted`);
			if (shown.length) withCode++;
		}
		expect(problems).toEqual([]);
		expect(withCode).toBeGreaterThan(40);
	});

	test.each(LANGS)('the symbols a topic introduces are named on its page in %s and link to their rows', (lang) => {
		const problems: string[] = [];
		const rows = ids(pathOf(lang, 'symbols'));
		for (const symbol of notation.symbols) {
			const page = pages.get(pathOf(lang, symbol.topic))!;
			const line = select('.topic-symbols', page.tree);
			const text = line ? toString(line) : '';
			for (const name of symbol.names[lang]) if (!text.includes(name)) problems.push(`${symbol.topic}: the name «${name}» of ${symbol.show} is missing`);
			const anchor = symbolAnchor(symbol);
			if (!rows.has(anchor)) problems.push(`${symbol.show}: no row #${anchor} on the page of symbols`);
			if (line && !selectAll('a', line).some((a) => String(a.properties.href).endsWith(`/symbols/#${anchor}`))) problems.push(`${symbol.topic}: no link to #${anchor}`);
		}
		expect(problems).toEqual([]);
	});

	test.each(LANGS)('the page of symbols in %s lists every symbol once, each with a link to its topic', (lang) => {
		const page = pages.get(pathOf(lang, 'symbols'))!;
		const rows = selectAll('table.symbols tbody tr', page.tree);
		expect(rows.map((r) => String(r.properties.id)).sort()).toEqual(notation.symbols.map(symbolAnchor).sort());
		for (const row of rows) {
			const link = select('a', row);
			const href = link ? String(link.properties.href) : '';
			expect(pages.has(href), `${String(row.properties.id)} links to ${href}`).toBe(true);
		}
	});
});
