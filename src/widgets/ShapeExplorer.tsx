/**
 * Widget 1: shapes and matrix multiplication. Edit A and W (their sizes and their numbers) and see the
 * shape of A·W; pointing at or focusing a number of the result lights up the row of A and the column
 * of W that made it, with the sum written out; mismatched shapes get the core's explanation.
 * Server-rendered with the square and the dense-layer page's weights, (4×2)·(2×3).
 * A page imports its language's entry, `import ShapeExplorer from '~/widgets/ru/ShapeExplorer'`,
 * then `<ShapeExplorer client:visible lang="ru" />`.
 */
import { ShapeError, type MessageTable, type ShapeErrorDetails } from '../core/errors';
import { formatShape } from '../core/shape-notation';
import { describeShapeError, explainMatmulInner } from '../i18n/shape-errors-en';
import type { ShapesUi } from './i18n/shapes';
import { factor, fmt } from './lib/format';
import { Form, type WidgetProps } from './lib/form';
import { isProblem } from '../numbers/read';
import { matrix } from '../numbers/read-list';
import { Field, FormMsg, Frame, Mat, Share } from './lib/ui';
import { checkShapes, fitMatrices, MAX_SIZE, SHAPES_DEFAULTS, SHAPES_NS, shapesFromLink, SIZE_KEYS, type Shapes } from './state/shapes';
import './styles/shapes.css';

/** `c₂,₁₆`: an entry's name with 1-based indices, as in the formulas. */
const sub = (s: string) => s.replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[+d]);

export default class ShapeExplorer extends Form<Shapes, { sel?: [number, number]; ru?: MessageTable }, WidgetProps<ShapesUi>> {
	constructor(props: WidgetProps<ShapesUi>) {
		super(props, SHAPES_NS, SHAPES_DEFAULTS, checkShapes);
	}

	/**
	 * The explanation of a mismatch, rendered from the core's error details. In English the widget
	 * bundles the text of the only error its checked inputs can reach, matmul-inner (any other code
	 * would get the core's one-line summary); the Russian table is loaded the first time a mismatch
	 * needs it, so pages whose readers never see one do not carry it.
	 */
	explain(err: ShapeErrorDetails): string {
		if (this.props.lang === 'en') return err.code === 'matmul-inner' ? explainMatmulInner(err) : new ShapeError(err).message;
		if (this.state.ru) return describeShapeError(err, this.state.ru);
		if (!this.loading) this.loading = import('../i18n/shape-errors').then((m) => this.setState({ ru: m.russianMessages }));
		return '…';
	}

	loading?: Promise<void>;

	/** A link with sizes and no numbers (from the error page) opens with matrices of those sizes. */
	linkTexts(fromLink: Record<string, string>) {
		return shapesFromLink(fromLink);
	}

	/** A size changed: when all four are valid, the matrices grow or shrink to match, keeping their numbers. */
	size(key: string, v: string) {
		this.set(fitMatrices({ ...this.cur, [key]: v }));
	}

	/** Numbers typed into A or W: the sizes follow the matrix. */
	values(key: 'a' | 'w', v: string) {
		const m = matrix(v, MAX_SIZE, MAX_SIZE);
		const [r, c] = key === 'a' ? ['m', 'n'] : ['p', 'q'];
		this.set(isProblem(m) ? { [key]: v } : { [key]: v, [r]: String(m.length), [c]: String(m[0].length) });
	}

	render() {
		const { lang, t } = this.props;
		const f = this.state;
		const { a, w, c, err } = f.s;
		const sel = c && f.sel && f.sel[0] < c.rows && f.sel[1] < c.cols ? f.sel : undefined;
		let sum = '';
		if (sel && c) {
			const [i, j] = sel;
			const terms = [];
			for (let k = 0; k < a.cols; k++) terms.push(`${factor(a.data[i * a.cols + k], lang)}·${factor(w.data[k * w.cols + j], lang)}`);
			sum = `${sub(`c${i + 1},${j + 1}`)} = ${terms.join(' + ')} = ${fmt(c.data[i * c.cols + j], lang)}`;
		}
		const mismatch = (key: string) => (err && (key === 'n' || key === 'p') ? 'wbad' : '');
		return (
			<Frame cls="shape-explorer" label={t.label}>
				<div class="wrow">
					{SIZE_KEYS.map((key) => (
						<Field label={t.fields[key]} value={f.t[key]} bad={f.err?.key === key} cls={mismatch(key)} onInput={(v) => this.size(key, v)} />
					))}
				</div>
				<div class="wrow">
					<Field label={t.fields.a} value={f.t.a} rows={4} bad={f.err?.key === 'a'} onInput={(v) => this.values('a', v)} />
					<Field label={t.fields.w} value={f.t.w} rows={4} bad={f.err?.key === 'w'} onInput={(v) => this.values('w', v)} />
				</div>
				<FormMsg f={f} c={this.props.c} labels={t.fields} />
				<p class={c ? 'verdict wok' : 'verdict wmsg'} aria-live="polite">
					{c
						? `${formatShape([a.rows, a.cols])}·${formatShape([w.rows, w.cols])} → ${formatShape([c.rows, c.cols])}. ${t.result(c.rows, c.cols)}`
						: this.explain(err!)}
				</p>
				<div class="wtables">
					<Mat m={a} name="A" lang={lang} cls={(i) => (sel?.[0] === i ? 'hl' : undefined)} />
					<Mat m={w} name="W" lang={lang} cls={(_, j) => (sel?.[1] === j ? 'hl' : undefined)} />
					{c && (
						<Mat
							m={c}
							name={t.product}
							lang={lang}
							cls={(i, j) => (sel?.[0] === i && sel[1] === j ? 'hl' : undefined)}
							pick={(i, j) => this.setState({ sel: [i, j] })}
						/>
					)}
				</div>
				{c && (
					<p class={sum ? 'wformula wsum' : 'wnote wsum'} aria-live="polite">
						{sum || t.hint}
					</p>
				)}
				<Share ns={this.ns} state={f.good} c={this.props.c} />
			</Frame>
		);
	}
}
