import type { ContentInput, PageEntry, RawEntry } from '../../src/graph/validate';

/**
 * A small valid content set for the graph tests: four topics in a diamond
 * (vectors → dot-product, vectors → matrices, both → dense-layer), two resources, pages in both languages.
 * Each test breaks one thing in a copy and checks the message.
 */
export function validInput(): ContentInput & { topics: RawEntry[]; resources: RawEntry[]; pages: PageEntry[] } {
	const why = { ru: 'нужно', en: 'needed' };
	const topic = (id: string, prerequisites: string[], extra: Record<string, unknown> = {}): RawEntry => ({
		file: `content/topics/${id}.yaml`,
		id,
		raw: { hours: 2, prerequisites: prerequisites.map((topic) => ({ topic, why })), ...extra },
	});
	const topics = [
		topic('linear-algebra/vectors', []),
		topic('linear-algebra/dot-product', ['linear-algebra/vectors'], {
			resources: [{ resource: '3b1b-linear-algebra', units: ['9'] }],
		}),
		topic('linear-algebra/matrices', ['linear-algebra/vectors']),
		topic('neural-networks/dense-layer', ['linear-algebra/dot-product', 'linear-algebra/matrices'], { hours: 3 }),
	];
	const resources: RawEntry[] = [
		{
			file: 'content/resources/3b1b-linear-algebra.yaml',
			id: '3b1b-linear-algebra',
			raw: {
				provider: '3Blue1Brown',
				title: 'Essence of linear algebra',
				url: 'https://www.3blue1brown.com/?topic=linear-algebra',
				languages: ['en', 'ru'],
				format: 'video',
				free: true,
				confidence: 'high',
				units: [
					{ id: '4', title: 'Matrix multiplication as composition' },
					{ id: '9', title: 'Dot products and duality' },
				],
			},
		},
		{
			file: 'content/resources/khan-linear-algebra.yaml',
			id: 'khan-linear-algebra',
			raw: {
				provider: 'Khan Academy',
				title: 'Linear algebra',
				url: 'https://www.khanacademy.org/math/linear-algebra',
				languages: ['en'],
				format: 'course',
				free: true,
				confidence: 'medium',
			},
		},
	];
	const slugs = ['', ...topics.map((t) => t.id)];
	const pages: PageEntry[] = slugs.flatMap((slug): PageEntry[] => [
		{ file: `content/docs/${slug || 'index'}.mdx`, lang: 'ru' as const, slug, frontmatter: { title: 'T', description: 'D' } },
		{ file: `content/docs/en/${slug || 'index'}.mdx`, lang: 'en' as const, slug, frontmatter: { title: 'T', description: 'D' } },
	]);
	return { topics, resources, pages };
}

/** Replaces a topic's raw data in place. */
export function patchTopic(input: ReturnType<typeof validInput>, id: string, patch: Record<string, unknown>): void {
	const entry = input.topics.find((t) => t.id === id)!;
	entry.raw = { ...(entry.raw as object), ...patch };
}
