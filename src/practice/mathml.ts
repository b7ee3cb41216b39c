/**
 * A small TeX → MathML writer for practice problems. A generated problem is typeset in the reader's
 * browser each time they ask for a new one, and KaTeX (≈ 70 KB gzip) would alone break the page's
 * script budget; browsers draw MathML natively, so a few hundred lines that know the TeX our
 * generators write are enough. The server renders the first problem with this same writer, so the
 * first problem and the next look alike.
 *
 * The subset: numbers (`0{,}5` is a decimal comma), letters, operators, `{…}` groups, `^` and `_`,
 * `\frac`, `\sqrt`, `\text`, `\mathrm`, `\operatorname`, `\mathbb`/`\mathcal` (upright), `\mathbf`, `\mathsf`, accents (`\hat`,
 * `\bar`, `\vec`, `\tilde`), `\left`/`\right`, `bmatrix`/`pmatrix`/`matrix`/`cases` environments,
 * Greek letters and the symbols in SYMBOLS. Anything else is a `TexError` naming the command, and
 * tests/practice/generators.test.ts runs every generator's TeX through it, so a generator cannot
 * publish a formula the browser would not draw. One forward pass: the work is linear in the text.
 */

export class TexError extends Error {}

const GREEK: Record<string, string> = {
	alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
	lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', phi: 'ϕ', varphi: 'φ',
	chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Pi: 'Π', Sigma: 'Σ',
	Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
};

/** Commands written as an operator, with the character drawn. */
const SYMBOLS: Record<string, string> = {
	cdot: '⋅', times: '×', approx: '≈', le: '≤', leq: '≤', ge: '≥', geq: '≥', ne: '≠', neq: '≠', pm: '±',
	to: '→', rightarrow: '→', Rightarrow: '⇒', infty: '∞', partial: '∂', nabla: '∇', sum: '∑', prod: '∏',
	ldots: '…', dots: '…', cdots: '⋯', in: '∈', circ: '∘', odot: '⊙', mid: '|', '|': '‖', lVert: '‖', rVert: '‖',
	'{': '{', '}': '}', '%': '%', top: '⊤', sim: '∼', propto: '∝', langle: '⟨', rangle: '⟩', lvert: '|', rvert: '|',
};

/** Function names set upright (`\ln x`). */
const FUNCTIONS = new Set(['ln', 'log', 'exp', 'max', 'min', 'sin', 'cos', 'tan', 'tanh', 'det', 'arg', 'lim']);

/** Spaces: the width of each, in em. */
const SPACES: Record<string, number> = { ',': 0.167, ':': 0.222, ';': 0.278, '!': 0, quad: 1, qquad: 2, ' ': 0.25 };

const ACCENTS: Record<string, string> = { hat: '^', bar: '¯', vec: '→', tilde: '~' };

const ENVIRONMENTS: Record<string, [string, string]> = { bmatrix: ['[', ']'], pmatrix: ['(', ')'], matrix: ['', ''], cases: ['{', ''] };

/** Text made safe for an element's content or an attribute value. */
export const escapeXml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const el = (tag: string, body: string, attrs = ''): string => `<${tag}${attrs}>${body}</${tag}>`;
const mo = (c: string, attrs = '') => el('mo', escapeXml(c), attrs);

