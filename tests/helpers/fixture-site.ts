import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump as dumpYaml, load as parseYaml } from 'js-yaml';

/**
 * Small fixture sites, in the manner of Starlight's `__e2e__`: a copy of the project (our code and
 * config) whose content is a handful of topics, so a test of a build
 * feature builds a few pages that exercise it instead of the whole site a second time. The full site
 * is built once per run, by tests/setup/build-site.ts.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * Inside the repository (git-ignored), not in /tmp: packages resolve from the project's own
 * node_modules by walking up, as in a monorepo. A symlinked node_modules would not do: Vite follows
 * it to its real path, and Astro then finds Starlight's components outside the fixture and fails.
 */
const FIXTURES = join(ROOT, 'tests/.artifacts/fixtures');
const TOPIC_REF = /^\s*-?\s*topic:\s*([\w-]+\/[\w-]+)\s*$/gm;
/** A link from a topic page to another in its area: `../slug/`. */
const SIBLING_LINK = /(?:\]\(|href=")\.\.\/([\w-]+)\/(?:[#)"])/g;
/** A link to a topic page, absolute (`/en/area/slug/`) or relative (`../area/slug/`). */
const PAGE_LINK = /(?:\]\(|href=")(?:\.\.\/)*\/?(?:en\/)?([\w-]+\/[\w-]+)\//g;

/**
 * The topics to keep: `seeds`, their prerequisites, and every topic their pages link to, repeated
 * until nothing new comes in, so the fixture has no dangling prerequisite and no broken link.
 */
export function closedTopics(seeds: readonly string[], root = ROOT): string[] {
	const exists = (id: string) => existsSync(join(root, 'content/topics', `${id}.yaml`));
	const missing = seeds.filter((s) => !exists(s));
	if (missing.length > 0) throw new Error(`No topic \`${missing.join('`, `')}\` in content/topics/: pick fixture topics that exist.`);
	const kept = new Set<string>();
	const todo = [...seeds];
	while (todo.length > 0) {
		const id = todo.pop()!;
		if (kept.has(id)) continue;
		kept.add(id);
		const texts = [`content/topics/${id}.yaml`, `content/docs/${id}.mdx`, `content/docs/en/${id}.mdx`]
			.filter((f) => existsSync(join(root, f)))
			.map((f) => readFileSync(join(root, f), 'utf8'));
		for (const text of texts) {
			for (const m of [...text.matchAll(TOPIC_REF), ...text.matchAll(PAGE_LINK)]) if (exists(m[1]!)) todo.push(m[1]!);
			const area = id.split('/')[0];
			for (const m of text.matchAll(SIBLING_LINK)) if (exists(`${area}/${m[1]}`)) todo.push(`${area}/${m[1]}`);
		}
	}
	return [...kept].sort();
}

/** The site's pages that are not topics (home, roadmap, 404, widgets…: the top-level files of content/docs/), in both languages. */
const sitePages = () => readdirSync(join(ROOT, 'content/docs')).filter((f) => /\.mdx?$/.test(f));

/**
 * Writes a fixture project in a new folder under tests/.artifacts/fixtures/ and returns its path: the
 * project's code and config, and content/ cut down to `closedTopics(seeds)` with their pages in
 * both languages, all resources, the glossary terms of those topics and the site pages (their lines
 * about other topics left out).
 */
export function fixtureProject(seeds: readonly string[], name: string): { dir: string; topics: string[] } {
	mkdirSync(FIXTURES, { recursive: true });
	const dir = mkdtempSync(join(FIXTURES, `${name}-`));
	for (const entry of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'public']) {
		cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	const topics = closedTopics(seeds);
	const copy = (file: string) => {
		mkdirSync(dirname(join(dir, 'content', file)), { recursive: true });
		cpSync(join(ROOT, 'content', file), join(dir, 'content', file));
	};
	for (const file of ['resources', 'i18n', 'ledger.txt']) cpSync(join(ROOT, 'content', file), join(dir, 'content', file), { recursive: true });
	for (const id of topics) for (const file of [`topics/${id}.yaml`, `docs/${id}.mdx`, `docs/en/${id}.mdx`]) copy(file);
	// A site page that lists topics (the widgets page) keeps the lines about the fixture's topics only.
	for (const page of sitePages()) {
		for (const file of [`docs/${page}`, `docs/en/${page}`]) {
			const lines = readFileSync(join(ROOT, 'content', file), 'utf8').split('\n');
			const kept = lines.filter((line) => [...line.matchAll(PAGE_LINK)].every((m) => topics.includes(m[1]!) || !existsSync(join(ROOT, 'content/topics', `${m[1]}.yaml`))));
			writeFileSync(join(dir, 'content', file), kept.join('\n'));
		}
	}
	// Glossary terms point at topics: keep the terms whose topic is in the fixture.
	mkdirSync(join(dir, 'content/glossary'));
	for (const file of readdirSync(join(ROOT, 'content/glossary'))) {
		const terms = parseYaml(readFileSync(join(ROOT, 'content/glossary', file), 'utf8')) as { topic: string }[];
		writeFileSync(join(dir, 'content/glossary', file), dumpYaml(terms.filter((t) => topics.includes(t.topic))));
	}
	return { dir, topics };
}

/**
 * The environment for an `astro build` started from a test. Vitest puts its own `import.meta.env`
 * into process.env (BASE_URL=/, MODE=test…); Vite would take them for the build's, so they go.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*|NN_MATH_BUILT)$/.test(key)),
	);
	return { ...env, NODE_ENV: 'production', ...extra };
}

/**
 * Runs `astro build` in `dir` (into `outDir` if given) with the project's own Node and Astro (`npx`
 * in a fixture, which has no node_modules of its own, would look elsewhere); returns its exit status
 * and output.
 */
export function astroBuild(dir: string, env: NodeJS.ProcessEnv, outDir?: string): { status: number | null; output: string } {
	const args = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(outDir ? ['--outDir', outDir] : [])];
	const run = spawnSync(join(ROOT, 'node_modules/.bin/node'), args, { cwd: dir, env, encoding: 'utf8' });
	return { status: run.status, output: run.stdout + run.stderr };
}
