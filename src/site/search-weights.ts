/**
 * How much search counts each kind of text, in one place: the topic frame sets the index weight of a
 * topic's other names (`data-pagefind-weight`, 0–10; Pagefind gives `h1` 7, `h2` 6 … body text 1),
 * and the search box passes Pagefind its ranking. Measured with tests/browser/search-queries.test.ts
 * (its query set, and every topic found first by its exact title).
 */
export const SEARCH_WEIGHTS = {
	/** A topic's other names and misspellings: as strong as its title heading. */
	aliases: 7,
	/**
	 * The questions a topic answers («зачем нужна транспонированная матрица?»): as strong as a section
	 * heading, below the names, since a question shares its words with other topics' questions.
	 */
	questions: 6,
	/** Library calls (`nn.Linear`, `np.dot`) and the spoken names of the symbols a topic introduces («набла»): names, like aliases. */
	codeAndSymbols: 7,
} as const;

/**
 * Pagefind's ranking (https://pagefind.app/docs/ranking/). `metaWeights.title` (default 5): a page
 * whose title is the query ranks above one that only names it in its text. `termFrequency` 0.5
 * (default 1): half of a page's score comes from its weighted count of the words rather than their
 * density, so a topic that names the term in its title, aliases and headings outranks a shorter page
 * that mentions it in passing; on the query set this moved «SGD»-like short forms into the top 3.
 */
export const SEARCH_RANKING = {
	metaWeights: { title: 10 },
	termFrequency: 0.5,
} as const;
