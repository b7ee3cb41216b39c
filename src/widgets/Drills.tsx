/**
 * Widget 9: generated drills with a seed in the link: the shape of a product, a derivative at a
 * point, a backward pass by hand on a small graph. Answers are checked like the self-check
 * exercises (`0,5` or `0.5`, `3x5`); hints and worked solutions open with the keyboard (<details>).
 *
 * A page imports its language's entry, `import Drills from '~/widgets/ru/Drills'`,
 * then `<Drills client:visible lang="ru" />`.
 */
import { checkAnswer, type Verdict } from '../exercises/check-answer';
import { FORMULAS } from './i18n/functions';
import { GRAPH_TEXT, SHAPE_EXPR } from './i18n/drill-formulas';
import type { DrillsUi } from './i18n/drills';
import { formatShape } from '../core/shape-notation';
import { fmt } from './lib/format';
import { Form, type WidgetProps } from './lib/form';
import { GraphView } from './lib/graph-view';
import { Field, FormMsg, Frame, Select, Share } from './lib/ui';
import { checkDrill, DRILL_DEFAULTS, KINDS, type Drill } from './state/drills';
import './styles/drills.css';

const x = (s: readonly number[]) => s.join('×');

export default class Drills extends Form<Drill, { answer?: string; verdict?: Verdict }, WidgetProps<DrillsUi>> {
	constructor(props: WidgetProps<DrillsUi>) {
		super(props, 'dr', DRILL_DEFAULTS, checkDrill);
	}

	onState() {
		this.setState({ answer: '', verdict: undefined });
	}

	verify() {
		const d = this.state.s;
		const expected = d.kind === 'shape' ? x(d.answer) : String(d.answer);
		const given = this.state.answer ?? '';
		this.setState({
			verdict: checkAnswer(d.kind === 'shape' ? 'shape' : 'number', given, expected, d.kind === 'derivative' ? 0.01 : 1e-9, this.props.lang),
		});
	}

	render() {
		const { lang, t, c } = this.props;
		const f = this.state;
		const d = f.s;
		let question = '';
		let hint = '';
		let solution = '';
		if (d.kind === 'shape') {
			question = t.shapeQ(SHAPE_EXPR[d.form], x(d.a), x(d.b));
			hint = t.shapeHint;
			const left = d.form === 2 ? [d.a[1], d.a[0]] : d.a;
			const right = d.form === 1 ? [d.b[1], d.b[0]] : d.b;
			solution = `${SHAPE_EXPR[d.form]}: ${formatShape(left)}·${formatShape(right)} → ${formatShape(d.answer)}`;
		} else if (d.kind === 'derivative') {
			const [fx, fd] = FORMULAS[d.f];
			question = t.derivQ(fx, fmt(d.x, lang));
			hint = t.derivHint(fd);
			solution = `f′(x) = ${fd}; f′(${fmt(d.x, lang)}) = ${fmt(d.answer, lang, 6)}`;
		} else {
			const values = Object.entries(d.inputs)
				.map(([k, v]) => `${k} = ${fmt(v, lang)}`)
				.join(', ');
			question = t.backQ(GRAPH_TEXT[d.form], values, d.target);
			hint = t.backHint;
			solution = `${t.backSolution} ∂L/∂${d.target} = ${fmt(d.answer, lang)}.`;
		}
		return (
			<Frame cls="drills" label={t.label}>
				<p>{t.intro}</p>
				<div class="wrow">
					<Select label={t.fields.k} value={f.t.k} options={KINDS.map((k) => [k, t.kinds[k]])} onChange={(k) => this.set({ k })} />
					<Field label={t.fields.s} value={f.t.s} bad={f.err?.key === 's'} onInput={(s) => this.set({ s })} />
					<button type="button" onClick={() => this.set({ s: String((d.seed + 1) % 1_000_000) })}>
						{t.next}
					</button>
				</div>
				<FormMsg f={f} c={c} labels={t.fields} />
				<p class="wquestion">
					<strong>{question}</strong>
				</p>
				<form
					class="wrow"
					onSubmit={(e) => {
						e.preventDefault();
						this.verify();
					}}
				>
					<Field label={t.fields.a} value={f.answer ?? ''} onInput={(answer) => this.setState({ answer, verdict: undefined })} />
					<button type="submit">{t.check}</button>
				</form>
				<p aria-live="polite" class={f.verdict === 'correct' ? 'wok' : f.verdict ? 'wmsg' : ''}>
					{f.verdict && t.verdicts[f.verdict]}
				</p>
				<details>
					<summary>{t.hint}</summary>
					<p>{hint}</p>
				</details>
				<details>
					<summary>{t.solution}</summary>
					<p class="wformula">{solution}</p>
					{d.kind === 'backprop' && <GraphView t={d.t} k={d.t.steps.length} lang={lang} label={t.backSolution} />}
				</details>
				<Share ns={this.ns} state={f.good} c={c} />
			</Frame>
		);
	}
}
