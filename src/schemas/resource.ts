import { z } from 'astro/zod';
import { localizedText } from './localized';

/**
 * A learning resource the site recommends, one file per resource in `content/resources/<id>.yaml`.
 * Every fact here comes from `../shared/resources.json` (checked against public sources);
 * a fact that was not verified is left out rather than guessed.
 */

/** Kinds of resource, used for the icon and label next to a link. */
export const RESOURCE_FORMATS = ['video', 'course', 'book', 'article', 'handbook', 'forum', 'trainer'] as const;

/** One chapter, unit, module or video of a resource. */
export const unitSchema = z.object({
	/** Stable id that topics refer to: the chapter number as the provider counts it (`'4'`, shown before the title), or a slug (not shown) where the numbering is not verified or there is none. */
	id: z.string().min(1).regex(/^[a-z0-9][a-z0-9.-]*$/, 'use lowercase ASCII letters, digits, dots and hyphens'),
	/** The unit's title in the original language. */
	title: z.string().min(1),
	/** The unit's Russian title, where an official or well-known one exists. */
	title_ru: z.string().min(1).optional(),
	/** A direct link to the unit, only where it was verified (e.g. a YouTube video id from the source list). */
	url: z.url().optional(),
	/** Approximate duration, e.g. `~9:52` for a video. */
	duration: z.string().optional(),
}).strict();

export const resourceSchema = z.object({
	/** Who makes it: an author, a school or a platform. */
	provider: z.string().min(1),
	/** The resource's name in its original language. */
	title: z.string().min(1),
	/** Its Russian name, where an official one exists. */
	title_ru: z.string().min(1).optional(),
	/** The verified address. For a resource without a verified page, the provider's home page plus a `note` saying so. */
	url: z.url(),
	/** Languages the resource itself is written or spoken in, original first (a translation the provider publishes counts). */
	languages: z.array(z.enum(['ru', 'en'])).min(1),
	/** Languages of an official dubbed audio track (videos), shown as «русская озвучка», never as «на русском». Default: none. */
	dubbed: z.array(z.enum(['ru', 'en'])).default([]),
	/**
	 * Languages with subtitles only (official or community), shown as «русские субтитры». The one place this
	 * fact lives: topic notes do not repeat it (tests/content/resource-languages.test.ts). Default: none.
	 */
	subtitles: z.array(z.enum(['ru', 'en'])).default([]),
	/** What kind of resource it is. */
	format: z.enum(RESOURCE_FORMATS),
	/** `true` free, `false` paid, `null` not verified (then the site says nothing about the price). */
	free: z.boolean().nullable(),
	/** How long it is, in words, both languages. Optional when unknown. */
	length: localizedText.optional(),
	/** Something a reader must know before following the link (e.g. "the trainer's page is to be found on the provider's site"). */
	note: localizedText.optional(),
	/** Its chapters or units in order, for recommendations down to the unit. Default: none. */
	units: z.array(unitSchema).default([]),
	/** How sure the source list is of these facts as a whole. */
	confidence: z.enum(['high', 'medium', 'low']),
}).strict();

export type ResourceUnit = z.infer<typeof unitSchema>;
export type ResourceData = z.infer<typeof resourceSchema>;
