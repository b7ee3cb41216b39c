/**
 * Widget 8: convolution in 1-D and 2-D with stride and zero padding. Pointing at or focusing an
 * output number lights up the window it came from and writes out its sum; below, the gradients with
 * respect to input and kernel. Every number from the core (`conv1d`, `conv2d` and their backward
 * passes).
 * A page imports its language's entry, `import Convolution from '~/widgets/ru/Convolution'`,
 * then `<Convolution client:visible lang="ru" />`.
 */
import type { ConvolutionUi } from './i18n/convolution';
import { formatShape } from '../core/shape-notation';
import { factor, fmt } from './lib/format';
import { Form, type WidgetProps } from './lib/form';
import { Field, FormMsg, Frame, Mat, Select, Share } from './lib/ui';
import { checkConv, CONV_DEFAULTS, DIM_START, padded, windowOf, type Conv } from './state/convolution';
import './styles/convolution.css';

const sub = (s: string) => s.replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[+d]);

export default class Convolution extends Form<Conv, unknown, WidgetProps<ConvolutionUi>> {
	constructor(props: WidgetProps<ConvolutionUi>) {
		super(props, 'cv', CONV_DEFAULTS, checkConv);
	}

	render() {
		const { lang, t } = this.props;
		const f = this.state;
		const c = f.s;
		const { y, k } = c;
		const px = padded(c);
		const win = windowOf(c, c.o);
		const p = c.padding;
		const pr = c.dim === 2 ? p : 0;
		const isPad = (i: number, j: number) => i < pr || i >= px.rows - pr || j < p || j >= px.cols - p;
		let sum = '';
		if (y) {
			const cells = [...win].sort((a, b) => a - b);
			const terms = cells.map((cell, n) => `${factor(px.data[cell], lang)}·${factor(k.data[n], lang)}`);
			const at = c.dim === 2 ? `${Math.floor(c.o / y.cols) + 1},${(c.o % y.cols) + 1}` : `${c.o + 1}`;
			sum = `${sub(`y${at}`)} = ${terms.join(' + ')} = ${fmt(y.data[c.o], lang)}`;
		}
		const field = (key: string, rows?: number) => (
			<Field label={t.fields[key]} value={f.t[key]} rows={rows} bad={f.err?.key === key} onInput={(v) => this.set({ [key]: v })} />
		);
		return (
			<Frame cls="convolution" label={t.label}>
				<p>{t.intro}</p>
				<div class="wrow">
					<Select
						label={t.fields.d}
						value={f.t.d}
						options={['1', '2'].map((d) => [d, t.dims[d]])}
						onChange={(d) => this.set({ d, ...DIM_START[d] })}
					/>
					{field('s')}
					{field('p')}
				</div>
				<div class="wrow">
					{field('x', c.dim === 2 ? 4 : undefined)}
					{field('k', c.dim === 2 ? 3 : undefined)}
				</div>
				<FormMsg f={f} c={this.props.c} labels={t.fields} />
				{c.err?.code === 'kernel-too-large' && (
					<p class="wmsg">{t.tooLarge(formatShape(c.err.kernel), formatShape(c.err.input), c.err.padding)}</p>
				)}
				<div class="wtables">
					<Mat
						m={px}
						name={t.padded}
						lang={lang}
						cls={(i, j) => [isPad(i, j) ? 'pad' : '', y && win.has(i * px.cols + j) ? 'hl' : ''].join(' ').trim() || undefined}
					/>
					<Mat m={k} name="w" lang={lang} />
					{y && (
						<Mat
							m={y}
							name={t.out}
							lang={lang}
							cls={(i, j) => (i * y.cols + j === c.o ? 'hl' : undefined)}
							pick={(i, j) => this.set({ o: String(i * y.cols + j) })}
						/>
					)}
				</div>
				{y && <p class="wformula wsum">{sum}</p>}
				{y && <p class="wnote">{t.hint}</p>}
				{c.dx && c.dk && (
					<>
						<p>{t.grads}</p>
						<div class="wtables">
							<Mat m={c.dx} name="∂L/∂x" lang={lang} />
							<Mat m={c.dk} name="∂L/∂w" lang={lang} />
						</div>
					</>
				)}
				<Share ns={this.ns} state={f.good} c={this.props.c} />
			</Frame>
		);
	}
}
