/**
 * Widget 6: training a tiny 2→k→2 network on the square's XOR and a few small 2-D data sets: the
 * loss curve, the decision boundary as a heat map, and each layer's gradient with its shape. Run,
 * pause, one step, reset. Every number comes from the site's one network, `Mlp` (`state/training.ts`).
 *
 * A page imports its language's entry, `import Training from '~/widgets/ru/Training'`,
 * then `<Training client:visible lang="ru" />`.
 */
import { fromRows, type Matrix } from '../core/tensor/matrix';
import type { TrainingUi } from './i18n/training';
import { fmt } from './lib/format';
import { linearScale } from './lib/scale';
import { Form, type WidgetProps } from './lib/form';
import { Field, FormMsg, Frame, Mat, Select, Share } from './lib/ui';
import {
	ACTIVATIONS,
	checkTraining,
	classOneProbability,
	createNet,
	DATASETS,
	evaluate,
	grid,
	MAX_STEPS,
	OPTIMIZERS,
	TRAIN_DEFAULTS,
	trainStep,
	type Config,
	type Net,
} from './state/training';
import './styles/training.css';
import './styles/plot.css';

const G = 20;
const GRID = grid(G);
const LO = -0.3;
const SPAN = 2.6;
const PER_FRAME = 5;

function build(c: Config): Net {
	const net = createNet(c);
	for (let i = 0; i < c.steps; i++) trainStep(net);
	return net;
}

const row = (v: Float64Array): Matrix => fromRows([Array.from(v)]);

export default class Training extends Form<Config, { run?: boolean; tick?: number }, WidgetProps<TrainingUi>> {
	net: Net;
	raf = 0;

	constructor(props: WidgetProps<TrainingUi>) {
		super(props, 'tr', TRAIN_DEFAULTS, checkTraining);
		this.net = build(this.state.s);
	}

	onState(c: Config) {
		this.stop();
		this.net = build(c);
	}

	componentWillUnmount() {
		cancelAnimationFrame(this.raf);
	}

	stop() {
		cancelAnimationFrame(this.raf);
		this.setState({ run: false });
	}

	play() {
		const frame = () => {
			for (let i = 0; i < PER_FRAME && this.net.steps < MAX_STEPS; i++) trainStep(this.net);
			this.setState({ tick: this.net.steps });
			if (this.net.steps < MAX_STEPS) this.raf = requestAnimationFrame(frame);
			else this.stop();
		};
		this.setState({ run: true });
		this.raf = requestAnimationFrame(frame);
	}

