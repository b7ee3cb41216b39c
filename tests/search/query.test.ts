import { describe, expect, test } from 'vitest';
import { otherLayout, transliterated } from '../../src/search/layout';
import { editDistance, nearestWord } from '../../src/search/nearest';
import { contentWords, rank, runQuery, type Hit, type Lookup } from '../../src/search/query';
import { STOP_WORDS } from '../../src/search/stop-words';
import { realMatch, sameWord } from '../../src/search/text';
import { readVocabulary, topicOfUrl, vocabularyFile } from '../../src/search/vocabulary';

/**
 * A tiny site: each page with its words, searched the way Pagefind does (every word of the query
 * that occurs on some page must be on the page; words found nowhere are dropped; prefixes match).
 */
const PAGES: Record<string, { url: string; title: string; text: string; names?: string[] }> = {
	grad: { url: '/calculus/gradient/', title: 'Градиент', text: 'градиент вектор частных производных набла', names: ['набла', 'nabla'] },
	desc: { url: '/calculus/gradient-descent/', title: 'Градиентный спуск', text: 'градиент шаг спуск скорость обучения' },
	deriv: { url: '/calculus/derivative/', title: 'Производная', text: 'производная предел касательная что такое' },
	jac: { url: '/calculus/jacobian/', title: 'Матрица Якоби', text: 'якобиан матрица производных', names: ['якобиан'] },
	det: { url: '/linear-algebra/determinant/', title: 'Определитель', text: 'определитель матрица как понять' },
	gloss: { url: '/glossary/', title: 'Словарь терминов', text: 'градиент производная якобиан набла матрица' },
	home: { url: '/', title: 'Главная', text: 'как понять градиент производная' },
};

const vocabulary = readVocabulary(
	vocabularyFile(
		Object.entries(PAGES).map(([id, p]) => ({ id, url: p.url, title: p.title })),
		new Map(Object.values(PAGES).flatMap((p) => (p.names ? [[topicOfUrl(p.url, '/')!, p.names] as const] : []))),
		'/',
	),
);

/** Pagefind's AND over the words found somewhere, scoring a page by how many times it has the words. */
const searched: string[] = [];
const lookup: Lookup = async (term) => {
	searched.push(term);
	const words = term.split(' ').filter((w) => Object.values(PAGES).some((p) => p.text.split(' ').some((x) => x.startsWith(w))));
	if (words.length === 0) return [];
	return Object.entries(PAGES)
		.map(([id, p]): Hit => ({ id, score: words.every((w) => p.text.split(' ').some((x) => x.startsWith(w))) ? p.text.split(' ').filter((x) => words.some((w) => x.startsWith(w))).length : 0 }))
		.filter((h) => h.score > 0)
		.sort((a, b) => b.score - a.score);
};

describe('stop words', () => {
	test('question and filler words are dropped, content words kept, in both languages', () => {
		expect(contentWords('Что такое набла?')).toEqual(['набла']);
		expect(contentWords('как понять якобиан')).toEqual(['якобиан']);
		expect(contentWords('чем отличается градиент от производной')).toEqual(['градиент', 'производной']);
		expect(contentWords('what does the upside down triangle mean')).toEqual(['upside', 'down', 'triangle']);
		expect(contentWords('Why do we need bias')).toEqual(['bias']);
	});

	test('words that name ideas the site teaches are not stop words', () => {
		for (const w of ['производная', 'градиент', 'сеть', 'bias', 'matrix', 'нейрон']) expect(STOP_WORDS.has(w)).toBe(false);
	});

	test('a query of only stop words keeps them and still searches', async () => {
		expect(contentWords('что такое')).toEqual(['что', 'такое']);
		const outcome = await runQuery('что такое', lookup, vocabulary);
		expect(outcome.ids).toContain('deriv');
	});
});

