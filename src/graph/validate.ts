import { LANGS, type Lang } from '../schemas/areas';
import { glossaryFileSchema, type GlossaryEntry } from '../schemas/glossary';
import type { Notation } from '../schemas/notation';
import { resourceSchema, type ResourceData } from '../schemas/resource';
import { topicSchema, type TopicData } from '../schemas/topic';
import { buildGraph, type TopicGraph } from './build-graph';
import { aliases } from './checks/aliases';
import { areaPages } from './checks/area-pages';
import type { Check, CheckContext, ContentInput, PageCheck, PageEntry, TopicCheck } from './checks/context';
import { coreHours } from './checks/core-hours';
import { fileIds } from './checks/file-ids';
import { glossaryTerms } from './checks/glossary-terms';
import { notation as parseNotation } from './checks/notation';
import { pageFrontmatter } from './checks/page-frontmatter';
import { prerequisiteCycle } from './checks/prerequisite-cycle';
import { prerequisites } from './checks/prerequisites';
import { questions } from './checks/questions';
import { resourceLinks } from './checks/resource-links';
import { parseEntries } from './checks/schema';
import { topicAreas } from './checks/topic-areas';
import { topicPages } from './checks/topic-pages';
import { translations } from './checks/translations';
import type { ContentProblem } from './problems';

export type { ContentInput, PageEntry, RawEntry } from './checks/context';

export interface ValidatedContent {
	problems: ContentProblem[];
	/** The graph, built only when there are no problems. */
	graph?: TopicGraph;
	resources: Record<string, ResourceData>;
	/** Every glossary entry, in file order. */
	glossary: GlossaryEntry[];
	/** The letters and terms pages follow (content/notation/). */
	notation: Notation;
}

/**
 * Parses resources, then topics, with their schemas (their problems in that order) and indexes what
 * parsed for the checks.
 */
export function checkContext(input: ContentInput): { ctx: CheckContext; problems: ContentProblem[] } {
	const resources = parseEntries<ResourceData>(input.resources, resourceSchema);
	const topics = parseEntries<TopicData>(input.topics, topicSchema);
	const pagesByLang = new Map<Lang, Map<string, PageEntry>>(LANGS.map((l) => [l, new Map()]));
	for (const page of input.pages) pagesByLang.get(page.lang)!.set(page.slug, page);
	const ctx: CheckContext = {
		input,
		topicsDir: input.topicsDir ?? 'content/topics',
		docsDir: input.docsDir ?? 'content/docs',
		topics: topics.parsed,
		resources: resources.parsed,
		topicIds: [...new Set(input.topics.map((t) => t.id))],
		resourceIds: [...resources.parsed.keys()],
		pagesByLang,
	};
	return { ctx, problems: [...resources.problems, ...topics.problems] };
}

/** Runs checks of one topic topic by topic, so each topic's problems stay together in the report. */
const eachTopic =
	(...checks: TopicCheck[]): Check =>
	(ctx) =>
		[...ctx.topics].flatMap(([id, topic]) => checks.flatMap((check) => check(id, topic, ctx)));

/** Runs checks of one page page by page, language by language. */
const eachPage =
	(...checks: PageCheck[]): Check =>
	(ctx) =>
		LANGS.flatMap((lang) => [...ctx.pagesByLang.get(lang)!.values()].flatMap((page) => checks.flatMap((check) => check(page, ctx))));

/**
 * The checks that need parsed topics and resources, in the order their problems are reported
 * (each in `checks/`, one concept per file, each problem naming file, field, bad value and fix).
 */
const CHECKS: readonly Check[] = [
	topicAreas,
	eachTopic(prerequisites, resourceLinks, coreHours, questions),
	prerequisiteCycle,
	pageFrontmatter,
	eachPage(translations, areaPages),
	topicPages,
	aliases,
];

/**
 * Checks the whole content model and, when it is sound, builds the topic graph.
 * Pure: it takes parsed files and returns problems, so every message is unit-tested without a build.
 * File names first (every file has one), then each schema, then the checks over what parsed, then
 * the glossary, whose terms point at topics, and the notation.
 */
export function validateContent(input: ContentInput): ValidatedContent {
	const problems: ContentProblem[] = fileIds(input);
	const { ctx, problems: schemaProblems } = checkContext(input);
	problems.push(...schemaProblems);
	for (const check of CHECKS) problems.push(...check(ctx));

	const glossaryFiles = parseEntries(input.glossary ?? [], glossaryFileSchema);
	problems.push(...glossaryFiles.problems, ...glossaryTerms(glossaryFiles.parsed, ctx.topicIds));
	const glossary = [...glossaryFiles.parsed.values()].flatMap(({ data }) => data);
	const { notation, problems: notationProblems } = parseNotation(input.notation ?? [], ctx.topicIds);
	problems.push(...notationProblems);

	const resourceData = Object.fromEntries([...ctx.resources].map(([id, r]) => [id, r.data]));
	if (problems.length > 0) return { problems, resources: resourceData, glossary, notation };
	const graph = buildGraph([...ctx.topics].map(([id, { data }]) => ({ id, data })));
	return { problems, graph, resources: resourceData, glossary, notation };
}
