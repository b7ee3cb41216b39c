/**
 * Reads the arithmetic in a solution step's TeX and checks that its equalities hold.
 *
 * A step such as `f'(2) = 6 \cdot 2 - 4 = 8` is a chain of sides joined by `=`. Every side made only of
 * numbers and arithmetic (`+ − · × ÷`, brackets, `\frac`, powers with integer exponents, `\sqrt`) is
 * evaluated here, independently of the module that wrote it; all such sides of one chain must agree,
 * within what the printed rounding allows. Sides with letters or functions (`f'(2)`, `\sigma(z)`) are
 * skipped, so a step is checked only as far as it is plain arithmetic. Chains are separated by
 * `\quad`, `\qquad` and top-level `,` or `;`.
 */

/** The value of a side, or undefined when it is not plain arithmetic. */
export function evaluate(tex: string): number | undefined {
	const src = normalise(tex);
	if (src === '' || /[a-zA-Z\\]/.test(src.replace(/\\frac|\\sqrt/g, ''))) return undefined;
	let i = 0;
	const peek = () => src[i];
	const fail = (): never => {
		throw new Error('not arithmetic');
	};
	const group = (): number => {
		if (peek() !== '{') fail();
		i++;
		const v = sum();
		if (peek() !== '}') fail();
		i++;
		return v;
	};
	const atom = (): number => {
		const c = peek();
		if (c === '(') {
			i++;
			const v = sum();
			if (peek() !== ')') fail();
			i++;
			return v;
		}
		if (c === '{') return group();
		if (src.startsWith('\\frac', i)) {
			i += 5;
			const top = group();
			return top / group();
		}
		if (src.startsWith('\\sqrt', i)) {
			i += 5;
			return Math.sqrt(group());
		}
		const m = /^\d+(?:\.\d+)?/.exec(src.slice(i));
		if (!m) fail();
		i += m![0].length;
		return Number(m![0]);
	};
	const power = (): number => {
		const base = atom();
		if (peek() !== '^') return base;
		i++;
		const e = peek() === '{' ? group() : Number(src[i++]);
		if (!Number.isInteger(e)) fail();
		return base ** e;
	};
	const unary = (): number => (peek() === '-' ? (i++, -unary()) : peek() === '+' ? (i++, unary()) : power());
	const product = (): number => {
		let v = unary();
		for (;;) {
			const c = peek();
			if (c === '*') (i++, (v *= unary()));
			else if (c === '/') (i++, (v /= unary()));
			else if (c === '(' || c === '{' || src.startsWith('\\frac', i)) v *= unary(); // 2(3) or 2\frac{1}{2}
			else return v;
		}
	};
	function sum(): number {
		let v = product();
		for (;;) {
			const c = peek();
			if (c === '+') (i++, (v += product()));
			else if (c === '-') (i++, (v -= product()));
			else return v;
		}
	}
	try {
		const v = sum();
		return i === src.length && Number.isFinite(v) ? v : undefined;
	} catch {
		return undefined;
	}
}

/** The TeX of a side with spacing, decimal commas, the minus sign and the operators made plain. */
function normalise(tex: string): string {
	return tex
		.replace(/\\left|\\right|\\[,;:! ]|\\(?:quad|qquad)|~/g, ' ')
		.replace(/\{,\}/g, '.')
		.replace(/−/g, '-')
		.replace(/\\cdot|\\times|·|×/g, '*')
		.replace(/\\div|:|÷/g, '/')
		.replace(/\s+/g, '');
}

/** The decimals a printed number shows (`0{,}25` → 2), which bound the rounding of what it stands for. */
function decimals(tex: string): number {
	const nums = normalise(tex).match(/\d+(?:\.(\d+))?/g) ?? [];
	return Math.max(0, ...nums.map((n) => (n.split('.')[1] ?? '').length));
}

