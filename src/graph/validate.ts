import type { z } from 'astro/zod';
import { AREAS, LANGS, type Lang } from '../schemas/areas';
import { glossaryFileSchema, type GlossaryEntry } from '../schemas/glossary';
import { resourceSchema, type ResourceData } from '../schemas/resource';
import { topicSchema, type TopicData } from '../schemas/topic';
import { areaOf, buildGraph, type TopicGraph } from './build-graph';
import { closestName } from './closest';
import { findCycle } from './cycles';
import { fieldPath, type ContentProblem } from './problems';

/** A data file as read from disk: its path for messages, the id derived from the path, its parsed YAML. */
export interface RawEntry {
	file: string;
	id: string;
	raw: unknown;
	/** Set when the file could not be parsed at all; its problem is already reported, so only its id counts. */
	unreadable?: boolean;
}

/** A page file: its language and its slug without the language prefix (`''` for the home page). */
export interface PageEntry {
	file: string;
	lang: Lang;
	slug: string;
	/** The parsed frontmatter; `undefined` when it could not be parsed (that problem is reported by the loader). */
	frontmatter?: unknown;
}

export interface ContentInput {
	topics: readonly RawEntry[];
	resources: readonly RawEntry[];
	pages: readonly PageEntry[];
	/** Glossary files, one YAML list each. Default: none. */
	glossary?: readonly RawEntry[];
	/** Where topic data files live, for the paths in fixes. Default `content/topics`. */
	topicsDir?: string;
	/** Where page files live, for the paths in fixes. Default `content/docs`. */
	docsDir?: string;
}

export interface ValidatedContent {
	problems: ContentProblem[];
	/** The graph, built only when there are no problems. */
	graph?: TopicGraph;
	resources: Record<string, ResourceData>;
	/** Every glossary entry, in file order. */
	glossary: GlossaryEntry[];
}

/** ASCII slugs keep shared URLs short and readable: lowercase words joined by hyphens, segments by slashes. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

const quote = (value: unknown) => `\`${String(value)}\``;
const didYouMean = (name: string | undefined) => (name ? `Did you mean ${quote(name)}? ` : '');

function parseEntries<T>(
	entries: readonly RawEntry[],
	schema: z.ZodType<T>,
	problems: ContentProblem[],
): Map<string, { file: string; data: T }> {
	const parsed = new Map<string, { file: string; data: T }>();
	for (const entry of entries) {
		if (entry.unreadable) continue;
		const result = schema.safeParse(entry.raw ?? {});
		if (!result.success) {
			for (const issue of result.error.issues) {
				const field = fieldPath(issue.path);
				const value = issue.path.reduce<unknown>(
					(obj, key) => (obj && typeof obj === 'object' ? (obj as Record<PropertyKey, unknown>)[key] : undefined),
					entry.raw,
				);
				problems.push({
					file: entry.file,
					field,
					message: `${issue.message}${value === undefined ? '' : ` (got ${quote(JSON.stringify(value))})`}.`,
					fix: `Correct \`${field}\` as the schema in src/schemas/ describes (every field there has a comment).`,
				});
			}
			continue;
		}
		parsed.set(entry.id, { file: entry.file, data: result.data });
	}
	return parsed;
}

/** Reports ids that are not ASCII slugs and ids given by two files. */
function checkIds(
	entries: readonly { file: string; key: string; slug: string }[],
	what: string,
	problems: ContentProblem[],
): void {
	const seen = new Map<string, string>();
	for (const { file, key, slug } of entries) {
		if (slug !== '' && !SLUG.test(slug)) {
			problems.push({
				file,
				field: '(file name)',
				message: `The slug ${quote(slug)} is not lowercase ASCII words joined by hyphens.`,
				fix: `Rename the file so its path is like \`linear-algebra/matrix-multiplication\`; the slug becomes the URL, and forum links need it short and readable.`,
			});
		}
		const first = seen.get(key);
		if (first !== undefined) {
			problems.push({
				file,
				field: '(file name)',
				message: `Duplicate ${what} ${quote(slug === '' ? '/' : slug)}: \`${first}\` already gives this slug.`,
				fix: `Keep one of the two files (remove or rename \`${file}\` or \`${first}\`).`,
			});
		} else seen.set(key, file);
	}
}