/** One formula as a `<math>` element; `display` sets it on a line of its own. */
export function texToMathml(tex: string, display = false): string {
	let i = 0;
	const n = tex.length;
	const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
	const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
	const skipSpace = () => {
		while (i < n && /\s/.test(tex[i]!)) i++;
	};
	const command = (): string => {
		// At a backslash: a run of letters, or one other character (`\,`, `\{`, `\\`).
		i++;
		const start = i;
		if (isLetter(tex[i])) while (isLetter(tex[i])) i++;
		else i++;
		return tex.slice(start, i);
	};
	/** The raw text of a `{…}` argument (for `\text`, `\begin`). */
	const rawGroup = (): string => {
		skipSpace();
		if (tex[i] !== '{') throw new TexError(`expected "{" at ${i} in ${JSON.stringify(tex)}`);
		const start = ++i;
		let depth = 1;
		while (i < n && depth > 0) {
			if (tex[i] === '{') depth++;
			else if (tex[i] === '}') depth--;
			i++;
		}
		if (depth > 0) throw new TexError(`unclosed "{" in ${JSON.stringify(tex)}`);
		return tex.slice(start, i - 1);
	};
	/** A required argument: a group or a single token. */
	const argument = (): string => {
		skipSpace();
		if (tex[i] === '{') {
			i++;
			const body = sequence('}');
			i++;
			return el('mrow', body);
		}
		return atom() ?? '';
	};
	const number = (): string => {
		let s = '';
		for (;;) {
			while (isDigit(tex[i])) s += tex[i++];
			// `0{,}5` is how a decimal comma is written; `0.5` a decimal point.
			if (tex.startsWith('{,}', i) && isDigit(tex[i + 3])) (s += ',', (i += 3));
			else if (tex[i] === '.' && isDigit(tex[i + 1])) (s += '.', i++);
			else return el('mn', s);
		}
	};
	const environment = (name: string): string => {
		const fence = ENVIRONMENTS[name];
		if (!fence) throw new TexError(`unknown environment "${name}" in ${JSON.stringify(tex)}`);
		const rows: string[][] = [[]];
		for (;;) {
			rows[rows.length - 1]!.push(el('mtd', sequence('&')));
			if (i >= n) throw new TexError(`missing \\end{${name}} in ${JSON.stringify(tex)}`);
			if (tex[i] === '&') {
				i++;
				continue;
			}
			// At `\\` (a new row) or `\end`.
			const save = i;
			const c = command();
			if (c === '\\') rows.push([]);
			else if (c === 'end') {
				rawGroup();
				break;
			} else {
				i = save;
				throw new TexError(`unexpected \\${c} in ${JSON.stringify(tex)}`);
			}
		}
		const table = el('mtable', rows.map((r) => el('mtr', r.join(''))).join(''), name === 'cases' ? ' columnalign="left"' : '');
		return el('mrow', (fence[0] ? mo(fence[0]) : '') + table + (fence[1] ? mo(fence[1]) : ''));
	};
	/** One atom, or `undefined` at a closing brace, `&`, `\\`, `\end`, `\right` or the end. */
	function atom(): string | undefined {
		skipSpace();
		const c = tex[i];
		if (c === undefined || c === '}' || c === '&') return undefined;
		if (c === '{') {
			i++;
			const body = sequence('}');
			if (tex[i] !== '}') throw new TexError(`unclosed "{" in ${JSON.stringify(tex)}`);
			i++;
			return el('mrow', body);
		}
		if (isDigit(c) || (c === '.' && isDigit(tex[i + 1]))) return number();
		if (isLetter(c)) return el('mi', tex[i++]!);
		if (c === '\\') {
			const save = i;
			const name = command();
			if (name === '\\' || name === 'end' || name === 'right') {
				i = save;
				return undefined;
			}
			if (name in GREEK) return el('mi', GREEK[name]!);
			if (name in SYMBOLS) {
				const big = name === 'sum' || name === 'prod';
				return mo(SYMBOLS[name]!, big ? ' largeop="true" movablelimits="true"' : '');
			}
			if (name in SPACES) return `<mspace width="${SPACES[name]}em"/>`;
			if (FUNCTIONS.has(name)) return el('mi', name, ' mathvariant="normal"');
			if (name === 'frac' || name === 'dfrac' || name === 'tfrac') return el('mfrac', argument() + argument());
			if (name === 'sqrt') return el('msqrt', argument());
			// `\mathbb`/`\mathcal` are set upright, as KATEX_MACROS sets them on the rest of the site.
			if (name === 'text' || name === 'mathrm' || name === 'operatorname' || name === 'mathbb' || name === 'mathcal') {
				const body = escapeXml(rawGroup().replace(/\\,/g, ' '));
				return name === 'text' ? el('mtext', body) : el('mi', body, ' mathvariant="normal"');
			}
			if (name === 'mathbf') return el('mi', escapeXml(rawGroup()), ' mathvariant="bold"');
			if (name === 'mathsf') return el('mi', escapeXml(rawGroup()), ' mathvariant="sans-serif"');
			if (name in ACCENTS) return el('mover', argument() + mo(ACCENTS[name]!), ' accent="true"');
			if (name === 'left') {
				skipSpace();
				const open = tex[i] === '\\' ? SYMBOLS[command()] ?? '' : tex[i++]!;
				const body = sequence('');
				if (!tex.startsWith('\\right', i)) throw new TexError(`\\left without \\right in ${JSON.stringify(tex)}`);
				i += 6;
				skipSpace();
				const close = tex[i] === '\\' ? SYMBOLS[command()] ?? '' : tex[i++]!;
				return el('mrow', (open === '.' ? '' : mo(open)) + body + (close === '.' ? '' : mo(close)));
			}
			if (name === 'begin') return environment(rawGroup());
			throw new TexError(`unknown command \\${name} in ${JSON.stringify(tex)}`);
		}
		i++;
		if (c === '^' || c === '_') throw new TexError(`"${c}" with nothing before it in ${JSON.stringify(tex)}`);
		if (c === '-') return mo('−');
		if (c === "'") return mo('′');
		// A bracket typed as is keeps its size (`f(x^2)`); only `\left…\right` stretches.
		return mo(c, '()[]|'.includes(c) ? ' stretchy="false"' : '');
	}
	/** Atoms with their scripts, up to `stop` (not consumed), a closing brace or the end. */
	function sequence(stop: string): string {
		let out = '';
		for (;;) {
			skipSpace();
			if (i >= n || tex[i] === stop || tex[i] === '}') return out;
			const base = atom();
			if (base === undefined) return out;
			let sub = '';
			let sup = '';
			for (;;) {
				skipSpace();
				if (tex[i] === '_' && !sub) (i++, (sub = argument()));
				else if (tex[i] === '^' && !sup) (i++, (sup = argument()));
				else break;
			}
			out += sub && sup ? el('msubsup', base + sub + sup) : sub ? el('msub', base + sub) : sup ? el('msup', base + sup) : base;
		}
	}
	const body = sequence('');
	if (i < n) throw new TexError(`unexpected "${tex[i]}" at ${i} in ${JSON.stringify(tex)}`);
	return el('math', body, display ? ' display="block"' : '');
}

/**
 * Text with inline formulas between `$…$` as HTML: the text escaped, each formula as MathML. A `$`
 * left open is a `TexError`, so a question cannot lose half its formula.
 */
export function inlineMath(text: string): string {
	const parts = text.split('$');
	if (parts.length % 2 === 0) throw new TexError(`unpaired "$" in ${JSON.stringify(text)}`);
	return parts.map((p, k) => (k % 2 ? texToMathml(p) : escapeXml(p))).join('');
}