describe('strict first, then word by word', () => {
	test('the words together, when that finds enough topics', async () => {
		searched.length = 0;
		const outcome = await runQuery('градиент', lookup, vocabulary);
		expect(outcome.strict).toBe(true);
		// The exact title first, the hub after the topics.
		expect(outcome.ids[0]).toBe('grad');
		expect(outcome.ids.indexOf('gloss')).toBeGreaterThan(outcome.ids.indexOf('desc'));
	});

	test('fewer than 3 topics for all the words: merged, topics that have and name a word above hubs that only have both', async () => {
		// Together the two words are only on the glossary and the home page (hubs).
		const outcome = await runQuery('чем отличается градиент от производной', lookup, vocabulary);
		expect(outcome.strict).toBe(false);
		// «производной» is on no page and becomes «производная», a rarer word than «градиент»: its page first.
		expect(outcome.ids[0]).toBe('deriv');
		expect(outcome.ids.slice(1, 3).sort()).toEqual(['desc', 'grad']);
		expect(outcome.ids.slice(3).sort()).toEqual(['gloss', 'home']);
	});

	test('merged: a page with more of the words ranks first, a rarer word counts more', () => {
		const a = { id: 'det', score: 1 };
		const b = { id: 'jac', score: 5 };
		const c = { id: 'desc', score: 9 };
		// Not named by any page: «x» on 3 pages, «y» on one.
		expect(rank([[a, b, c], [a]], [a, b, c], false, ['x', 'y'], vocabulary)[0]).toBe('det');
		expect(rank([[a, b, c], [b]], [a, b, c], false, ['x', 'y'], vocabulary)[0]).toBe('jac');
	});

	test('a page that has only one of the content words is still found', async () => {
		const outcome = await runQuery('якобиан спуск', lookup, vocabulary);
		expect(outcome.ids).toEqual(expect.arrayContaining(['jac', 'desc']));
		// The page naming the word in its title or other names ranks first among one-word matches.
		expect(outcome.ids.indexOf('jac')).toBeLessThan(outcome.ids.indexOf('gloss'));
	});

	test('strict: the pages with every word, and the pages that name one of the words', () => {
		const h = (id: string) => ({ id, score: 1 });
		const strict = [h('det'), h('home'), h('jac')];
		const ids = rank([[h('desc'), h('gloss'), ...strict], strict], strict, true, ['спуск', 'матрица'], vocabulary);
		// «Градиентный спуск» names «спуск» though the page lacks «матрица»; the glossary names neither.
		expect(ids).toContain('desc');
		expect(ids).not.toContain('gloss');
	});

	test("a title with filler words is still the whole query: «Матрицы и умножение матрицы на вектор»", () => {
		const v = readVocabulary({ pages: [['m', '/la/matrices/', 0, 'матрицы и умножение матрицы на вектор'], ['x', '/la/x/', 0, 'умножение']] });
		const hits = [{ id: 'x', score: 9 }, { id: 'm', score: 1 }];
		expect(rank([hits], hits, true, contentWords('Матрицы и умножение матрицы на вектор'), v)[0]).toBe('m');
		expect(contentWords('Matrices and the matrix–vector product')).toEqual(['matrices', 'matrix', 'vector', 'product']);
	});

	test('a hub the query names is not put after the topics', () => {
		// Both pages have the word and neither names it: the topic first, though the hub scores higher.
		const hits = [{ id: 'gloss', score: 2 }, { id: 'det', score: 1 }];
		expect(rank([hits], hits, true, ['матрица'], vocabulary)[0]).toBe('det');
		// The query names the hub («Словарь терминов»): it keeps its place.
		expect(rank([hits], hits, true, ['терминов'], vocabulary)[0]).toBe('gloss');
	});
});

describe("Pagefind's prefix fallback", () => {
	test('a stem counts as the word, a short prefix does not', () => {
		expect(realMatch('умножение,', 'умножению')).toBe(true);
		expect(realMatch('Multiply', 'multiplying')).toBe(true);
		expect(realMatch('u', 'uhflbtyn')).toBe(false);
		expect(realMatch('с', 'слепой')).toBe(false);
		expect(realMatch('nn', 'nn')).toBe(true);
		expect(realMatch('угла', 'угол')).toBe(true);
		expect(realMatch('кросс-энтропия,', 'кроссэнтропия')).toBe(true);
		expect(realMatch('ла', 'лабиринте')).toBe(false);
	});
});

