/**
 * Opening the site's search dialog (src/components/Search.astro) with a query typed in: the 404 page
 * does it with the words of a missing address, the error page with the words of an unknown message.
 */

/** Opens the dialog and types `query` into it once the search interface has loaded. */
export async function openSearch(query: string) {
	document.querySelector<HTMLButtonElement>('nn-search button[data-open-modal]')?.click();
	// The search box (src/search/box.ts) is loaded when the dialog first opens: wait for its input.
	for (let i = 0; i < 200; i++) {
		const input = document.querySelector<HTMLInputElement>('#nn-search input');
		if (input) {
			input.value = query;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			input.focus();
			return;
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}
