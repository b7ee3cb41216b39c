import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { parseSitePath } from '../links/urls';
import { sourceHeadingIds } from '../markdown/source-heading-ids';
import type { ContentProblem } from './problems';
import type { ContentInput, PageEntry, RawEntry } from './checks/context';

/**
 * Reads the content folders from disk into the plain input `validateContent` checks.
 * The only part of the graph code that touches the file system; it runs in the Astro
 * integration before the build and in tests on fixture folders.
 */

const DATA = /\.ya?ml$/;
const PAGE = /\.mdx?$/;

function listFiles(dir: string, pattern: RegExp): string[] {
	let names: string[];
	try {
		names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
	} catch {
		return []; // A missing folder is an empty collection; the checks then say what is missing.
	}
	// Files starting with `_` are drafts and partials, as in Starlight's own loader.
	return names
		.filter((name) => pattern.test(name) && !name.split(sep).some((part) => part.startsWith('_')))
		.map((name) => name.split(sep).join('/'))
		.sort();
}

function readData(root: string, dir: string, problems: ContentProblem[]): RawEntry[] {
	return listFiles(join(root, dir), DATA).map((name) => {
		const file = `${dir}/${name}`;
		let raw: unknown = undefined;
		let unreadable = false;
		try {
			raw = parseYaml(readFileSync(join(root, file), 'utf8'));
		} catch (error) {
			problems.push({
				file,
				field: '(file)',
				message: `The file is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
				fix: 'Fix the YAML syntax (indentation, quotes around values with `:` or `#`).',
			});
			unreadable = true;
		}
		return { file, id: name.replace(DATA, ''), raw, unreadable };
	});
}

/** The YAML between the leading `---` lines of a page, or `undefined` when there is none. */
export function frontmatterOf(source: string): string | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/.exec(source);
	return match?.[1];
}

function readPages(root: string, dir: string, problems: ContentProblem[]): PageEntry[] {
	return listFiles(join(root, dir), PAGE).map((name) => {
		const file = `${dir}/${name}`;
		const { lang, slug } = parseSitePath(name.replace(PAGE, ''));
		let frontmatter: unknown = {};
		const source = readFileSync(join(root, file), 'utf8');
		try {
			frontmatter = parseYaml(frontmatterOf(source) ?? '') ?? {};
		} catch (error) {
			problems.push({
				file,
				field: '(frontmatter)',
				message: `The frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
				fix: 'Put values that contain `: ` or start with a quote or `#` in double quotes.',
			});
			frontmatter = undefined;
		}
		return { file, lang, slug, frontmatter, anchors: sourceHeadingIds(source) };
	});
}

export interface ContentDirs {
	topicsDir: string;
	resourcesDir: string;
	docsDir: string;
	glossaryDir: string;
	notationDir: string;
}

export const DEFAULT_DIRS: ContentDirs = {
	topicsDir: 'content/topics',
	resourcesDir: 'content/resources',
	docsDir: 'content/docs',
	glossaryDir: 'content/glossary',
	notationDir: 'content/notation',
};

/** Reads every topic, resource and page under `root`; YAML syntax errors come back as problems. */
export function loadContent(root: string, dirs: ContentDirs = DEFAULT_DIRS): { input: ContentInput; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const input: ContentInput = {
		topics: readData(root, dirs.topicsDir, problems),
		resources: readData(root, dirs.resourcesDir, problems),
		pages: readPages(root, dirs.docsDir, problems),
		glossary: readData(root, dirs.glossaryDir, problems),
		notation: readData(root, dirs.notationDir, problems),
		topicsDir: dirs.topicsDir,
		docsDir: dirs.docsDir,
	};
	return { input, problems };
}
