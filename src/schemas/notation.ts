import { z } from 'astro/zod';

/**
 * The site's notation and terms (issue #17), in `content/notation/`: `letters.yaml` (what each letter
 * of the running examples means) and `terms.yaml` (the Russian terms the site uses and the ones it
 * avoids). Pages follow them; /glossary/#notation shows the letters; tests/content/notation.test.ts
 * checks the part a program can check.
 */

/** The groups the letters table is shown in, in this order. */
export const LETTER_GROUPS = ['neuron', 'gradients', 'two-layer', 'layers', 'training', 'general'] as const;

export const notationLetterSchema = z.object({
	/** The letter as TeX, exactly as pages write it: `z`, `\hat y`, `W^{(l)}`. */
	tex: z.string().trim().min(1),
	/** Which table it belongs to: one of LETTER_GROUPS. */
	group: z.enum(LETTER_GROUPS),
	/** What it means, in Russian; `$…$` is typeset. */
	ru: z.string().trim().min(1),
	/** What it means, in English; `$…$` is typeset. */
	en: z.string().trim().min(1),
}).strict();

/** A regular expression source that compiles with the `iu` flags the terms test uses. */
const pattern = z.string().min(1).superRefine((source, ctx) => {
	try {
		new RegExp(source, 'iu');
	} catch (error) {
		ctx.addIssue({ code: 'custom', message: `not a regular expression with flags "iu": ${(error as Error).message}` });
	}
});

export const notationTermSchema = z.object({
	/** The Russian term the site uses: `батч, мини-батч`. */
	use: z.string().trim().min(1),
	/** Its English counterpart. */
	en: z.string().trim().min(1),
	/**
	 * What pages must not say instead, as a regular expression (case-insensitive, Unicode: `\p{L}` is any
	 * letter), matched against page text, topic and glossary files and interface strings.
	 */
	avoid: pattern,
	/** Why, for the author who meets the test's failure: what the avoided word would mean to a reader. */
	why: z.string().trim().min(1),
}).strict();

export const notationLettersFileSchema = z.array(notationLetterSchema).min(1);
export const notationTermsFileSchema = z.array(notationTermSchema).min(1);

export type LetterGroup = (typeof LETTER_GROUPS)[number];
export type NotationLetter = z.infer<typeof notationLetterSchema>;
export type NotationTerm = z.infer<typeof notationTermSchema>;

export interface Notation {
	letters: NotationLetter[];
	terms: NotationTerm[];
}
