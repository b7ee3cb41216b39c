/**
 * A generated problem as HTML: the question, the hints and the worked solution, formulas as MathML
 * (./mathml.ts). The build renders the first problem of a page with it and the browser every next
 * one, so both look the same. Pure: strings in, a string out.
 */
import { createRng } from '../core/random';
import { writeNumber } from '../numbers/write';
import type { Lang } from '../schemas/areas';
import { escapeXml, inlineMath, texToMathml } from './mathml';
import type { Fmt, Kind, KindText, Problem, Step } from './types';

/** Numbers in TeX in the page's language. */
export const fmtFor =
	(lang: Lang): Fmt =>
	(value, digits = 3) =>
		writeNumber(value, lang, digits, 'tex');

/** The problem a kind makes from a seed. */
export function problemFor(kind: Kind, seed: number, lang: Lang): Problem {
	return kind.solve(kind.draw(createRng(seed)), fmtFor(lang));
}

/**
 * `{{name}}` placeholders replaced by `vars`; a placeholder without a value is an error naming it.
 * Double braces, because single ones are TeX groups (`\frac{x_0}{h}`).
 */
export function fill(text: string, vars: Readonly<Record<string, string>> = {}): string {
	return text.replace(/\{\{([A-Za-z0-9_]+)\}\}/g, (_, name: string) => {
		const v = vars[name];
		if (v === undefined) throw new Error(`The text ${JSON.stringify(text)} uses {{${name}}}, but the problem gives no value for it. Add \`${name}\` to the problem's vars (or the step's \`with\`).`);
		return v;
	});
}

/** A sentence with its placeholders filled and its `$…$` typeset. */
const sentence = (text: string, vars?: Record<string, string>) => inlineMath(fill(text, vars));

function step(s: Step, text: KindText): string {
	const say = s.say === undefined ? '' : text.steps?.[s.say];
	if (say === undefined) throw new Error(`The step sentence "${s.say}" is missing from the kind "${text.name}": add it to its \`steps\`.`);
	return `<li>${say ? `<p>${sentence(say, s.with)}</p>` : ''}${s.tex ? texToMathml(s.tex, true) : ''}</li>`;
}

export interface RenderedProblem {
	question: string;
	hints: string[];
	solution: string;
}

/** The question, hints and solution of `problem` in the words of `text`. */
export function renderProblem(problem: Problem, text: KindText): RenderedProblem {
	return {
		question: `<p>${sentence(text.question, problem.vars)}</p>`,
		hints: text.hints.map((h) => sentence(h, problem.vars)),
		solution: `<ol>${problem.steps.map((s) => step(s, text)).join('')}</ol>`,
	};
}

/**
 * What the browser needs to check an answer without loading the topic's module: JSON for a data
 * attribute. The explanations of known mistakes are HTML (MathML formulas), written by this build.
 */
export function checkState(kind: string, seed: number, problem: Problem, text: KindText): string {
	return JSON.stringify({
		kind,
		seed,
		answer: problem.answer,
		mistakes: problem.mistakes ?? [],
		// Only the explanations this problem can show, as HTML: their formulas typeset, placeholders filled.
		say: Object.fromEntries(
			[...new Set((problem.mistakes ?? []).map((m) => m.say))].map((key) => {
				const words = text.mistakes?.[key];
				if (words === undefined) throw new Error(`The mistake "${key}" has no explanation in the kind "${text.name}": add it to its \`mistakes\`.`);
				return [key, sentence(words, problem.vars)];
			}),
		),
		choices: text.choices ?? {},
	});
}

/** Plain text, escaped for HTML. */
export const plain = escapeXml;
