/**
 * A formula's readable text for the search index and its excerpts: `\frac{\partial L}{\partial w}`
 * becomes `∂L/∂w`, `x^2` becomes `x²`, `W^\mathsf{T}` becomes `Wᵀ`. KaTeX's own output is kept out
 * of the index (it holds the formula three times), so without this a sentence loses its formula
 * («Перпендикулярно градиенту () не меняется»). Pure and language-free; an unknown command keeps
 * its name, so nothing is silently dropped.
 */

/** Commands written as one symbol. */
const SYMBOLS: Record<string, string> = {
	alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
	lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', phi: 'φ', varphi: 'φ', chi: 'χ',
	psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Sigma: 'Σ', Pi: 'Π', Phi: 'Φ', Omega: 'Ω',
	partial: '∂', nabla: '∇', sum: 'Σ', prod: 'Π', int: '∫', infty: '∞', cdot: '·', cdots: '…', ldots: '…', dots: '…',
	times: '×', div: '÷', pm: '±', to: '→', rightarrow: '→', leftarrow: '←', mapsto: '↦', le: '≤', leq: '≤', ge: '≥',
	geq: '≥', ne: '≠', neq: '≠', approx: '≈', sim: '∼', equiv: '≡', in: '∈', notin: '∉', subset: '⊂', cup: '∪', cap: '∩',
	odot: '⊙', otimes: '⊗', circ: '∘', forall: '∀', exists: '∃', lVert: '‖', rVert: '‖', Vert: '‖', '|': '‖',
	mid: '|', vert: '|', lvert: '|', rvert: '|', langle: '⟨', rangle: '⟩', top: 'ᵀ', intercal: 'ᵀ', prime: '′',
	log: 'log', ln: 'ln', exp: 'exp', max: 'max', min: 'min', sin: 'sin', cos: 'cos', tanh: 'tanh', lim: 'lim',
	arg: 'arg', det: 'det', '{': '{', '}': '}', '%': '%', '$': '$', '#': '#', '&': '&', _: '_',
	ell: 'ℓ', lfloor: '⌊', rfloor: '⌋', lceil: '⌈', rceil: '⌉', Rightarrow: '⇒', Longrightarrow: '⇒', implies: '⇒',
	Leftarrow: '⇐', Leftrightarrow: '⇔', Longleftrightarrow: '⇔', iff: '⇔', leftrightarrow: '↔', ll: '≪', gg: '≫',
	vdots: '⋮', ddots: '⋱', star: '⋆', ast: '∗', propto: '∝', neg: '¬', not: '¬', emptyset: '∅', varnothing: '∅',
};

/** Commands that only space or size: dropped (a thin space becomes nothing, a wide one a space). */
const SPACES: Record<string, string> = { ',': '', ':': ' ', ';': ' ', '!': '', ' ': ' ', quad: ' ', qquad: ' ', enspace: ' ' };
const DROPPED = new Set(['left', 'right', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'displaystyle', 'limits', 'nolimits']);
/** Commands whose one argument is shown as it is (fonts, text, operators). */
const UNWRAP = new Set(['mathrm', 'mathbf', 'mathit', 'mathsf', 'mathbb', 'mathcal', 'boldsymbol', 'bm', 'text', 'textrm', 'textbf', 'operatorname', 'mathop', 'hat', 'bar', 'tilde', 'vec', 'overline', 'underline', 'widehat', 'dot', 'ddot', 'underbrace', 'overbrace', 'mathrel', 'mathbin']);

/** Symbols written against their operand. */
const PREFIX = new Set(['∂', '∇', '√']);

