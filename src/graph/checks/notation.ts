import {
	notationLettersFileSchema,
	notationTermsFileSchema,
	type Notation,
} from '../../schemas/notation';
import type { ContentProblem } from '../problems';
import type { RawEntry } from './context';
import { quote } from './messages';
import { parseEntries } from './schema';

/** The files `content/notation/` holds, each with its schema. */
const FILES = { letters: notationLettersFileSchema, terms: notationTermsFileSchema } as const;

/**
 * Parses the notation files: `letters` and `terms`, nothing else (a third file would be silently
 * ignored by every reader, so it is a problem), and a letter listed twice in one group.
 */
export function notation(entries: readonly RawEntry[]): { notation: Notation; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const result: Notation = { letters: [], terms: [] };
	for (const entry of entries) {
		if (entry.id in FILES) continue;
		problems.push({
			file: entry.file,
			field: '(file)',
			message: `The notation folder has no file called ${quote(entry.id)}.`,
			fix: `Put letters in \`letters.yaml\` and terms in \`terms.yaml\` (src/schemas/notation.ts).`,
		});
	}
	const letters = parseEntries(entries.filter((e) => e.id === 'letters'), FILES.letters);
	const terms = parseEntries(entries.filter((e) => e.id === 'terms'), FILES.terms);
	problems.push(...letters.problems, ...terms.problems);
	for (const { file, data } of letters.parsed.values()) {
		const seen = new Set<string>();
		data.forEach((letter, i) => {
			const key = `${letter.group}|${letter.tex}`;
			if (seen.has(key)) {
				problems.push({
					file,
					field: `[${i}].tex`,
					message: `The letter ${quote(letter.tex)} is listed twice in the group ${quote(letter.group)}.`,
					fix: 'Keep one entry and say both uses in it, or move one to the group where it is used.',
				});
			}
			seen.add(key);
		});
		result.letters.push(...data);
	}
	for (const { data } of terms.parsed.values()) result.terms.push(...data);
	return { notation: result, problems };
}
