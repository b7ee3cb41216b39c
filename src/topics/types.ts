/**
 * What a topic module (src/topics/<area>/<topic>/index.ts) exports. The module holds the topic's
 * computation, pure and language-free, and serves three uses from it: the worked examples on the
 * page (fixed inputs, declared here once for both languages), the practice kinds (inputs from a
 * seed) and the tests. Its words live beside it in ru.ts and en.ts (a `Text`, src/practice/types.ts).
 */
import type { Fmt, Kind } from '../practice/types';

/** A sentence by key in the topic's `example` text; `{{name}}` placeholders are filled from `with`. */
export interface Say {
	say: string;
	with?: Record<string, string>;
}

/** A table cell: TeX (typeset inline) or a sentence. */
export type Cell = string | Say;

/** One block of a worked example, rendered by src/components/WorkedExample.astro. */
export type Block =
	/** A displayed formula. */
	| { tex: string }
	/** A paragraph; TeX between `$…$` in the sentence is typeset inline. */
	| Say
	/** A table with a header row. */
	| { head: Cell[]; rows: Cell[][] }
	/**
	 * A figure drawn by the module as SVG markup (src/figures/svg.ts), with its caption and its text
	 * alternative (what the drawing shows, for a reader who cannot see it) by key. Without `alt`, the
	 * caption is the text alternative: write it so that it says what the drawing shows.
	 */
	| { svg: string; caption: Say; alt?: Say };

/** A worked example: its inputs, declared once, and the blocks computed from them. */
export interface WorkedExample<Inputs = unknown> {
	inputs: Inputs;
	blocks(inputs: Inputs, fmt: Fmt): Block[];
}

export interface TopicModule {
	/** The kinds of practice problems; at least one, two on calculus and neural-network topics. */
	practice: Kind<any>[];
	/** Worked examples by name, as the page's MDX names them: `<WorkedExample name="table" />`. */
	examples?: Record<string, WorkedExample<any>>;
}