const SUPERSCRIPTS: Record<string, string> = { '∘': '°',  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '−': '⁻', T: 'ᵀ', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ', l: 'ˡ', 'ᵀ': 'ᵀ', '′': '′' };
const SUBSCRIPTS: Record<string, string> = { a: 'ₐ', e: 'ₑ', o: 'ₒ', x: 'ₓ', h: 'ₕ', k: 'ₖ', l: 'ₗ', m: 'ₘ', n: 'ₙ', p: 'ₚ', s: 'ₛ', t: 'ₜ',  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', i: 'ᵢ', j: 'ⱼ' };

/** Reads one argument at `i`: a `{…}` group, a command, or one character. Returns its text and the next index. */
function argument(tex: string, i: number): [string, number] {
	while (tex[i] === ' ') i++;
	if (tex[i] === '{') {
		let depth = 1;
		let j = i + 1;
		while (j < tex.length && depth > 0) {
			if (tex[j] === '\\') j++;
			else if (tex[j] === '{') depth++;
			else if (tex[j] === '}') depth--;
			j++;
		}
		return [convert(tex.slice(i + 1, j - 1)), j];
	}
	if (tex[i] === '\\') {
		const [text, next] = command(tex, i);
		return [text, next];
	}
	return [tex[i] ?? '', i + 1];
}

/** Reads the command at `i` (a backslash) with its arguments. */
function command(tex: string, i: number): [string, number] {
	const name = /^[a-zA-Z]+/.exec(tex.slice(i + 1))?.[0] ?? tex[i + 1] ?? '';
	let next = i + 1 + name.length;
	// TeX ignores the spaces after a command word; the text keeps one as written (`a \cdot b`, `\log x`),
	// except after a prefix operator, which binds to what follows (`\nabla f` is ∇f, `\partial L` is ∂L).
	const spaced = /^[a-zA-Z]/.test(name) && tex[next] === ' ';
	if (/^[a-zA-Z]/.test(name)) while (tex[next] === ' ') next++;
	if (name in SPACES) return [SPACES[name]!, next];
	if (DROPPED.has(name)) return ['', next];
	if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
		const [top, afterTop] = argument(tex, next);
		const [bottom, afterBottom] = argument(tex, afterTop);
		return [`${group(top)}/${group(bottom)}`, afterBottom];
	}
	if (name === 'sqrt') {
		const [body, after] = argument(tex, next);
		return [`√${group(body)}`, after];
	}
	if (UNWRAP.has(name)) return argument(tex, next);
	const text = SYMBOLS[name] ?? name;
	return [spaced && !PREFIX.has(text) ? `${text} ` : text, next];
}

/** Parenthesises a fraction's part when it has more than one term. */
const group = (text: string) => (/^[\p{L}\p{N}∂∇′ᵀ⁰-⁹₀-₉.,·]+$/u.test(text) ? text : `(${text})`);

/** Writes a script with Unicode super- or subscripts when every character has one, else with `^`/`_`. */
function script(raw: string, table: Record<string, string>, mark: string): string {
	// A command as the script (`^\top x`) brings the space written after it; it stays after the script.
	const body = raw.trimEnd();
	const after = raw.slice(body.length);
	const chars = [...body];
	if (chars.length > 0 && chars.every((c) => c in table)) return chars.map((c) => table[c]).join('') + after;
	return (body.length === 1 ? `${mark}${body}` : `${mark}(${body})`) + after;
}

/** The readable text of a TeX formula. */
export function texToText(tex: string): string {
	return convert(tex).replace(/\s+/g, ' ').trim();
}

function convert(tex: string): string {
	let out = '';
	let i = 0;
	while (i < tex.length) {
		const c = tex[i]!;
		if (c === '\\') {
			const [text, next] = command(tex, i);
			// Keep `\log x` two words and `a \cdot b` spaced as written.
			out += /^[a-z]/i.test(text) && /[a-z]$/i.test(out) ? ` ${text}` : text;
			i = next;
		} else if (c === '^' || c === '_') {
			const [body, next] = argument(tex, i + 1);
			out += c === '^' ? script(body, SUPERSCRIPTS, '^') : script(body, SUBSCRIPTS, '_');
			i = next;
		} else if (c === '{' || c === '}') {
			const [body, next] = c === '{' ? argument(tex, i) : ['', i + 1];
			out += body;
			i = next;
		} else if (c === '~') {
			out += ' ';
			i++;
		} else {
			out += c;
			i++;
		}
	}
	return out;
}

/** The class of the hidden element that carries a formula's text into the search index. */
export const SEARCH_TEXT_CLASS = 'math-search-text';

/**
 * The attribute of an element that exists for the search index only: it is indexed, then removed
 * from the built pages (src/integrations/search-only.ts), so readers never download it.
 */
export const SEARCH_ONLY_ATTR = 'data-search-only';

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The hidden element, as HTML, for formulas typeset outside Markdown (src/components/katex.ts):
 * `hidden`, so it is never drawn, copied or read aloud, while Pagefind indexes it.
 */
export function searchTextHtml(tex: string): string {
	const text = texToText(tex);
	return text ? `<span class="${SEARCH_TEXT_CLASS}" ${SEARCH_ONLY_ATTR} hidden> ${escapeHtml(text)} </span>` : '';
}
