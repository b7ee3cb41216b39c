import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { planPath, targetTopics } from '../../src/graph/plan';
import { validateContent } from '../../src/graph/validate';
import { LANGS, TRACKS } from '../../src/schemas/areas';
import { TOPIC_MODULES } from '../../src/topics/registry';
import { checkedPrints, codeBlocks } from '../helpers/python-snippets';

/**
 * The curriculum's quality rules, checked on the real pages without a build. Each failure names the
 * file and says what to write. Two rules of the same list live elsewhere, because validation already
 * enforces them: a topic page in both languages (`validateContent`, run by graph.test.ts and the build)
 * and at least one resource per topic (graph.test.ts).
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { input } = loadContent(ROOT);
const { graph } = validateContent(input);
if (!graph) throw new Error('The content does not validate: run tests/content/graph.test.ts for the problems.');

/** Resources a topic need not cite: the forum question the site answers is linked from the home page. */
const NOT_FOR_TOPICS = new Set(['source-habr-qna-1304732']);

/** Each topic page in each language, with its source. */
const topicPages = graph.order.flatMap((id) =>
	LANGS.map((lang) => {
		const page = input.pages.find((p) => p.lang === lang && p.slug === id)!;
		return { id, lang, file: page.file, source: readFileSync(join(ROOT, page.file), 'utf8') };
	}),
);

