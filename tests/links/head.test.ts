import { describe, expect, test } from 'vitest';
import { linkHeadEntries, structuredData, type HeadEntry, type PageMeta } from '../../src/links/head';

const topic: PageMeta = {
	lang: 'en',
	slug: 'neural-networks/dense-layer',
	title: 'The dense layer',
	description: 'What relu(A·W + b) computes.',
	siteTitle: 'Math for neural networks',
	site: 'https://example.org',
	base: '/nn-math/',
	translated: true,
	topic: { area: 'neural-networks', hours: 3, prerequisites: [{ slug: 'linear-algebra/matrix-multiplication', title: 'Matrix multiplication' }] },
};
const find = (entries: HeadEntry[], key: string) => entries.find((e) => e.attrs?.property === key || e.attrs?.name === key)?.attrs?.content;

describe('head entries', () => {
	test('a topic gets its preview image, Twitter tags and full Open Graph locales, under the base', () => {
		const { add, drop } = linkHeadEntries(topic);
		expect(find(add, 'og:image')).toBe('https://example.org/nn-math/og/en/neural-networks/dense-layer.png');
		expect(find(add, 'twitter:image')).toBe(find(add, 'og:image'));
		expect(find(add, 'og:locale')).toBe('en_US');
		expect(find(add, 'og:locale:alternate')).toBe('ru_RU');
		expect(drop({ tag: 'meta', attrs: { property: 'og:locale', content: 'en' } })).toBe(true);
		expect(drop({ tag: 'link', attrs: { rel: 'canonical', href: 'x' } })).toBe(false);
		const ld = add.find((e) => e.tag === 'script')!;
		expect(ld.attrs?.type).toBe('application/ld+json');
		expect(JSON.parse(ld.content!)['@type']).toBe('LearningResource');
	});

	test('the 404 page drops its canonical URL and alternates, is not indexed, uses the home image', () => {
		const { add, drop } = linkHeadEntries({ ...topic, slug: '404', title: 'Page not found', topic: undefined, notFound: true });
		expect(drop({ tag: 'link', attrs: { rel: 'canonical', href: 'x' } })).toBe(true);
		expect(drop({ tag: 'link', attrs: { rel: 'alternate', hreflang: 'ru', href: 'x' } })).toBe(true);
		expect(drop({ tag: 'meta', attrs: { property: 'og:url', content: 'x' } })).toBe(true);
		expect(find(add, 'robots')).toBe('noindex');
		expect(find(add, 'og:image')).toBe('https://example.org/nn-math/og/en/index.png');
		expect(add.some((e) => e.tag === 'script')).toBe(false);
	});

	test('the home page is titled once and is a website', () => {
		const { add, drop } = linkHeadEntries({ ...topic, slug: '', title: topic.siteTitle, topic: undefined, course: [] });
		expect(add.find((e) => e.tag === 'title')?.content).toBe('Math for neural networks');
		expect(drop({ tag: 'title', content: 'Math for neural networks | Math for neural networks' })).toBe(true);
		expect(find(add, 'og:type')).toBe('website');
	});
});

describe('structured data', () => {
	test('a topic is a LearningResource in its course, with its prerequisites and translation', () => {
		expect(structuredData(topic)).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'LearningResource',
			url: 'https://example.org/nn-math/en/neural-networks/dense-layer/',
			inLanguage: 'en',
			timeRequired: 'PT3H',
			about: { name: 'Neural networks' },
			competencyRequired: [{ name: 'Matrix multiplication', url: 'https://example.org/nn-math/en/linear-algebra/matrix-multiplication/' }],
			isPartOf: { '@type': 'Course', url: 'https://example.org/nn-math/en/' },
			translationOfWork: { '@id': 'https://example.org/nn-math/neural-networks/dense-layer/' },
		});
	});
	test('the home page is a Course with its provider and parts', () => {
		const data = structuredData({ ...topic, slug: '', topic: undefined, course: [{ slug: 'a/b', title: 'B', hours: 2 }, { slug: 'a/c', title: 'C', hours: 3 }] });
		expect(data).toMatchObject({ '@type': 'Course', timeRequired: 'PT5H', provider: { '@type': 'Organization' } });
		expect((data!.hasPart as { url: string }[]).map((p) => p.url)).toEqual(['https://example.org/nn-math/en/a/b/', 'https://example.org/nn-math/en/a/c/']);
	});
	test('JSON in a script cannot close it early', () => {
		const { add } = linkHeadEntries({ ...topic, title: '</script><script>alert(1)</script>' });
		expect(add.find((e) => e.tag === 'script')!.content).not.toContain('</script>');
	});
});
