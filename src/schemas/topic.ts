import { z } from 'astro/zod';
import { TRACKS } from './areas';
import { localizedText } from './localized';

/**
 * A topic's place in the graph, declared once per topic in `content/topics/<area>/<slug>.yaml`.
 * The topic id is that file's path without the extension (`linear-algebra/matrix-multiplication`);
 * titles, descriptions and bodies live in the per-language MDX pages with the same slug.
 */

/**
 * How much a topic depends on a prerequisite. `essential`: its core content cannot be understood
 * without it. `helpful`: only part of the topic uses it (a side section, a second example, a proof),
 * so the short route to a goal leaves it out while the full path keeps it.
 */
export const PREREQUISITE_KINDS = ['essential', 'helpful'] as const;
export type PrerequisiteKind = (typeof PREREQUISITE_KINDS)[number];

/** A link to another topic that must be learned first. */
export const prerequisiteSchema = z.object({
	/** Id of the topic to learn first, e.g. `linear-algebra/dot-product`. Must exist in `content/topics/`. */
	topic: z.string().min(1),
	/** `essential` or `helpful` (see `PREREQUISITE_KINDS`); say why in `why`. Default: `essential`. */
	kind: z.enum(PREREQUISITE_KINDS).default('essential'),
	/** One line saying why this topic needs it, in both languages. Shown next to the link. */
	why: localizedText,
}).strict();

/** A pointer into the resource collection, down to the unit or chapter that teaches this topic. */
export const resourceRefSchema = z.object({
	/** Id of a resource in `content/resources/` (its file name without `.yaml`). */
	resource: z.string().min(1),
	/** Ids of the resource's units that matter here (e.g. `['4']` for chapter 4). Empty or absent: the whole resource. */
	units: z.array(z.string().min(1)).default([]),
	/** Optional advice on how to use it for this topic (what to watch, what to skip). */
	note: localizedText.optional(),
}).strict();

/** One other name: trimmed, not empty (checked across topics by `src/graph/checks/aliases.ts`). */
const otherName = z.string().trim().min(1, 'an alias is empty');

/**
 * Other names of a topic per language: what readers type instead of its title. Each list is for the
 * pages of that language and may mix scripts: a Russian page lists the English term, since readers
 * type it there (`backprop`, `chain rule`), and the English one may list the Russian term.
 */
export const otherNamesSchema = z.object({
	/** Names for the Russian page: synonyms, the English term, short forms, spellings («кросс-энтропия»). */
	ru: z.array(otherName).default([]),
	/** Names for the English page: synonyms, short forms (`backprop`, `SGD`), spellings, the Russian term. */
	en: z.array(otherName).default([]),
}).strict();

export const topicSchema = z.object({
	/** Estimated hours for a newcomer to learn the topic well enough to go on, resources included. */
	hours: z.number().positive().max(200),
	/**
	 * Hours to learn only the core of the topic, the part later topics build on: read the page, work its
	 * example and exercises, leave the courses and side sections for later. The short route counts these.
	 * At most `hours`. Default: `hours`.
	 */
	coreHours: z.number().positive().max(200).optional(),
	/** The tracks this topic belongs to; a track's path is the union of its topics and their prerequisites. Default: none. */
	tracks: z.array(z.enum(TRACKS)).default([]),
	/** Topics to learn before this one, each with a reason. Default: none (a root of the graph). */
	prerequisites: z.array(prerequisiteSchema).default([]),
	/** The best resources for this topic, best first. */
	resources: z.array(resourceRefSchema).default([]),
	/** The topic's key formula in LaTeX, for link previews and the roadmap. Optional. */
	formula: z.string().min(1).optional(),
	/**
	 * Other names: shown on the page as «Другие названия» / "Also called" and indexed by search with a
	 * high weight, so `backprop` or «цепное правило» finds the topic. No duplicates within a language,
	 * none equal to a topic's title. Optional.
	 */
	aliases: otherNamesSchema.optional(),
	/**
	 * Misspellings readers often type («градиэнт»): indexed by search with the aliases but never shown,
	 * since a page must not teach a wrong spelling. Same rules as `aliases`. Optional.
	 */
	misspellings: otherNamesSchema.optional(),
}).strict();

export type Prerequisite = z.infer<typeof prerequisiteSchema>;
export type ResourceRef = z.infer<typeof resourceRefSchema>;
export type TopicData = z.infer<typeof topicSchema>;
export type OtherNames = z.infer<typeof otherNamesSchema>;
