/**
 * Widget 3: the derivative. A function from a small menu, a point, and the secant through x₀ and
 * x₀ + h shrinking to the tangent as h → 0: the numeric slope against the exact derivative from the
 * core's backward pass.
 * A page imports its language's entry, `import Derivative from '~/widgets/ru/Derivative'`,
 * then `<Derivative client:visible lang="ru" />`.
 */
import type { DerivativeUi } from './i18n/derivative';
import { fmt } from './lib/format';
import { Form, type WidgetProps } from './lib/form';
import { EXAMPLE_FUNCTIONS } from './lib/example-functions';
import { bounds, points, scales } from './lib/plot';
import { Field, FormMsg, Frame, Select, Share } from './lib/ui';
import {
	checkDerivative,
	DERIVATIVE_DEFAULTS,
	E_MAX,
	E_MIN,
	FUNCTION_NAMES,
	valueAndSlope,
	type Derivative as D,
} from './state/derivative';
import './styles/derivative.css';
import './styles/plot.css';

const W = 300;
const H = 200;

export default class Derivative extends Form<D, unknown, WidgetProps<DerivativeUi>> {
	constructor(props: WidgetProps<DerivativeUi>) {
		super(props, 'dv', DERIVATIVE_DEFAULTS, checkDerivative);
	}

	render() {
		const { lang, t, c } = this.props;
		const f = this.state;
		const { name, x, h, y, yh, secant, exact } = f.s;
		const xs: number[] = [];
		const ys: number[] = [];
		for (let i = 0; i <= 100; i++) {
			const u = x - 2.5 + i / 20;
			xs.push(u);
			ys.push(EXAMPLE_FUNCTIONS[name].positiveOnly && u <= 0 ? NaN : valueAndSlope(name, u).y);
		}
		const box = bounds(xs, ys, 0.1, 1);
		const s = scales(box, W, H);
		const line = (slope: number) => points([box.x0, box.x1], [y + slope * (box.x0 - x), y + slope * (box.x1 - x)], s.x, s.y);
		const [fx, fd] = t.formulas[name];
		return (
			<Frame cls="derivative" label={t.label}>
				<p>{t.intro}</p>
				<div class="wrow">
					<Select
						label={t.fields.f}
						value={f.t.f}
						options={FUNCTION_NAMES.map((n) => [n, `f(x) = ${t.formulas[n][0]}`])}
						onChange={(v) => this.set({ f: v })}
					/>
					<Field label={t.fields.x} value={f.t.x} bad={f.err?.key === 'x'} onInput={(v) => this.set({ x: v })} />
					<label class="wf">
						<span>
							{t.fields.e} = {fmt(h, lang)}
						</span>
						<input
							type="range"
							aria-label={t.fields.e}
							min={E_MIN}
							max={E_MAX}
							step="0.1"
							value={f.t.e}
							onInput={(e) => this.set({ e: e.currentTarget.value })}
						/>
					</label>
				</div>
				<FormMsg f={f} c={c} labels={t.fields} />
				<ul class="wsteps wformula">
					<li>
						f(x) = {fx}, f′(x) = {fd}
					</li>
					<li>
						{t.secant}: (f({fmt(x + h, lang)}) − f({fmt(x, lang)})) / {fmt(h, lang)} = ({fmt(yh, lang)} − {fmt(y, lang)}) / {fmt(h, lang)} ={' '}
						<strong class="wsec">{fmt(secant, lang, 6)}</strong>
					</li>
					<li>
						{t.exact}: f′({fmt(x, lang)}) = <strong class="wexact">{fmt(exact, lang, 6)}</strong>
					</li>
					<li>
						{t.gap}: {fmt(Math.abs(secant - exact), lang)}
					</li>
				</ul>
				{EXAMPLE_FUNCTIONS[name].kinkAt === x && <p class="wnote">{t.kink}</p>}
				<svg class="wplot clip" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t.plot}>
					<line class="ax" x1="0" x2={W} y1={s.y(0)} y2={s.y(0)} />
					<line class="ax" x1={s.x(0)} x2={s.x(0)} y1="0" y2={H} />
					<polyline class="a line" points={points(xs, ys, s.x, s.y)} />
					<polyline class="a dash" points={line(exact)} />
					<polyline class="b line" points={line(secant)} />
					<circle class="a" r="4" cx={s.x(x)} cy={s.y(y)} />
					<circle class="b" r="4" cx={s.x(x + h)} cy={s.y(yh)} />
				</svg>
				<Share ns={this.ns} state={f.good} c={c} />
			</Frame>
		);
	}
}
