import { plural } from '../i18n/plural';

/**
 * A content problem found at build time. Every one names the file, the field, what is wrong
 * (quoting the bad value in backticks) and how to fix it, so an author never has to guess.
 */
export interface ContentProblem {
	/** Path of the file at fault, relative to the repository root. */
	file: string;
	/** The field at fault, as a path into the file (`prerequisites[1].topic`), or `(file)` for the file as a whole. */
	field: string;
	/** What is wrong, quoting the bad value. */
	message: string;
	/** What to do about it. */
	fix: string;
}

/** Formats problems for the terminal: one block per problem, grouped by nothing so the order is the order found. */
export function formatProblems(problems: readonly ContentProblem[]): string {
	const blocks = problems.map(
		(p) => `✗ ${p.file}\n    field:   ${p.field}\n    problem: ${p.message}\n    fix:     ${p.fix}`,
	);
	return `The topic graph has ${problems.length} ${plural(problems.length, 'problem', 'problems')}:\n\n${blocks.join('\n\n')}\n`;
}

/** Thrown by the build when the content does not validate; the message lists every problem. */
export class ContentError extends Error {
	readonly problems: readonly ContentProblem[];
	constructor(problems: readonly ContentProblem[]) {
		super(formatProblems(problems));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** Turns a zod issue path into the field notation used in messages: `prerequisites[1].topic`. */
export function fieldPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(file)';
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
		.join('');
}
