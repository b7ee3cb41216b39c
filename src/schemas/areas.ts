/**
 * The five areas of the roadmap. A topic's area is the first segment of its slug
 * (`linear-algebra/matrix-multiplication` → `linear-algebra`), so the folder a topic
 * lives in is its area and nothing declares it twice.
 */
export const AREAS = ['foundations', 'linear-algebra', 'calculus', 'probability', 'neural-networks'] as const;
export type Area = (typeof AREAS)[number];

/**
 * Tracks are learning goals on the graph (from the source question: how much math you need
 * depends on your ambition). A topic lists the tracks it belongs to.
 */
export const TRACKS = ['practitioner', 'internals', 'research'] as const;
export type Track = (typeof TRACKS)[number];

/** The site's languages; Russian is the root locale, English lives under `/en/`. */
export const LANGS = ['ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