/**
 * Checks the whole content model and, when it is sound, builds the topic graph.
 * Pure: it takes parsed files and returns problems, so every message is unit-tested without a build.
 */
export function validateContent(input: ContentInput): ValidatedContent {
	const topicsDir = input.topicsDir ?? 'content/topics';
	const docsDir = input.docsDir ?? 'content/docs';
	const problems: ContentProblem[] = [];

	checkIds(input.topics.map((t) => ({ file: t.file, key: t.id, slug: t.id })), 'topic', problems);
	checkIds(input.resources.map((r) => ({ file: r.file, key: r.id, slug: r.id })), 'resource', problems);
	checkIds(input.pages.map((p) => ({ file: p.file, key: `${p.lang}:${p.slug}`, slug: p.slug })), 'page slug', problems);

	const resources = parseEntries<ResourceData>(input.resources, resourceSchema, problems);
	const topics = parseEntries<TopicData>(input.topics, topicSchema, problems);
	// Ids of every topic file, parsed or not: a topic with a schema error still exists, so links to it
	// are not reported a second time as broken.
	const topicIds = [...new Set(input.topics.map((t) => t.id))];
	const resourceIds = [...resources.keys()];

	for (const [id, { file }] of topics) {
		if (!areaOf(id)) {
			problems.push({
				file,
				field: '(file name)',
				message: `The topic ${quote(id)} is not inside an area folder.`,
				fix: `Move it under one of: ${AREAS.map((a) => `\`${topicsDir}/${a}/\``).join(', ')}.`,
			});
		}
	}

	for (const [id, { file, data }] of topics) {
		data.prerequisites.forEach((p, i) => {
			const field = `prerequisites[${i}].topic`;
			if (p.topic === id) {
				problems.push({
					file,
					field,
					message: `The topic ${quote(id)} lists itself as a prerequisite.`,
					fix: 'Remove this entry: a topic cannot be learned before itself.',
				});
			} else if (!topicIds.includes(p.topic)) {
				const guess = closestName(p.topic, topicIds);
				problems.push({
					file,
					field,
					message: `The prerequisite ${quote(p.topic)} is not a topic.`,
					fix: `${didYouMean(guess)}Use the id of an existing topic (its path under \`${topicsDir}/\` without \`.yaml\`), or create \`${topicsDir}/${p.topic}.yaml\`.`,
				});
			}
			const repeated = data.prerequisites.findIndex((q) => q.topic === p.topic);
			if (repeated < i) {
				problems.push({
					file,
					field,
					message: `The prerequisite ${quote(p.topic)} is listed twice (also at \`prerequisites[${repeated}]\`).`,
					fix: 'Keep one entry and merge the reasons.',
				});
			}
		});
		data.resources.forEach((ref, i) => {
			const resource = resources.get(ref.resource);
			if (!resource) {
				const guess = closestName(ref.resource, resourceIds);
				problems.push({
					file,
					field: `resources[${i}].resource`,
					message: `The resource ${quote(ref.resource)} does not exist.`,
					fix: `${didYouMean(guess)}Use the id of a file in \`content/resources/\`, or add the resource there from the verified facts in ../shared/resources.json.`,
				});
				return;
			}
			const unitIds = resource.data.units.map((u) => u.id);
			ref.units.forEach((unit, j) => {
				if (unitIds.includes(unit)) return;
				const guess = closestName(unit, unitIds);
				problems.push({
					file,
					field: `resources[${i}].units[${j}]`,
					message: `The resource ${quote(ref.resource)} has no unit ${quote(unit)}.`,
					fix: unitIds.length
						? `${didYouMean(guess)}Its units are ${unitIds.map(quote).join(', ')} (see \`${resource.file}\`).`
						: `It lists no units: remove \`units\` to recommend the whole resource, or add verified units to \`${resource.file}\`.`,
				});
			});
		});
	}

	// Self-loops are reported above with their own message; the cycle search looks for longer ones.
	const edges = new Map(
		[...topics].map(([id, { data }]) => [
			id,
			data.prerequisites.map((p) => p.topic).filter((t) => t !== id && topics.has(t)),
		]),
	);
	const cycle = findCycle(topicIds, edges);
	if (cycle) {
		problems.push({
			file: topics.get(cycle[0]!)!.file,
			field: 'prerequisites',
			message: `The prerequisites form a cycle: ${cycle.map(quote).join(' → ')} (each needs the next).`,
			fix: 'Remove one of these prerequisites: a learning path must have a start.',
		});
	}

	// Starlight checks its own schema too, but only after the build has started and without the fix.
	for (const page of input.pages) {
		if (page.frontmatter === undefined) continue;
		const data = (page.frontmatter ?? {}) as Record<string, unknown>;
		for (const field of ['title', 'description'] as const) {
			const value = data[field];
			if (typeof value === 'string' && value.trim() !== '') continue;
			problems.push({
				file: page.file,
				field,
				message: `The page has no ${field}${value === undefined ? '' : ` (got ${quote(JSON.stringify(value))})`}.`,
				fix:
					field === 'title'
						? 'Add `title: …` to the frontmatter: it is the page heading, the sidebar label and the link text elsewhere.'
						: 'Add `description: …` to the frontmatter: one or two sentences, shown in search results and link previews.',
			});
		}
	}

	// Every page exists in both languages, and every topic has its pages.
	const pagesByLang = new Map<Lang, Map<string, PageEntry>>(LANGS.map((l) => [l, new Map()]));
	for (const page of input.pages) pagesByLang.get(page.lang)!.set(page.slug, page);
	const pagePath = (lang: Lang, slug: string) =>
		`${docsDir}/${lang === 'ru' ? '' : `${lang}/`}${slug === '' ? 'index' : slug}.mdx`;
	for (const lang of LANGS) {
		for (const page of pagesByLang.get(lang)!.values()) {
			for (const other of LANGS) {
				if (other === lang || pagesByLang.get(other)!.has(page.slug)) continue;
				problems.push({
					file: page.file,
					field: '(file)',
					message: `The page ${quote(page.slug || '/')} exists in ${quote(lang)} but not in ${quote(other)}.`,
					fix: `Add its translation as \`${pagePath(other, page.slug)}\`: every page is published in both languages.`,
				});
			}
			if (areaOf(page.slug) && !topics.has(page.slug) && !input.topics.some((t) => t.id === page.slug)) {
				problems.push({
					file: page.file,
					field: '(file)',
					message: `The page ${quote(page.slug)} is in an area folder but has no topic data.`,
					fix: `Create \`${topicsDir}/${page.slug}.yaml\` with its hours, prerequisites and resources.`,
				});
			}
		}
	}
	for (const [id, { file }] of topics) {
		for (const lang of LANGS) {
			if (pagesByLang.get(lang)!.has(id)) continue;
			problems.push({
				file,
				field: '(file)',
				message: `The topic ${quote(id)} has no ${lang === 'ru' ? 'Russian' : 'English'} page.`,
				fix: `Write \`${pagePath(lang, id)}\`.`,
			});
		}
	}

	const glossary: GlossaryEntry[] = [];
	for (const [, { file, data }] of parseEntries(input.glossary ?? [], glossaryFileSchema, problems)) {
		data.forEach((entry, i) => {
			glossary.push(entry);
			if (topicIds.includes(entry.topic)) return;
			const guess = closestName(entry.topic, topicIds);
			problems.push({
				file,
				field: `[${i}].topic`,
				message: `The term ${quote(entry.ru)} points at ${quote(entry.topic)}, which is not a topic.`,
				fix: `${didYouMean(guess)}Use the id of the topic that explains the term.`,
			});
		});
	}

	const resourceData = Object.fromEntries([...resources].map(([id, r]) => [id, r.data]));
	if (problems.length > 0) return { problems, resources: resourceData, glossary };
	const graph = buildGraph([...topics].map(([id, { data }]) => ({ id, data })));
	return { problems, graph, resources: resourceData, glossary };
}
