/**
 * Widget 5: gradient descent on a 1-D and a 2-D loss (contour lines), learning rates from tiny to
 * too large, momentum on or off; and on a bumpy curve, descent side by side with simulated
 * annealing. Gradients from the core's autograd, updates by the core's optimizers.
 *
 * A page imports its language's entry, `import GradientDescent from '~/widgets/ru/GradientDescent'`,
 * then `<GradientDescent client:visible lang="ru" />`.
 */
import type { DescentUi } from './i18n/descent';
import { fmt } from './lib/format';
import { Form, type WidgetProps } from './lib/form';
import { points, scales } from './lib/plot';
import { Field, FormMsg, Frame, Select, Share } from './lib/ui';
import {
	anneal,
	checkDescent,
	DESCENT_DEFAULTS,
	descend,
	lossAt,
	MAX_STEPS,
	MODE_START,
	MODES,
	PRESETS,
	verdict,
	type Mode,
	type Path,
	type Settings,
} from './state/descent';
import './styles/descent.css';
import './styles/plot.css';

const W = 300;

/** The 1-D loss with a path on it. */
function Curve(props: { mode: Mode; path: Path; label: string }) {
	const xs: number[] = [];
	const ys: number[] = [];
	for (let i = 0; i <= 80; i++) {
		xs.push(-4 + i / 10);
		ys.push(lossAt(props.mode, xs[i]).f);
	}
	const lo = Math.min(...ys);
	const hi = Math.max(...ys);
	const s = scales({ x0: -4, x1: 4, y0: lo - 0.1 * (hi - lo), y1: hi + 0.05 * (hi - lo) }, W, 160);
	const { path } = props;
	return (
		<svg class="wplot clip" viewBox={`0 0 ${W} 160`} role="img" aria-label={props.label}>
			<line class="ax" x1={s.x(0)} x2={s.x(0)} y1="0" y2="160" />
			<polyline class="a line" points={points(xs, ys, s.x, s.y)} />
			<polyline class="b dash" points={points(path.xs, path.fs, s.x, s.y)} />
			{path.xs.map((x, k) => (
				<circle class="b" r={k === 0 ? 4.5 : 2.5} cx={s.x(x)} cy={s.y(path.fs[k])} />
			))}
		</svg>
	);
}

/** Contour lines of x² + 10y² (ellipses) with a path across them. */
function Contours(props: { path: Path; label: string }) {
	const s = scales({ x0: -3.5, x1: 3.5, y0: -1.75, y1: 1.75 }, W, 150);
	const { path } = props;
	return (
		<svg class="wplot clip" viewBox={`0 0 ${W} 150`} role="img" aria-label={props.label}>
			{[0.5, 2, 5, 10, 19, 30].map((c) => (
				<ellipse class="grid wline" cx={s.x(0)} cy={s.y(0)} rx={(Math.sqrt(c) * W) / 7} ry={(Math.sqrt(c / 10) * 150) / 3.5} />
			))}
			<circle class="a" r="3" cx={s.x(0)} cy={s.y(0)} />
			<polyline class="b line" points={points(path.xs, path.ys, s.x, s.y)} />
			{path.xs.map((x, k) => (
				<circle class="b" r={k === 0 ? 4.5 : 2.5} cx={s.x(x)} cy={s.y(path.ys[k])} />
			))}
		</svg>
	);
}

export default class GradientDescent extends Form<Settings, unknown, WidgetProps<DescentUi>> {
	constructor(props: WidgetProps<DescentUi>) {
		super(props, 'gd', DESCENT_DEFAULTS, checkDescent);
	}

	render() {
		const { lang, t, c } = this.props;
		const f = this.state;
		const { s } = f;
		const path = descend(s);
		const n = path.xs.length - 1;
		const last = (p: Path) => {
			const k = p.xs.length - 1;
			const at = s.mode === '2d' ? `(x, y) = (${fmt(p.xs[k], lang)}; ${fmt(p.ys[k], lang)})` : `x = ${fmt(p.xs[k], lang)}`;
			return t.result(k, at, fmt(p.fs[k], lang));
		};
		const field = (key: string) => (
			<Field label={t.fields[key]} value={f.t[key]} bad={f.err?.key === key} onInput={(v) => this.set({ [key]: v })} />
		);
		const sa = s.mode === 'bumpy' ? anneal(s) : undefined;
		return (
			<Frame cls="gradient-descent" label={t.label}>
				<p>{t.intro}</p>
				<div class="wrow">
					<Select
						label={t.fields.m}
						value={f.t.m}
						options={MODES.map((m) => [m, t.modes[m]])}
						onChange={(m) => this.set({ m, ...MODE_START[m as Mode] })}
					/>
					{field('r')}
					<label class="wf wcheck">
						<input type="checkbox" checked={s.momentum} onChange={(e) => this.set({ b: e.currentTarget.checked ? '1' : '0' })} />
						<span>{t.fields.b}</span>
					</label>
				</div>
				<div class="wrow" role="group" aria-label={t.presetsLabel}>
					<span class="wnote">{t.presetsLabel}</span>
					{PRESETS[s.mode].map((r, i) => (
						<button type="button" aria-pressed={f.t.r === r} onClick={() => this.set({ r })}>
							{t.presets[i]} ({fmt(Number(r), lang)})
						</button>
					))}
				</div>
				<div class="wrow">
					<label class="wf">
						<span>
							{t.fields.n}: {f.t.n}
						</span>
						<input
							type="range"
							aria-label={t.fields.n}
							min="0"
							max={MAX_STEPS}
							value={f.t.n}
							onInput={(e) => this.set({ n: e.currentTarget.value })}
						/>
					</label>
					{field('x')}
					{s.mode === '2d' && field('y')}
					{s.mode === 'bumpy' && field('s')}
				</div>
				<FormMsg f={f} c={c} labels={t.fields} />
				{sa ? (
					<div class="wtables">
						<figure class="wm">
							<figcaption>{t.gd}</figcaption>
							<Curve mode={s.mode} path={path} label={t.gd} />
							<p class="wresult">{last(path)}</p>
						</figure>
						<figure class="wm">
							<figcaption>{t.sa}</figcaption>
							<Curve mode={s.mode} path={sa} label={t.sa} />
							<p class="wresult">{last(sa)}</p>
						</figure>
					</div>
				) : (
					<>
						{s.mode === '2d' ? <Contours path={path} label={t.contours} /> : <Curve mode={s.mode} path={path} label={t.plot} />}
						<p class="wresult">
							{last(path)} <strong>{t.verdicts[verdict(path)]}</strong>
						</p>
					</>
				)}
				{sa && <p class="wnote">{t.compare}</p>}
				{n < s.steps && <p class="wnote">{t.verdicts.diverge}</p>}
				<Share ns={this.ns} state={f.good} c={c} />
			</Frame>
		);
	}
}
