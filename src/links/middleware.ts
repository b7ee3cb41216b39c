import { defineMiddleware } from 'astro:middleware';
import { addCodeCopy } from './code-copy';
import { addHeadingControls } from './heading-controls';
import { aliasesFor } from './moved';
import { parseSitePath, withBase, withoutBase } from './urls';

/**
 * Runs on every rendered page (at build time for this static site, per request in `astro dev`):
 * adds the heading link controls, the anchors of renamed headings and the code blocks' copy buttons. Registered by the
 * `linkable` integration, so no `src/middleware.ts` is needed.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const base = import.meta.env.BASE_URL;
	const path = withoutBase(base, context.url.pathname);
	if (path === undefined) return response;
	const { lang } = parseSitePath(path);
	const aliases = aliasesFor(path);
	for (const [id, target] of Object.entries(aliases.moved)) aliases.moved[id] = withBase(base, target);
	const html = await response.text();
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	return new Response(addCodeCopy(addHeadingControls(html, { lang, aliases }), lang), {
		status: response.status,
		statusText: response.statusText,
		headers,
	});
});
