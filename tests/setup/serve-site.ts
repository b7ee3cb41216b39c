import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../helpers/static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Origin of the built site served for browser tests, e.g. `http://127.0.0.1:40123`. */
		siteUrl: string;
	}
}

/** Serves `dist/` on a free port for the browser project; closes it when the run ends. */
export default async function serveSite(project: TestProject) {
	const dist = fileURLToPath(new URL('../../dist', import.meta.url));
	const { url, server } = await serveStatic(dist);
	project.provide('siteUrl', url);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
