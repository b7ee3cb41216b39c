/**
 * Widget 4: the chain rule on a computational graph. L = (relu(w·x + b) − y)², named m, z, a, e as on every
 * page (content/notation/letters.yaml): every node shows its
 * value after the forward pass; the backward pass is stepped node by node, each step showing the
 * local derivative and the product that makes the gradient ū = v̄ · ∂v/∂u. Every number comes from the core's scalar
 * autograd (`traceBackward`).
 * A page imports its language's entry, `import ChainRule from '~/widgets/ru/ChainRule'`,
 * then `<ChainRule client:visible lang="ru" />`.
 */
import { LOCAL_RULE } from './i18n/graph';
import type { ChainRuleUi } from './i18n/chain-rule';
import { factor, fmt } from './lib/format';
import { Form, type WidgetProps } from './lib/form';
import { barOf, GraphView, nameOf } from './lib/graph-view';
import { Field, FormMsg, Frame, Share } from './lib/ui';
import { CHAIN_DEFAULTS, CHAIN_INPUTS, checkChain, type Chain } from './state/chain-rule';

export default class ChainRule extends Form<Chain, unknown, WidgetProps<ChainRuleUi>> {
	constructor(props: WidgetProps<ChainRuleUi>) {
		super(props, 'cr', CHAIN_DEFAULTS, checkChain);
	}

	render() {
		const { lang, t, c } = this.props;
		const f = this.state;
		const { t: tr, k } = f.s;
		const n = tr.steps.length;
		const go = (s: number) => this.set({ ...f.good, s: String(Math.max(0, Math.min(n, s))) });
		const step = tr.steps[k - 1];
		const node = step && tr.byId.get(step.nodeId)!;
		const name = (id: number) => nameOf(tr.byId.get(id)!, lang);
		return (
			<Frame cls="chain-rule" label={t.label}>
				<p>{t.intro}</p>
				<div class="wrow">
					{CHAIN_INPUTS.map((key) => (
						<Field label={t.fields[key]} value={f.t[key]} bad={f.err?.key === key} onInput={(v) => this.set({ [key]: v })} />
					))}
				</div>
				<FormMsg f={f} c={c} labels={t.fields} />
				<div class="wrow">
					<button type="button" onClick={() => go(k - 1)} disabled={k === 0}>
						{t.back}
					</button>
					<button type="button" onClick={() => go(k + 1)} disabled={k === n}>
						{t.next}
					</button>
					<button type="button" onClick={() => go(0)}>
						{t.reset}
					</button>
					<button type="button" onClick={() => go(n)}>
						{t.all}
					</button>
				</div>
				<div aria-live="polite" class="wexplain">
					<p>
						<strong>{t.stepOf(k, n)}</strong> {k === 0 ? t.forward : k === n ? t.done : ''}
					</p>
					{node && (
						<>
							<p>{t.passes(name(node.id), barOf(name(node.id)), fmt(step.upstream, lang))}</p>
							<ol class="wsteps wformula">
								{step.contributions.map((c) => {
									const p = name(c.parentId);
									return (
										<li>
											{barOf(p)} = {barOf(name(node.id))} · ∂{name(node.id)}/∂{p} = {fmt(step.upstream, lang)} · {factor(c.local, lang)} ={' '}
											{fmt(c.product, lang)}
											{c.gradBefore !== 0 && ` (${t.added}: ${fmt(c.gradBefore, lang)} → ${fmt(c.gradAfter, lang)})`}{' '}
											<span class="wnote">({LOCAL_RULE[step.op]?.(c.slot)})</span>
										</li>
									);
								})}
							</ol>
						</>
					)}
				</div>
				<GraphView t={tr} k={k} lang={lang} label={t.graph} />
				<Share ns={this.ns} state={f.good} c={c} />
			</Frame>
		);
	}
}
