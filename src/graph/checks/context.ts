import type { Lang } from '../../schemas/areas';
import type { ResourceData } from '../../schemas/resource';
import type { TopicData } from '../../schemas/topic';
import type { ContentProblem } from '../problems';

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
	/** The page's heading ids, read from its source (src/markdown/source-heading-ids.ts); `undefined` when not read. */
	anchors?: readonly string[];
}

export interface ContentInput {
	topics: readonly RawEntry[];
	resources: readonly RawEntry[];
	pages: readonly PageEntry[];
	/** Glossary files, one YAML list each. Default: none. */
	glossary?: readonly RawEntry[];
	/** The notation files, `letters` and `terms` (src/schemas/notation.ts). Default: none, and none required. */
	notation?: readonly RawEntry[];
	/** Where topic data files live, for the paths in fixes. Default `content/topics`. */
	topicsDir?: string;
	/** Where page files live, for the paths in fixes. Default `content/docs`. */
	docsDir?: string;
}

/** An entry that passed its schema: the file it came from and its typed data. */
export interface Parsed<T> {
	file: string;
	data: T;
}

/**
 * What the checks after parsing look at: the input, the entries that passed their schemas, and
 * indexes built once so each check stays a few lines.
 */
export interface CheckContext {
	input: ContentInput;
	topicsDir: string;
	docsDir: string;
	topics: ReadonlyMap<string, Parsed<TopicData>>;
	resources: ReadonlyMap<string, Parsed<ResourceData>>;
	/**
	 * Ids of every topic file, parsed or not: a topic with a schema error still exists, so links to
	 * it are not reported a second time as broken.
	 */
	topicIds: readonly string[];
	/** Ids of the resources that passed their schema (a unit can only be looked up in those). */
	resourceIds: readonly string[];
	/** Pages by language, then by slug (the last file wins a duplicate slug, which `fileIds` reports). */
	pagesByLang: ReadonlyMap<Lang, ReadonlyMap<string, PageEntry>>;
}

/** A check over the whole content; it returns its problems in the order found. */
export type Check = (ctx: CheckContext) => ContentProblem[];

/** A check of one topic (run for every topic that passed its schema). */
export type TopicCheck = (id: string, topic: Parsed<TopicData>, ctx: CheckContext) => ContentProblem[];

/** A check of one page (run for every page, language by language). */
export type PageCheck = (page: PageEntry, ctx: CheckContext) => ContentProblem[];
