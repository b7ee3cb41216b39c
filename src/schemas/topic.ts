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

/** An anchor of the topic's own page: a heading id without `#`, as the page writes it in `{#id}`. */
const sectionId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'write the heading id without `#`, lowercase ASCII letters, digits and hyphens: `idea`');

/** One question a reader asks, in the words of a forum post, and the section that answers it. */
export const questionSchema = z.object({
	/** The question as readers post it: «Зачем нужна транспонированная матрица?», "Why do we transpose?". Ends with `?`. */
	q: z.string().trim().min(1, 'the question is empty').regex(/\?$/, 'end the question with `?`'),
	/** The heading id on this topic's page, in this language, that answers it (`idea`); checked by src/graph/checks/questions.ts. */
	at: sectionId,
}).strict();

/**
 * The questions a topic answers, per language: shown as «На какие вопросы отвечает тема» / "Questions
 * this page answers", each linking to its section, and indexed by search with a high weight, so a
 * question typed as on a forum finds the page. 3–6 per language; not translations of each other
 * necessarily, since each language's readers ask in their own words.
 */
export const questionsSchema = z.object({
	/** Questions of Russian readers, for the Russian page. */
	ru: z.array(questionSchema).min(3, 'give 3 to 6 questions').max(6, 'give 3 to 6 questions'),
	/** Questions of English readers, for the English page. */
	en: z.array(questionSchema).min(3, 'give 3 to 6 questions').max(6, 'give 3 to 6 questions'),
}).strict();

/** A library call as it is written in code (`nn.Linear`, `np.dot`, `@`, `.backward()`): trimmed, one line. */
const codeName = z.string().trim().min(1, 'a code name is empty').regex(/^[^\s]+$/, 'one call per entry, without spaces: `nn.Linear`');

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
	/** The questions this topic answers, per language, each with its section (see `questionsSchema`). Optional. */
	questions: questionsSchema.optional(),
	/**
	 * The library calls that compute what the topic teaches (NumPy, PyTorch, Keras), shown as «В коде» /
	 * "In code" and indexed, so searching for `nn.Linear` finds the topic. The same in both languages.
	 * Only real API names. `[]` says the topic has no natural call (a foundation); absent: not decided yet.
	 */
	code: z.array(codeName).optional(),
}).strict();

export type Prerequisite = z.infer<typeof prerequisiteSchema>;
export type ResourceRef = z.infer<typeof resourceRefSchema>;
export type TopicData = z.infer<typeof topicSchema>;
export type OtherNames = z.infer<typeof otherNamesSchema>;
export type Question = z.infer<typeof questionSchema>;
