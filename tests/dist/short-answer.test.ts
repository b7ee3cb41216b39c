import { fileURLToPath } from 'node:url';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { shortLists } from '../../src/graph/top-resources';
import { validateContent } from '../../src/graph/validate';
import { resourceFacts } from '../../src/components/resource-facts';
import { AREA_LABELS } from '../../src/i18n/areas';
import { AREAS } from '../../src/schemas/areas';
import { builtPages } from '../helpers/dist';

const { input } = loadContent(fileURLToPath(new URL('../..', import.meta.url)));
const { graph, resources: parsed } = validateContent(input);
const resources = Object.fromEntries(input.resources.map((r) => [r.id, r.raw as { url: string; format: string }]));

/** The home page's answer to "where do I learn this": it is the first thing a forum link leads to. */
describe.each([
	['ru', '/', '/resources/'],
	['en', '/en/', '/en/resources/'],
] as const)('the %s home page’s short answer', (lang, path, catalogue) => {
	const home = builtPages().find((p) => p.path === path)!;
	const catalogueIds = new Set(selectAll('.catalogue > li[id]', builtPages().find((p) => p.path === catalogue)!.tree).map((li) => String(li.properties.id)));
	const areas = selectAll('.short-answer-area', home.tree);

	test('names, for every area, the resources its topics recommend most, as computed from the graph', () => {
		const expected = shortLists(graph!, 3, (id) => resources[id]?.format === 'forum');
		const shown = areas.map((area) => ({
			label: toString(select('dt', area)!),
			urls: selectAll('dd > a:first-child', area).map((a) => String(a.properties.href)),
		}));
		const want = AREAS.filter((a) => expected[a].length > 0).map((a) => ({ label: AREA_LABELS[a][lang], urls: expected[a].map((r) => resources[r.resource]!.url) }));
		expect(shown).toEqual(want);
		// Every area of the site has an answer, and the forum thread is never offered as a course.
		expect(shown.map((s) => s.label)).toEqual(AREAS.map((a) => AREA_LABELS[a][lang]));
		expect(shown.flatMap((s) => s.urls)).not.toContain('https://qna.habr.com/q/1304732');
	});

	test('names the site each resource is on, so that «Stepik» from a forum answer is recognisable', () => {
		const items = areas.flatMap((area) => selectAll('dd', area));
		for (const dd of items) {
			const host = new URL(String(select('a', dd)!.properties.href)).hostname.replace(/^www\./, '');
			expect(toString(select('.short-answer-facts', dd)!)).toContain(host);
		}
		expect(items.map((dd) => toString(dd)).join(' ')).toContain('stepik.org');
	});

	test('says in which language each resource can be studied as its own file says: a dub or subtitles by name, never «на русском»', () => {
		const expected = shortLists(graph!, 3, (id) => resources[id]?.format === 'forum');
		const shown = areas.flatMap((area) => selectAll('dd .short-answer-facts', area).map((f) => toString(f)));
		const want = AREAS.flatMap((a) => expected[a].map((r) => resourceFacts(parsed[r.resource]!, lang).join(' · ')));
		expect(shown.length).toBe(want.length);
		shown.forEach((text, i) => expect(text.startsWith(want[i]!), `${text}\nwant it to start with ${want[i]}`).toBe(true));
		// 3Blue1Brown's calculus series has Russian subtitles only (content/resources/3b1b-essence-of-calculus.yaml).
		const calculus = areas.flatMap((area) => selectAll('dd', area)).find((dd) => String(select('a', dd)!.properties.href).includes('topic=calculus'));
		if (calculus) {
			expect(toString(calculus)).toContain(lang === 'ru' ? 'русские субтитры' : 'Russian subtitles');
			expect(toString(calculus)).not.toContain(lang === 'ru' ? 'на русском' : 'in Russian');
		}
	});

	test('links each resource to its entry in the catalogue', () => {
		const links = areas.flatMap((area) => selectAll('dd .short-answer-facts a', area).map((a) => String(a.properties.href)));
		expect(links.length).toBe(areas.flatMap((area) => selectAll('dd', area)).length);
		for (const href of links) {
			const [page, hash] = href.split('#');
			expect(page).toBe(catalogue);
			expect(catalogueIds, href).toContain(hash);
		}
	});
});
