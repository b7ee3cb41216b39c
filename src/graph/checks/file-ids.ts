import type { ContentProblem } from '../problems';
import type { ContentInput } from './context';
import { quote } from './messages';

/** ASCII slugs keep shared URLs short and readable: lowercase words joined by hyphens, segments by slashes. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** Reports ids that are not ASCII slugs and ids given by two files, entry by entry. */
export function idProblems(
	entries: readonly { file: string; key: string; slug: string }[],
	what: string,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const seen = new Map<string, string>();
	for (const { file, key, slug } of entries) {
		if (slug !== '' && !SLUG.test(slug)) {
			problems.push({
				file,
				field: '(file name)',
				message: `The slug ${quote(slug)} is not lowercase ASCII words joined by hyphens.`,
				fix: `Rename the file so its path is like \`linear-algebra/matrix-multiplication\`; the slug becomes the URL, and forum links need it short and readable.`,
			});
		}
		const first = seen.get(key);
		if (first !== undefined) {
			problems.push({
				file,
				field: '(file name)',
				message: `Duplicate ${what} ${quote(slug === '' ? '/' : slug)}: \`${first}\` already gives this slug.`,
				fix: `Keep one of the two files (remove or rename \`${file}\` or \`${first}\`).`,
			});
		} else seen.set(key, file);
	}
	return problems;
}

/**
 * File names are ids and URLs: topics, resources and pages (per language) each need readable,
 * unique ones. Runs before parsing, on every file, since a file with a schema error still has a name.
 */
export function fileIds(input: ContentInput): ContentProblem[] {
	return [
		...idProblems(input.topics.map((t) => ({ file: t.file, key: t.id, slug: t.id })), 'topic'),
		...idProblems(input.resources.map((r) => ({ file: r.file, key: r.id, slug: r.id })), 'resource'),
		...idProblems(input.pages.map((p) => ({ file: p.file, key: `${p.lang}:${p.slug}`, slug: p.slug })), 'page slug'),
	];
}