	render() {
		const { lang, t, c } = this.props;
		const f = this.state;
		const net = this.net;
		const { loss, accuracy } = evaluate(net);
		const p = classOneProbability(net, GRID);
		const cell = 200 / G;
		const at = (v: number) => ((v - LO) / SPAN) * 200;
		const n = net.x.rows;
		const [l1, l2] = net.mlp.layers;
		const k = l1.weights.cols;
		const sel = (key: string, options: [string, string][]) => (
			<Select label={t.fields[key]} value={f.t[key]} options={options} onChange={(v) => this.set({ [key]: v, n: '0' })} />
		);
		const field = (key: string) => (
			<Field label={t.fields[key]} value={f.t[key]} bad={f.err?.key === key} onInput={(v) => this.set({ [key]: v, n: '0' })} />
		);
		return (
			<Frame cls="training" label={t.label}>
				<p>{t.intro}</p>
				<div class="wrow">
					{sel(
						'd',
						DATASETS.map((d) => [d, t.data[d]]),
					)}
					{sel(
						'a',
						ACTIVATIONS.map((a) => [a, a]),
					)}
					{sel(
						'o',
						OPTIMIZERS.map((o) => [o, t.opts[o]]),
					)}
				</div>
				<div class="wrow">
					{field('k')}
					{field('r')}
					{field('s')}
				</div>
				<FormMsg f={f} c={c} labels={t.fields} />
				<div class="wrow">
					<button type="button" onClick={() => (f.run ? this.stop() : this.play())} disabled={net.steps >= MAX_STEPS}>
						{f.run ? t.pause : t.run}
					</button>
					<button
						type="button"
						onClick={() => {
							this.stop();
							trainStep(net);
							this.setState({ tick: net.steps });
						}}
						disabled={net.steps >= MAX_STEPS}
					>
						{t.step}
					</button>
					<button type="button" onClick={() => this.onState({ ...f.s, steps: 0 })}>
						{t.reset}
					</button>
				</div>
				<p aria-live="polite" class="wstatus">
					{t.status(net.steps, fmt(loss, lang, 4), Math.round(accuracy * 100))}
				</p>
				<div class="wtables">
					<figure class="wm">
						<figcaption>{t.map}</figcaption>
						<svg class="wplot wmap" viewBox="0 0 200 200" width="240" role="img" aria-label={t.map}>
							{Array.from(p, (q, i) => (
								<rect
									class={q > 0.5 ? 'cb' : 'ca'}
									x={(i % G) * cell}
									y={Math.floor(i / G) * cell}
									width={cell + 0.3}
									height={cell + 0.3}
									// Two decimals: a finer step cannot be seen, and 400 cells of 17 digits weighed 3 KiB of the page.
									fill-opacity={Math.round(Math.abs(q - 0.5) * 140) / 100}
								/>
							))}
							{net.y.map((c, i) => (
								<circle class={c ? 'b pt' : 'a pt'} r="4" cx={at(net.x.data[2 * i])} cy={200 - at(net.x.data[2 * i + 1])} />
							))}
						</svg>
					</figure>
					<LossCurve losses={net.losses} label={t.curve} lang={lang} />
				</div>
				<p>{t.grads}</p>
				<ul class="wsteps wformula">
					<li>δ₂ = ∂L/∂Z₂ = (p − y)/n ({n}×2)</li>
					<li>
						dW₂ = Hᵀ·δ₂: ({k}×{n})·({n}×2) → ({k}×2); db₂ = Σ δ₂ (2)
					</li>
					<li>
						δ₁ = δ₂·W₂ᵀ ⊙ {net.act}′(Z₁): ({n}×2)·(2×{k}) → ({n}×{k})
					</li>
					<li>
						dW₁ = Aᵀ·δ₁: (2×{n})·({n}×{k}) → (2×{k}); db₁ = Σ δ₁ ({k})
					</li>
				</ul>
				<div class="wtables">
					<Mat m={l1.weightGrad} name="dW₁" lang={lang} />
					<Mat m={row(l1.biasGrad)} name="db₁" lang={lang} />
					<Mat m={l2.weightGrad} name="dW₂" lang={lang} />
					<Mat m={row(l2.biasGrad)} name="db₂" lang={lang} />
				</div>
				<Share ns={this.ns} state={{ ...f.good, n: String(net.steps) }} c={c} />
			</Frame>
		);
	}
}

/** The loss before each step, on a log scale, thinned to at most 200 points. */
function LossCurve(props: { losses: number[]; label: string; lang: 'ru' | 'en' }) {
	const { losses } = props;
	const logs = losses.map((l) => Math.log10(Math.max(l, 1e-4)));
	const hi = Math.max(0, ...logs);
	const lo = Math.min(hi - 1, ...logs);
	const n = Math.max(losses.length, 50);
	const every = Math.ceil(losses.length / 200);
	const sx = linearScale([0, n], [0, 280]);
	const sy = linearScale([hi, lo], [0, 100]);
	let pts = '';
	for (let i = 0; i < logs.length; i += every) pts += `${sx(i).toFixed(1)},${sy(logs[i]!).toFixed(1)} `;
	return (
		<figure class="wm">
			<figcaption>{props.label}</figcaption>
			<svg class="wplot" viewBox="-4 -4 290 124" width="290" role="img" aria-label={props.label}>
				<line class="ax" x1="0" y1="100" x2="280" y2="100" />
				<line class="ax" x1="0" y1="0" x2="0" y2="100" />
				<polyline class="a line" points={pts} />
				<text x="4" y="12">
					{fmt(10 ** hi, props.lang)}
				</text>
				<text x="4" y="96">
					{fmt(10 ** lo, props.lang)}
				</text>
				<text x="280" y="116" text-anchor="end">
					{n}
				</text>
			</svg>
		</figure>
	);
}
