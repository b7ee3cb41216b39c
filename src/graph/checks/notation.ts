import {
	notationLettersFileSchema,
	notationTermsFileSchema,
	notationSymbolsFileSchema,
	type Notation,
} from '../../schemas/notation';
import type { ContentProblem } from '../problems';
import type { RawEntry } from './context';
import { unknownTopic } from './glossary-terms';
import { quote } from './messages';
import { parseEntries } from './schema';

/** The files `content/notation/` holds, each with its schema. */
const FILES = { letters: notationLettersFileSchema, terms: notationTermsFileSchema, symbols: notationSymbolsFileSchema } as const;

/**
 * Parses the notation files: `letters`, `terms` and `symbols`, nothing else (a third file would be silently
 * ignored by every reader, so it is a problem), a letter listed twice in one group, a TeX string
 * listed under two symbols, and (given the topic ids) a symbol whose topic does not exist.
 */
export function notation(entries: readonly RawEntry[], topicIds?: readonly string[]): { notation: Notation; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const result: Notation = { letters: [], terms: [], symbols: [] };
	for (const entry of entries) {
		if (entry.id in FILES) continue;
		problems.push({
			file: entry.file,
			field: '(file)',
			message: `The notation folder has no file called ${quote(entry.id)}.`,
			fix: `Put letters in \`letters.yaml\`, terms in \`terms.yaml\` and symbols in \`symbols.yaml\` (src/schemas/notation.ts).`,
		});
	}
	const letters = parseEntries(entries.filter((e) => e.id === 'letters'), FILES.letters);
	const terms = parseEntries(entries.filter((e) => e.id === 'terms'), FILES.terms);
	const symbols = parseEntries(entries.filter((e) => e.id === 'symbols'), FILES.symbols);
	problems.push(...letters.problems, ...terms.problems, ...symbols.problems);
	for (const { file, data } of symbols.parsed.values()) {
		const owner = new Map<string, number>();
		data.forEach((symbol, i) => {
			if (topicIds) problems.push(...unknownTopic(file, `[${i}].topic`, `The symbol ${quote(symbol.show)}`, symbol.topic, topicIds, 'introduces the symbol'));
			symbol.tex.forEach((tex, k) => {
				const earlier = owner.get(tex);
				if (earlier !== undefined) {
					problems.push({
						file,
						field: `[${i}].tex[${k}]`,
						message: `The TeX ${quote(tex)} is listed under ${quote(data[earlier]!.show)} already.`,
						fix: 'Keep it under one symbol: a way of writing has one meaning on the page of symbols.',
					});
				} else owner.set(tex, i);
			});
		});
		result.symbols.push(...data);
	}
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