/** The lines of an MDX source outside fenced code blocks (a `## ` there is a comment, not a heading), with their indexes. */
function proseLines(source: string): { line: string; index: number }[] {
	const out: { line: string; index: number }[] = [];
	let fenced = false;
	source.split('\n').forEach((line, index) => {
		if (/^\s*```/.test(line)) fenced = !fenced;
		else if (!fenced) out.push({ line, index });
	});
	return out;
}

/** The text of the `##` section whose heading ends with `{#id}`: one entry per such heading. */
function sections(source: string, id: string): string[] {
	const lines = source.split('\n');
	const headings = proseLines(source).filter(({ line }) => /^##\s/.test(line));
	return headings
		.map((h, i) => ({ h, next: headings[i + 1]?.index ?? lines.length }))
		.filter(({ h }) => h.line.trimEnd().endsWith(`{#${id}}`))
		.map(({ h, next }) => lines.slice(h.index + 1, next).join('\n'));
}

interface ParsedExercise {
	/** `number` (the component's default), `vector` or `shape`. */
	kind: string;
	/** The `solution` slot's text, or `undefined` when the exercise has none. */
	solution: string | undefined;
}

/** Every `<Exercise …>…</Exercise>` of a page, in order. The opening tag may hold `{…}` expressions with `>` inside. */
function exercises(source: string): ParsedExercise[] {
	const found: ParsedExercise[] = [];
	for (const start of source.matchAll(/<Exercise\b/g)) {
		let depth = 0;
		let end = start.index + start[0].length;
		for (; end < source.length; end++) {
			const c = source[end];
			if (c === '{') depth++;
			else if (c === '}') depth--;
			else if (c === '>' && depth === 0) break;
		}
		const tag = source.slice(start.index, end);
		const close = source.indexOf('</Exercise>', end);
		const body = source.slice(end + 1, close === -1 ? source.length : close);
		const solution = /<Fragment\s+slot="solution"\s*>([\s\S]*?)<\/Fragment>/.exec(body)?.[1];
		found.push({ kind: /\skind="([a-z]+)"/.exec(tag)?.[1] ?? 'number', solution });
	}
	return found;
}

/** Kinds whose answer is computed numbers; a `shape` is read off the dimensions and does not count. */
const NUMERIC_KINDS = new Set(['number', 'vector']);

/** A solution that works the computation out: it shows numbers, not just words. */
const isWorked = (solution: string | undefined) => solution !== undefined && /\d/.test(solution);

/** Names a widget imported into the page: its numbers are computed by the core, not typed. */
function computedComponents(source: string): string[] {
	return [...source.matchAll(/^import\s+(\w+)\s+from\s+'~\/widgets\//gm)].map((m) => m[1]!);
}

/**
 * A worked example's numbers are checked: a `<WorkedExample name="…" />` that the topic module (or the
 * one named by `topic="…"`) declares, its module being tested under tests/topics/; a widget; or a
 * NumPy snippet with `print(…)  # expected` lines.
 */
function hasCheckedNumbers(section: string, source: string, id: string): boolean {
	const fromModule = [...section.matchAll(/<WorkedExample\s+name="([\w-]+)"(?:\s+topic="([\w/-]+)")?/g)].some(
		([, name, topic]) => TOPIC_MODULES.get(topic ?? id)?.examples?.[name!] !== undefined,
	);
	const usesComponent = fromModule || computedComponents(source).some((name) => new RegExp(`<${name}\\b`).test(section));
	const checkedPrint = codeBlocks(section).some((b) => b.lang === 'python' && checkedPrints(b.code).some((p) => p.expected.some((l) => l !== '')));
	return usesComponent || checkedPrint;
}

const report = (problems: string[]) => (problems.length ? `\n${problems.join('\n')}\n` : '');

describe('the parsers of this file', () => {
	test('exercises reads the kind and the solution, with `>` inside the answer expression', () => {
		const page = [
			'<Exercise answer={2 > 1 ? 3 : 4}>Q<Fragment slot="solution">$3$</Fragment></Exercise>',
			'<Exercise answer="4x16" kind="shape">Q</Exercise>',
		].join('\n');
		expect(exercises(page)).toEqual([
			{ kind: 'number', solution: '$3$' },
			{ kind: 'shape', solution: undefined },
		]);
	});
	test('sections ignores a `## ` line inside a code block', () => {
		const page = '## A {#worked-example}\n```python\n## not a heading\n```\ntext\n## B {#next}\nother';
		expect(sections(page, 'worked-example')).toEqual(['```python\n## not a heading\n```\ntext']);
	});
});

describe('every topic page, in both languages', () => {
	test('has at least two exercises', () => {
		const problems = topicPages
			.map(({ file, source }) => ({ file, count: exercises(source).length }))
			.filter(({ count }) => count < 2)
			.map(({ file, count }) => `✗ ${file}: ${count} exercise(s). Add ${2 - count} more \`<Exercise answer={…}>\` under \`## … {#exercises}\`, each with a hint and a solution slot.`);
		expect(problems, report(problems)).toEqual([]);
	});

	test('has an exercise with a numeric answer (a number or a vector) and a worked solution', () => {
		const problems = topicPages
			.filter(({ source }) => !exercises(source).some((e) => NUMERIC_KINDS.has(e.kind) && isWorked(e.solution)))
			.map(
				({ file }) =>
					`✗ ${file}: no exercise has a numeric answer with a worked solution. Add one that needs a computation: \`<Exercise answer={1 * 4 + 2 * 3}>\` (no \`kind\`; \`kind="vector"\` for several numbers), with \`<Fragment slot="solution">\` showing the steps with their numbers.`,
			);
		expect(problems, report(problems)).toEqual([]);
	});

	test('has one worked example section whose numbers are checked', () => {
		const problems: string[] = [];
		for (const { id, file, source } of topicPages) {
			const found = sections(source, 'worked-example');
			if (found.length !== 1) {
				problems.push(
					`✗ ${file}: ${found.length} sections \`## … {#worked-example}\`, want exactly one. ` +
						'Give the worked example with small concrete numbers the heading id `{#worked-example}` (e.g. `## Пример на маленьких числах {#worked-example}`, `## A worked example {#worked-example}`).',
				);
			} else if (!hasCheckedNumbers(found[0]!, source, id)) {
				problems.push(
					`✗ ${file}: the worked example has no checked numbers. Compute them in the topic module (\`examples\` in src/topics/<topic>/index.ts) ` +
						'and show them with `<WorkedExample name="…" />`, or show them in a ```python block with `print(…)  # expected` lines (run by python-examples.test.ts).',
				);
			}
		}
		expect(problems, report(problems)).toEqual([]);
	});
});

describe('the resources catalogue', () => {
	test('every resource is used by at least one topic', () => {
		const used = new Set(Object.values(graph.topics).flatMap((t) => t.data.resources.map((r) => r.resource)));
		const problems = input.resources
			.filter((r) => !used.has(r.id) && !NOT_FOR_TOPICS.has(r.id))
			.map(
				(r) =>
					`✗ ${r.file}: no topic recommends \`${r.id}\`. Add it under \`resources:\` of the topic it teaches best (with \`units\` from ../shared/resources.json), or remove the file.`,
			);
		expect(problems, report(problems)).toEqual([]);
	});
});

describe("each track's path, computed from the graph", () => {
	const paths = Object.fromEntries(TRACKS.map((track) => [track, planPath(graph, targetTopics(graph, { kind: 'track', track }))]));

	test.each(TRACKS)('%s: holds every topic of the track and everything they need, each after its prerequisites', (track) => {
		const path = paths[track]!;
		const goals = targetTopics(graph, { kind: 'track', track });
		expect(goals.length, `no topic lists \`${track}\` under \`tracks:\` in content/topics/`).toBeGreaterThan(0);
		expect(path).toEqual(expect.arrayContaining(goals));
		const problems = path.flatMap((id, i) =>
			graph.topics[id]!.data.prerequisites
				.filter((p) => !path.slice(0, i).includes(p.topic))
				.map((p) => `✗ \`${id}\` comes before (or without) its prerequisite \`${p.topic}\``),
		);
		expect(problems, report(problems)).toEqual([]);
	});

	test('tracks nest: practitioner ⊂ internals ⊂ research, and research reaches every topic', () => {
		const [practitioner, internals, research] = TRACKS.map((t) => paths[t]!);
		expect(internals).toEqual(expect.arrayContaining(practitioner!));
		expect(research).toEqual(expect.arrayContaining(internals!));
		expect(practitioner!.length, 'each track should ask for more than the one before').toBeLessThan(internals!.length);
		expect(internals!.length, 'each track should ask for more than the one before').toBeLessThan(research!.length);
		const problems = graph.order
			.filter((id) => !research!.includes(id))
			.map((id) => `✗ content/topics/${id}.yaml: on no track's path. Add \`research\` (at least) to its \`tracks:\`.`);
		expect(problems, report(problems)).toEqual([]);
	});
});
