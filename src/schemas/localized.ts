import { z } from 'astro/zod';

/** A short text given in both site languages. Both are required: the site is Russian-first and English-complete. */
export const localizedText = z.object({
	/** Russian text, shown on pages at the root locale. */
	ru: z.string().trim().min(1, 'the Russian text is empty'),
	/** English text, shown on pages under `/en/`. */
	en: z.string().trim().min(1, 'the English text is empty'),
}).strict();

export type LocalizedText = z.infer<typeof localizedText>;
