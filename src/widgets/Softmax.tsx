/**
 * Widget 7: softmax and cross-entropy. Logits → probabilities → loss → the gradient p − y, every
 * number from the core (stable for logits in the thousands).
 * A page imports its language's entry, `import Softmax from '~/widgets/ru/Softmax'`,
 * then `<Softmax client:visible lang="ru" />`.
 */
import type { SoftmaxUi } from './i18n/softmax';
import { fmt } from './lib/format';
import { Form, type WidgetProps } from './lib/form';
import { isProblem } from '../numbers/read';
import { vector } from '../numbers/read-list';
import { Field, FormMsg, Frame, Select, Share } from './lib/ui';
import { checkSoftmax, MAX_CLASSES, SOFTMAX_DEFAULTS, type Softmax as S } from './state/softmax';
import './styles/softmax.css';

export default class Softmax extends Form<S, unknown, WidgetProps<SoftmaxUi>> {
	constructor(props: WidgetProps<SoftmaxUi>) {
		super(props, 'sm', SOFTMAX_DEFAULTS, checkSoftmax);
	}

	/** New logits: the right class stays within the classes there are. */
	logits(z: string) {
		const v = vector(z, MAX_CLASSES);
		const n = isProblem(v) ? 0 : v.length;
		this.set(n >= 2 && Number(this.cur.y) > n ? { z, y: String(n) } : { z });
	}

	render() {
		const { lang, t, c } = this.props;
		const f = this.state;
		const { z, p, grad, label, lse, loss } = f.s;
		const n = z.cols;
		const classes = Array.from({ length: n }, (_, k) => String(k + 1));
		return (
			<Frame cls="softmax" label={t.label}>
				<p>{t.intro}</p>
				<div class="wrow">
					<Field label={t.fields.z} value={f.t.z} bad={f.err?.key === 'z'} onInput={(v) => this.logits(v)} cls="wwide" />
					<Select label={t.fields.y} value={f.t.y} options={classes.map((c) => [c, c])} onChange={(y) => this.set({ y })} />
				</div>
				<FormMsg f={f} c={c} labels={t.fields} />
				<div class="wscroll">
					<table class="wtab">
						<thead>
							<tr>
								{t.cols.map((c) => (
									<th scope="col">{c}</th>
								))}
							</tr>
						</thead>
						<tbody>
							{classes.map((c, k) => (
								<tr class={k === label ? 'hl' : undefined}>
									<th scope="row">{c}</th>
									<td>{fmt(z.data[k], lang)}</td>
									<td class="wbar">
										<span style={{ width: `${p.data[k] * 100}%` }} />
										{fmt(p.data[k], lang)}
									</td>
									<td>{k === label ? 1 : 0}</td>
									<td>{fmt(grad.data[k], lang)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
				<p class="wformula wloss">{t.loss(fmt(lse, lang), fmt(z.data[label], lang), fmt(loss, lang))}</p>
				<p class="wnote">{t.note}</p>
				<Share ns={this.ns} state={f.good} c={c} />
			</Frame>
		);
	}
}
