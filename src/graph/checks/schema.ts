import type { z } from 'astro/zod';
import { fieldPath, type ContentProblem } from '../problems';
import type { Parsed, RawEntry } from './context';
import { quote } from './messages';

/**
 * Parses each readable entry with its schema. Entries that fail are left out of `parsed`, and each
 * zod issue becomes a problem that quotes the value found at the issue's path.
 */
export function parseEntries<T>(
	entries: readonly RawEntry[],
	schema: z.ZodType<T>,
): { parsed: Map<string, Parsed<T>>; problems: ContentProblem[] } {
	const parsed = new Map<string, Parsed<T>>();
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		if (entry.unreadable) continue;
		const result = schema.safeParse(entry.raw ?? {});
		if (!result.success) {
			for (const issue of result.error.issues) {
				const field = fieldPath(issue.path);
				const value = issue.path.reduce<unknown>(
					(obj, key) => (obj && typeof obj === 'object' ? (obj as Record<PropertyKey, unknown>)[key] : undefined),
					entry.raw,
				);
				problems.push({
					file: entry.file,
					field,
					message: `${issue.message}${value === undefined ? '' : ` (got ${quote(JSON.stringify(value))})`}.`,
					fix: `Correct \`${field}\` as the schema in src/schemas/ describes (every field there has a comment).`,
				});
			}
			continue;
		}
		parsed.set(entry.id, { file: entry.file, data: result.data });
	}
	return { parsed, problems };
}