/** The top-level pieces of `tex` split at `sep` (a regex source), outside brackets and braces. */
function splitTop(tex: string, sep: RegExp): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < tex.length; i++) {
		const c = tex[i]!;
		// A matrix is one piece: its `&` and `\\` separate cells, not equations.
		if (tex.startsWith('\\begin{', i)) depth++;
		else if (tex.startsWith('\\end{', i)) depth--;
		if (c === '{' || c === '(' || c === '[') depth++;
		else if (c === '}' || c === ')' || c === ']') depth--;
		else if (depth === 0) {
			const m = sep.exec(tex.slice(i));
			if (m && m.index === 0) {
				parts.push(tex.slice(start, i));
				start = i + m[0].length;
				i = start - 1;
			}
		}
	}
	parts.push(tex.slice(start));
	return parts;
}

export interface Disagreement {
	chain: string;
	values: number[][];
}

const MATRIX = /^\s*\\begin\{([pbvB]?matrix)\}([\s\S]*)\\end\{\1\}\s*$/;

/**
 * A side's value: one number for arithmetic, the cells in reading order for a side that is a single
 * matrix or vector of arithmetic cells, undefined for anything else (letters, a scalar times a matrix).
 */
export function sideValue(tex: string): number[] | undefined {
	const m = MATRIX.exec(tex);
	if (m) {
		if (/\\begin/.test(m[2]!)) return undefined;
		const cells = m[2]!.split(/\\\\|&/).map((c) => c.trim()).filter((c) => c !== '');
		const values = cells.map(evaluate);
		return values.every((v): v is number => v !== undefined) ? values : undefined;
	}
	if (/\\begin|&|\\\\/.test(tex)) return undefined;
	const v = evaluate(tex);
	return v === undefined ? undefined : [v];
}

/**
 * The chains of a step whose arithmetic sides disagree. Two sides agree when every pair of their
 * numbers differs by no more than the rounding of the printed numbers allows: half a unit in the last
 * printed decimal, grown by the size of the numbers multiplied (1 % of the larger side), plus a tiny
 * absolute slack. Sides of different sizes (a matrix beside a number) are not compared.
 */
export function disagreements(tex: string): Disagreement[] {
	const out: Disagreement[] = [];
	for (const { chain, sides } of arithmeticChains(tex)) {
		for (let k = 1; k < sides.length; k++) {
			const [a, b] = [sides[k - 1]!, sides[k]!];
			if (a.v.length !== b.v.length) continue;
			const slack = 0.5 * 10 ** -Math.min(a.d, b.d) + 1e-9;
			if (a.v.some((x, j) => Math.abs(x - b.v[j]!) > slack + 0.01 * Math.max(Math.abs(x), Math.abs(b.v[j]!)))) {
				out.push({ chain: chain.trim(), values: sides.map((x) => x.v) });
				break;
			}
		}
	}
	return out;
}

/** The equalities of a step with at least two sides of plain arithmetic: what `disagreements` checks. */
export function arithmeticChains(tex: string): { chain: string; sides: { v: number[]; d: number }[] }[] {
	// Lines of an aligned block are equations of their own; its `&` only aligns them.
	const body = tex.replace(/\\(?:begin|end)\{(?:aligned|gathered|split|array)\}(?:\{[^}]*\})?/g, ' \\\\ ');
	const lines = splitTop(body, /^\\\\(?:\[[^\]]*\])?/).map((line) => (/\\begin\{/.test(line) ? line : line.replace(/&/g, ' ')));
	return lines
		.flatMap((line) => splitTop(line, /^(?:\\qquad|\\quad|,(?!\})|;)/))
		.filter((chain) => !/\\approx|≈|\\neq|<|>|\\le|\\ge/.test(chain)) // only equalities are checked
		.map((chain) => ({
			chain,
			sides: splitTop(chain, /^=/)
				.map((s) => ({ v: sideValue(s), d: decimals(s) }))
				.filter((x): x is { v: number[]; d: number } => x.v !== undefined),
		}))
		.filter(({ sides }) => sides.length >= 2);
}
