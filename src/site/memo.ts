/**
 * Loads once and shares the result. Every component of a page asks for the site data (eleven per
 * page), and a build renders over a hundred pages in one process: without this each ask would read
 * every content collection and rebuild the graph again.
 *
 * `fresh` says when to skip the memo: in `astro dev` the author edits content while the server runs,
 * and one page's dozen loads cost nothing next to a stale page.
 */
export function loadOnce<T>(load: () => Promise<T>, options: { fresh?: () => boolean } = {}): () => Promise<T> {
	let pending: Promise<T> | undefined;
	return () => {
		if (options.fresh?.()) return load();
		if (!pending) {
			pending = load();
			// A failed load is not remembered: the next ask tries again (and reports its own error).
			pending.catch(() => {
				pending = undefined;
			});
		}
		return pending;
	};
}
