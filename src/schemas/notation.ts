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

/** Names per language, each list at least one name long. */
const names = z.object({
	/** How Russian readers say or type it: «набла», «перевёрнутый треугольник». The first is shown first. */
	ru: z.array(z.string().trim().min(1)).min(1),
	/** How English readers say or type it: "nabla", "upside-down triangle", "del". */
	en: z.array(z.string().trim().min(1)).min(1),
}).strict();

/**
 * A symbol the formulas use (`content/notation/symbols.yaml`), for the page «Что значит этот значок?» /
 * "What does this symbol mean?" and for search: its spoken names are indexed on the topic that
 * introduces it, so «что такое набла» finds the gradient. tests/content/symbols.test.ts finds every TeX
 * command the formulas use in some entry's `tex` (or in its short list of layout commands).
 */
export const notationSymbolSchema = z.object({
	/** The symbol as it looks, in TeX, typeset on the symbols page: `\nabla`, `x^\top`, `\lVert x \rVert`. */
	show: z.string().trim().min(1),
	/** Every way the formulas write it, exactly (`\top`, `\mathsf{T}`); one TeX string belongs to one symbol. */
	tex: z.array(z.string().trim().min(1)).min(1),
	/** Its names in both languages, what a reader would say aloud or type into search. */
	names,
	/** What it means on this site, one line per language; `$…$` is typeset. */
	meaning: z.object({
		/** The meaning in Russian. */
		ru: z.string().trim().min(1),
		/** The meaning in English. */
		en: z.string().trim().min(1),
	}).strict(),
	/** The topic that introduces it, e.g. `calculus/gradient`: the symbols page links there and its page indexes the names. */
	topic: z.string().min(1),
}).strict();

export const notationLettersFileSchema = z.array(notationLetterSchema).min(1);
export const notationTermsFileSchema = z.array(notationTermSchema).min(1);
export const notationSymbolsFileSchema = z.array(notationSymbolSchema).min(1);

export type LetterGroup = (typeof LETTER_GROUPS)[number];
export type NotationLetter = z.infer<typeof notationLetterSchema>;
export type NotationTerm = z.infer<typeof notationTermSchema>;
export type NotationSymbol = z.infer<typeof notationSymbolSchema>;

export interface Notation {
	letters: NotationLetter[];
	terms: NotationTerm[];
	/** The symbols of the formulas with their names (`symbols.yaml`); empty when the file is absent. */
	symbols: NotationSymbol[];
}