describe('wrong keyboard layout', () => {
	test('each key maps to the other layout and back', () => {
		expect(otherLayout('uhflbtyn')).toBe('градиент');
		expect(otherLayout('ghjbpdjlyfz')).toBe('производная');
		expect(otherLayout('вукшмфешму')).toBe('derivative');
		expect(otherLayout('nn.linear2')).toBeUndefined();
	});

	test('a query that finds nothing as typed is searched in the other layout, and says so', async () => {
		const outcome = await runQuery('ltcrhbgnjh', lookup, vocabulary);
		expect(outcome.ids).toEqual([]); // «дескриптор»: on no page, nothing to show
		const found = await runQuery('zrj,bfy', lookup, vocabulary);
		expect(found.searched).toBe('якобиан');
		expect(found.replaced).toBe(true);
		expect(found.ids[0]).toBe('jac');
	});
});

describe('typos', () => {
	test('distance counts a swap of neighbours as one edit', () => {
		expect(editDistance('градеинт', 'градиент', 3)).toBe(1);
		expect(editDistance('abc', 'xyz', 1)).toBe(2);
	});

	test('a word that finds nothing becomes the nearest word of the site', async () => {
		expect(nearestWord('якобан', vocabulary.words)).toBe('якобиан');
		expect(nearestWord('ябло', vocabulary.words)).toBeUndefined();
		const outcome = await runQuery('якобан', lookup, vocabulary);
		expect(outcome).toMatchObject({ searched: 'якобиан', replaced: true });
		expect(outcome.ids[0]).toBe('jac');
	});

	test('a real word the site does not use is not turned into another one', () => {
		expect(nearestWord('слепой', ['слой', 'слепок'])).toBe('слепок');
		expect(nearestWord('слепой', ['слой'])).toBeUndefined();
	});

	test('forms of one word match names, different words do not', () => {
		expect(sameWord('веса', 'весов')).toBe(true);
		expect(sameWord('инициализировать', 'инициализация')).toBe(true);
		expect(sameWord('матрицы', 'матрица')).toBe(true);
		expect(sameWord('вес', 'весь')).toBe(false);
		expect(sameWord('градиент', 'градусы')).toBe(false);
	});

	test('ё is е in the vocabulary and the query', () => {
		const v = readVocabulary({ pages: [['x', '/a/b/', 0, 'свёртка']] });
		expect(v.words).toEqual(['свертка']);
		expect(contentWords('Свёртка')).toEqual(['свертка']);
	});

	test('a word that is found is never replaced', async () => {
		const outcome = await runQuery('производная', lookup, vocabulary);
		expect(outcome.replaced).toBe(false);
	});
});

describe('transliterated jargon and the last resort', () => {
	test('a Russian spelling of an English term is searched in Latin letters', async () => {
		expect(transliterated('оверфиттинг')).toBe('overfitting');
		expect(transliterated('nabla')).toBeUndefined();
		const v = readVocabulary(vocabularyFile([{ id: 'reg', url: '/nn/regularization/', title: 'Регуляризация' }], new Map([['nn/regularization', ['overfitting']]]), '/'));
		const outcome = await runQuery('оверфиттинг', async (t) => (t === 'overfitting' ? [{ id: 'reg', score: 1 }] : []), v);
		expect(outcome).toMatchObject({ ids: ['reg'], searched: 'overfitting', replaced: true });
	});

	test("when nothing else finds a page, Pagefind's loose prefix match is shown rather than nothing", async () => {
		const seen: [string, boolean | undefined][] = [];
		const outcome = await runQuery('логлосс', async (t, loose) => (seen.push([t, loose]), loose ? [{ id: 'desc', score: 1 }] : []), vocabulary);
		expect(outcome.ids).toEqual(['desc']);
		expect(seen.at(-1)).toEqual(['логлосс', true]);
	});
});

describe('the vocabulary file', () => {
	test('topics and hubs by URL, names normalized, a bad row skipped', () => {
		expect(topicOfUrl('/en/calculus/gradient/', '/')).toBe('calculus/gradient');
		expect(topicOfUrl('/en/glossary/', '/')).toBeUndefined();
		const file = vocabularyFile([{ id: 'g', url: '/en/cheat-sheet/', title: 'Cheat sheet' }], new Map(), '/');
		expect(file.pages).toEqual([['g', '/en/cheat-sheet/', 1, 'cheat sheet']]);
		expect(readVocabulary({ pages: [[1, 2], ...file.pages] }).pages.size).toBe(1);
	});
});
