/**
 * The shape of practice: a topic module (src/topics/<area>/<topic>/index.ts) exports `practice`, a
 * list of problem kinds. A kind maps a seed to a problem's inputs and solves them with the topic's
 * own computation, the same one its worked example uses. Everything here is language-free: numbers
 * in TeX come from the `Fmt` it is given, and every sentence is looked up by key in the topic's
 * ru.ts / en.ts (a `Text` table), so one module serves both languages, the server and the browser.
 */
import type { Rng } from '../core/random';

/** Numbers in TeX for the page's language: at most `digits` decimals (default 3), decimal comma in Russian. */
export type Fmt = (value: number, digits?: number) => string;

/** What the reader must give, and how it is compared. */
export type Answer =
	/** One number; `tolerance` is absolute (default: exact to 1e-9 relative to the answer's size). */
	| { kind: 'number'; value: number; tolerance?: number }
	/** A list of numbers, compared element by element. */
	| { kind: 'vector'; value: number[]; tolerance?: number }
	/** A matrix, rows of numbers; typed a row per line or rows separated by `;`. */
	| { kind: 'matrix'; value: number[][]; tolerance?: number }
	/** A shape such as 4×16, compared exactly. */
	| { kind: 'shape'; value: number[] }
	/** One of named options (`increasing`); the words the reader may type for each are in the Text table's `choices`. */
	| { kind: 'choice'; value: string; options: string[] };

/**
 * A wrong answer the topic knows how to explain: if the reader's answer equals `value` (within the
 * answer's tolerance), the message under `say` is shown instead of a generic "wrong".
 */
export interface Mistake {
	/** The wrong answer, of the same kind as the expected one. */
	value: number | number[] | number[][] | string;
	/** The key of its explanation in the kind's text (`mistakes`). */
	say: string;
}

/** One line of a worked solution: an optional sentence (by key, with TeX-formatted values) and a formula. */
export interface Step {
	/** Key of the sentence in the kind's text (`steps`); the sentence may hold `{{name}}` placeholders. */
	say?: string;
	/** Values for the sentence's placeholders, already formatted (TeX between `$…$` is allowed in the text). */
	with?: Record<string, string>;
	/** The formula, in the TeX subset of src/practice/mathml.ts. */
	tex?: string;
}

/** A problem made from a seed. */
export interface Problem {
	/** Values for the question's `{{name}}` placeholders, already formatted for the language (TeX). */
	vars: Record<string, string>;
	answer: Answer;
	/** The worked solution; its last step states the answer. */
	steps: Step[];
	/** Wrong answers the topic can explain. */
	mistakes?: Mistake[];
}

/** A kind of problem on a topic. */
export interface Kind<Inputs = unknown> {
	/** Short ASCII name, unique within the topic; it is the `kind` in the link `?p=<kind>-<seed>#practice`. */
	id: string;
	/** The inputs for a seed, drawn small and readable (integers or one decimal). */
	draw(rng: Rng): Inputs;
	/** The problem for those inputs, computed by the topic's module; `fmt` writes numbers in the page's language. */
	solve(inputs: Inputs, fmt: Fmt): Problem;
	/**
	 * An independent check for the tests: a Python expression over `inputs` (NumPy as `np`) whose
	 * value is the answer. It must not call this module; tests/content/practice-oracle.test.ts runs
	 * it for a sample of seeds in one Python process.
	 */
	numpy(inputs: Inputs): string;
}

/** The words of one kind in one language. */
export interface KindText {
	/** The kind's name as a tab label (`Производная в точке`). */
	name: string;
	/** The question; `{{name}}` is replaced by `vars.name` (TeX, so write it inside `$…$`). */
	question: string;
	/** Hints shown one at a time before the solution. */
	hints: string[];
	/** Sentences of the solution's steps by key. */
	steps?: Record<string, string>;
	/** Explanations of known mistakes by key. */
	mistakes?: Record<string, string>;
	/** For a `choice` answer: the words accepted for each option, the first one shown. */
	choices?: Record<string, string[]>;
}

/** A topic's words in one language: its practice kinds by id, and its worked example's labels. */
export interface Text {
	practice: Record<string, KindText>;
	/** Labels the worked example renders by key. */
	example?: Record<string, string>;
}
