import { asciiSlug } from './transliterate';

/**
 * The heading ids a Markdown/MDX page will have, read from its source before any build, so the
 * content checks can tell whether a topic's `questions[].at` names a real section. It follows
 * `rehype-heading-ids`: the explicit `{#id}` at the end of a heading line, otherwise the
 * transliterated text (here of the source text, so Markdown marks in a heading without an explicit id
 * may give a slightly different slug: every section a question points at should pin its id anyway),
 * repeated ids numbered `-1`, `-2`. Lines inside fenced code are not headings.
 */
export function sourceHeadingIds(source: string): string[] {
	const ids: string[] = [];
	const used = new Set<string>();
	let fence: string | undefined;
	// The frontmatter is YAML, where `# …` is a comment, not a heading.
	const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?(?:\n|$)/, '');
	for (const line of body.split('\n')) {
		const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (marker) {
			if (fence === undefined) fence = marker[0];
			else if (marker[0] === fence) fence = undefined;
			continue;
		}
		if (fence !== undefined) continue;
		const heading = /^#{1,6}\s+(.*?)\s*$/.exec(line);
		if (!heading) continue;
		const explicit = /\s*\\?\{#([A-Za-z0-9_-]+)\\?\}$/.exec(heading[1]!);
		const base = explicit ? explicit[1]! : asciiSlug(heading[1]!) || 'section';
		let id = base;
		for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		ids.push(id);
	}
	return ids;
}
