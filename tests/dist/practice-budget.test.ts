import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST } from '../helpers/dist';
import { gzipSize, staticGraph } from '../helpers/script-graph';

/**
 * The practice block's JavaScript, measured on the built site for every topic page. A practice block
 * must be lighter than a widget (whose budget is 15 KB, widget-budget.test.ts): it needs its topic's
 * generator, not the whole core. The first load is (6.6 KB gzip). With a generator loaded it is not yet:
 * the heaviest topics reach 25.7 KB. A module's worked examples are left out (they are a separate
 * export), but some topics import other topics' modules for helpers (eigenvectors: matrix
 * multiplication, linear transformations and the plane figure), the words carry the examples'
 * sentences, and the map of all topics is 3.8 KB. WITH_GENERATOR holds that line until those are
 * split (issue #14's note).
 * - First load: the block's script and what it imports statically. It checks answers from the state
 *   the build wrote, so no generator is loaded yet.
 * - After «new problem»: also the map of topics (src/practice/load.ts), the topic's module (with its
 *   own copy of the core parts it uses: astro.config.mjs, `nn-math:practice-copy`), its words in the
 *   page's language and the MathML writer.
 * Both are gzip bytes, as a server sends them.
 */
const FIRST_LOAD = 7 * 1024;
const WITH_GENERATOR = 26 * 1024;

interface Measured {
	path: string;
	first: number;
	total: number;
	files: Set<string>;
}

const measured: Measured[] = [];
for (const page of builtPages()) {
	const script = page.html.match(/<script type="module" src="\/(_astro\/Practice\.astro_astro_type_script[^"]+\.js)"/)?.[1];
	if (!script) continue;
	const topic = page.html.match(/data-topic="([^"]+)"/)?.[1];
	const lang = page.html.match(/data-lang="(ru|en)"/)?.[1];
	const code = readFileSync(join(DIST, script), 'utf8');
	const lazyFrom = (source: string, name: RegExp) => {
		const m = new RegExp(`import\\(\\s*[\`"']\\./(${name.source}\\.[\\w-]+\\.js)[\`"']\\s*\\)`).exec(source);
		if (!m) throw new Error(`${page.path}: the practice script loads no ${name.source} chunk on demand`);
		return posix.join('_astro', m[1]!);
	};
	// «New problem» loads the map of topics (./load), the renderer, and through the map this topic's module and words.
	const load = lazyFrom(code, /load/);
	const render = lazyFrom(code, /render/);
	const map = readFileSync(join(DIST, load), 'utf8');
	const entry = (key: string) => {
		const at = map.indexOf(`"${key}"`);
		const m = at < 0 ? null : /import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/.exec(map.slice(at, at + 300));
		if (!m) throw new Error(`${page.path}: the map of topics has no entry for ${key}`);
		return posix.join('_astro', m[1]!);
	};
	const first = staticGraph([script]);
	const files = staticGraph([script, load, render, entry(`../topics/${topic}/index.ts`), entry(`../topics/${topic}/${lang}.ts`)]);
	const size = (set: Set<string>) => [...set].reduce((n, f) => n + gzipSize(f), 0);
	measured.push({ path: page.path, first: size(first), total: size(files), files });
}

describe('practice JavaScript budget', () => {
	test('the measurement finds the practice block on every topic page in both languages', () => {
		expect(measured.length).toBe(96);
	});

	test(`first load is at most ${FIRST_LOAD} B gzip on every topic page`, () => {
		const over = measured.filter((m) => m.first > FIRST_LOAD).map((m) => `${m.path}: ${m.first} B`);
		expect(over).toEqual([]);
	});

	test(`with its topic's generator loaded, at most ${WITH_GENERATOR} B gzip`, () => {
		const heaviest = [...measured].sort((a, b) => b.total - a.total).slice(0, 3);
		console.log(heaviest.map((m) => `${m.path}: first ${m.first} B, with the generator ${m.total} B\n${[...m.files].map((f) => `${gzipSize(f)}\t${f}`).join('\n')}`).join('\n\n'));
		const over = measured.filter((m) => m.total > WITH_GENERATOR).map((m) => `${m.path}: ${m.total} B`);
		expect(over).toEqual([]);
	});
});
