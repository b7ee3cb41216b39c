/**
 * Astro's static redirect pages (for `redirects` in astro.config.mjs) use
 * `<meta http-equiv="refresh">`, which drops the `#fragment` of the old URL. A one-line script
 * carries it over, so `/old-page/#section` lands on `/new-page/#section`; without JavaScript the
 * meta refresh still reaches the page.
 */
/** A redirect page with the fragment-keeping script; any other page unchanged. */
export function keepFragment(html: string): string {
	const target = /<meta http-equiv="refresh" content="\d+;url=([^"]+)">/.exec(html)?.[1];
	if (!target || html.includes('data-keep-fragment')) return html;
	const url = JSON.stringify(target.replace(/&amp;/g, '&')).replace(/</g, '\\u003c');
	const script = `<script data-keep-fragment>location.replace(${url}+location.hash)</script>`;
	return html.replace(/<meta http-equiv="refresh"/, `${script}<meta http-equiv="refresh"`);
}
