/**
 * Widget 2: a dense layer relu(A·W + b) on the square, step by step as tables with shapes, and for a
 * width of 2 the geometric view: the square, its image under the linear map, and the fold of relu.
 *
 * A page imports its language's entry, `import DenseLayer from '~/widgets/ru/DenseLayer'`,
 * then `<DenseLayer client:visible lang="ru" />`.
 */
import { fromRows, type Matrix } from '../core/tensor/matrix';
import { Form, type WidgetProps } from './lib/form';
import { int, isProblem } from '../numbers/read';
import { matrix } from '../numbers/read-list';
import { bounds, points, scales, square, type Box } from './lib/plot';
import { Field, Frame, FormMsg, Mat, Share } from './lib/ui';
import type { DenseLayerUi } from './i18n/dense-layer';
import { checkDense, DENSE_DEFAULTS, denseFromLink, layer, MAX_K, MAX_SEED, seeded, squarePoints, type Dense } from './state/dense-layer';
import './styles/plot.css';

const EDGE = 12;
const PTS = squarePoints(EDGE, 5);
const OUTLINE = 4 * EDGE;

function column(m: Matrix, j: number, from = 0, to = m.rows): number[] {
	const out = [];
	for (let i = from; i < to; i++) out.push(m.data[i * m.cols + j]);
	return out;
}

/** One square panel: `fill` outlined and filled, `dash` outlined dashed, the grid of `fill` as dots, corners numbered. */
function Panel(props: { title: string; box: Box; fill: Matrix; dash?: Matrix }) {
	const { x, y } = scales(props.box, 180, 180);
	const { fill, dash } = props;
	const dots = [];
	for (let i = OUTLINE; i < fill.rows; i++) dots.push(<circle class="a" r="2.5" cx={x(fill.data[2 * i])} cy={y(fill.data[2 * i + 1])} />);
	const corners = [0, 1, 2, 3].map((c) => (
		<text x={x(fill.data[2 * c * EDGE]) + 4} y={y(fill.data[2 * c * EDGE + 1]) - 4}>
			{c + 1}
		</text>
	));
	return (
		<figure class="wm">
			<figcaption>{props.title}</figcaption>
			<svg class="wplot" viewBox="-10 -10 200 200" width="220" role="img" aria-label={props.title}>
				<line class="ax" x1={x(props.box.x0)} x2={x(props.box.x1)} y1={y(0)} y2={y(0)} />
				<line class="ax" x1={x(0)} x2={x(0)} y1={y(props.box.y0)} y2={y(props.box.y1)} />
				{dash && <polygon class="b dash" points={points(column(dash, 0, 0, OUTLINE), column(dash, 1, 0, OUTLINE), x, y)} />}
				<polygon class="a soft" points={points(column(fill, 0, 0, OUTLINE), column(fill, 1, 0, OUTLINE), x, y)} />
				{dots}
				{corners}
			</svg>
		</figure>
	);
}

export default class DenseLayer extends Form<Dense, unknown, WidgetProps<DenseLayerUi>> {
	constructor(props: WidgetProps<DenseLayerUi>) {
		super(props, 'dl', DENSE_DEFAULTS, checkDense);
	}

	linkTexts(fromLink: Record<string, string>) {
		return denseFromLink(fromLink);
	}

	/** Changing k or the seed draws a fresh W and b of that width. */
	regen(k: string, seed: string) {
		const K = int(k, 1, MAX_K);
		const S = int(seed, 0, MAX_SEED);
		this.set(isProblem(K) || isProblem(S) ? { k, s: seed } : { k, s: seed, ...seeded(K, S) });
	}

	/** Typed weights set the width: k follows the number of columns of W. */
	setW(w: string) {
		const m = matrix(w, MAX_K, MAX_K);
		this.set(isProblem(m) ? { w } : { w, k: String(m[0].length) });
	}

	render() {
		const { lang, t, c } = this.props;
		const f = this.state;
		const { s } = f;
		const geo = s.w.cols === 2 ? layer(PTS, s.w, s.b) : undefined;
		const bad = (key: string) => f.err?.key === key;
		const labels = { k: t.k, s: c.seed, w: t.w, b: t.b };
		const S = geo?.s;
		const H = geo?.h;
		return (
			<Frame cls="dense-layer" label={t.label}>
				<p>{t.intro}</p>
				<div class="wrow">
					<Field label={t.k} value={f.t.k} bad={bad('k')} onInput={(v) => this.regen(v, this.cur.s)} />
					<Field label={c.seed} value={f.t.s} bad={bad('s')} onInput={(v) => this.regen(this.cur.k, v)} />
					<button type="button" onClick={() => this.regen(f.good.k, String((Number(f.good.s) + 1) % (MAX_SEED + 1)))}>
						{t.random}
					</button>
				</div>
				<div class="wrow">
					<Field label={t.w} value={f.t.w} rows={2} bad={bad('w')} onInput={(w) => this.setW(w)} />
					<Field label={t.b} value={f.t.b} bad={bad('b')} onInput={(b) => this.set({ b })} cls="wwide" />
				</div>
				<FormMsg f={f} c={c} labels={labels} />
				<div class="wtables">
					<Mat m={s.a} name="A" lang={lang} />
					<Mat m={s.w} name="W" lang={lang} />
					<Mat m={fromRows([Array.from(s.b)])} name="b" lang={lang} />
				</div>
				<div class="wtables">
					<Mat m={s.z} name="A·W" lang={lang} />
					<Mat m={s.s} name="A·W + b" lang={lang} />
					<Mat m={s.h} name="relu(A·W + b)" lang={lang} cls={(i, j) => (s.s.data[i * s.s.cols + j] < 0 ? 'neg' : undefined)} />
				</div>
				{S && H ? (
					<>
						<div class="wtables">
							<Panel title={t.plotIn} box={square(bounds([0, 2], [0, 2], 0.15, 2))} fill={PTS} />
							<Panel title={t.plotOut} box={square(bounds([...column(S, 0), 0], [...column(S, 1), 0], 0.15, 1))} fill={H} dash={S} />
						</div>
						<p class="wnote">
							{t.linear} {t.fold}
						</p>
					</>
				) : (
					<p class="wnote">{t.only2}</p>
				)}
				<Share ns={this.ns} state={f.good} c={c} />
			</Frame>
		);
	}
}
