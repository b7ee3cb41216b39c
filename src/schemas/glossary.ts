import { z } from 'astro/zod';

/**
 * The Russian ↔ English glossary, one YAML list per area in `content/glossary/<area>.yaml`.
 * Readers watch English videos with Russian in their heads: each term links to where it is explained.
 */
export const glossaryEntrySchema = z.object({
	/** The Russian term, lowercase unless a proper name: `градиент`. */
	ru: z.string().trim().min(1),
	/** The English term: `gradient`. */
	en: z.string().trim().min(1),
	/** The topic that explains the term, e.g. `calculus/gradient`. */
	topic: z.string().min(1),
}).strict();

export const glossaryFileSchema = z.array(glossaryEntrySchema);

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
