import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { validateContent } from '../../src/graph/validate';

/**
 * What language a resource can be studied in is a fact of the resource (content/resources/<id>.yaml:
 * `languages`, `dubbed`, `subtitles`), shown the same way wherever the resource is listed
 * (src/components/resource-facts.ts). It once lived in prose too, and the two disagreed: the home page
 * said 3Blue1Brown's calculus series was «на русском» while its topic notes said subtitles only. So a
 * topic's note about a resource may not restate a dub or subtitles, and when it says «на русском» /
 * «на английском» the resource's own facts must agree.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { graph, resources } = validateContent(loadContent(ROOT).input);
if (!graph) throw new Error('The content does not validate: run tests/content/graph.test.ts for the problems.');

/**
 * A sentence about a dub or subtitles, in either language. What the subtitles call something («в русских
 * субтитрах оно названо…», "in the Russian subtitles") is about their wording, not their existence, and may stay.
 */
const DUB_OR_SUBTITLES = /[^.]*(озвучк|субтитр(?!ах)|\bdub(bed)?\b|(?<!in the (Russian )?)\bsubtitles?\b)[^.]*/giu;
const SAYS_LANGUAGE = { ru: /на русском/iu, en: /на английском|in English/iu } as const;

interface Note {
	where: string;
	resource: string;
	text: string;
}

const notes: Note[] = Object.values(graph.topics).flatMap((topic) =>
	topic.data.resources.flatMap((r) =>
		Object.entries(r.note ?? {}).map(([lang, text]) => ({ where: `content/topics/${topic.id}.yaml (${r.resource}, ${lang})`, resource: r.resource, text: String(text) })),
	),
);

describe('the languages of a resource', () => {
	test('the notes are read (the check sees the topics’ notes)', () => {
		expect(notes.length).toBeGreaterThan(100);
	});

	test('no topic note restates a dub or subtitles: the resource file says it, and every list shows it', () => {
		const found = notes.flatMap((n) =>
			[...n.text.matchAll(DUB_OR_SUBTITLES)].map(
				(m) => `✗ ${n.where}: «${m[0].trim()}» — state it once in content/resources/${n.resource}.yaml (\`dubbed\` or \`subtitles\`) and drop it from the note.`,
			),
		);
		expect(found, `\n${found.join('\n')}\n`).toEqual([]);
	});

	test('a note that says the resource is in Russian or in English agrees with the resource', () => {
		const wrong = notes.flatMap((n) => {
			const data = resources[n.resource];
			if (!data) return [];
			return (['ru', 'en'] as const)
				.filter((lang) => SAYS_LANGUAGE[lang].test(n.text) && !data.languages.includes(lang))
				.map((lang) => `✗ ${n.where}: the note says the resource is in ${lang}, but content/resources/${n.resource}.yaml lists languages [${data.languages.join(', ')}].`);
		});
		expect(wrong, `\n${wrong.join('\n')}\n`).toEqual([]);
	});

	test('a dub or subtitles in a language the resource is already in would say nothing', () => {
		const odd = Object.entries(resources).flatMap(([id, r]) =>
			[...r.dubbed, ...r.subtitles].filter((l) => r.languages.includes(l)).map((l) => `content/resources/${id}.yaml: ${l} is in languages and again as a dub or subtitles`),
		);
		expect(odd).toEqual([]);
	});
});
