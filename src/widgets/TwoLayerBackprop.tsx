/**
 * Widget: the backward pass of the backpropagation page's 2→2→1 network, stepped node by node (L, ŷ,
 * a₁, a₂, z₁, z₂, then the two inputs' sums over two paths, then one update). Each step highlights the
 * node, lists its local derivatives and the products it hands back, and says where two paths add up.
 * Every number comes from the page's module (`twoLayerSteps`, the core's autograd underneath); the
 * widget only draws. The step is in the address (`tl.s`), and its link lands at the widget.
 * A page imports its language's entry, `import TwoLayerBackprop from '~/widgets/ru/TwoLayerBackprop'`.
 */
import type { Handed, PassStep } from '../topics/neural-networks/backpropagation/two-layer';
import type { TwoLayerUi } from './i18n/two-layer';
import { factor, fmt } from './lib/format';
import { Form, type WidgetProps } from './lib/form';
import { FormMsg, Frame, Share } from './lib/ui';
import { checkTwo, LAST, PASS, TWO_DEFAULTS } from './state/two-layer';
import type { Lang } from '../schemas/areas';
import './styles/graph.css';
import './styles/plot.css';

/** ū: the name with a bar over its letter (a combining macron after the first character). */
export const bar = (u: string) => `${u[0]}\u0304${u.slice(1)}`;

/**
 * ū in the page: a combining macron, except over ŷ, where fonts draw the macron on top of the hat;
 * there an overline (CSS `.ov`) sits above it. `svg`: inside an SVG <text>, as a <tspan>.
 */
export function Bar(props: { u: string; svg?: boolean }) {
	if (props.u !== 'ŷ') return <>{bar(props.u)}</>;
	return props.svg ? <tspan class="ov">ŷ</tspan> : <span class="ov">ŷ</span>;
}

/** Where each node of the network is drawn (viewBox units), left to right as the forward pass runs. */
const AT: Record<string, [number, number]> = {
	'x₁': [24, 56],
	'x₂': [24, 150],
	'z₁': [92, 56],
	'z₂': [92, 150],
	'a₁': [160, 56],
	'a₂': [160, 150],
	'ŷ': [228, 103],
	L: [294, 103],
};
const EDGES: [string, string][] = [
	['x₁', 'z₁'],
	['x₁', 'z₂'],
	['x₂', 'z₁'],
	['x₂', 'z₂'],
	['z₁', 'a₁'],
	['z₂', 'a₂'],
	['a₁', 'ŷ'],
	['a₂', 'ŷ'],
	['ŷ', 'L'],
];
const R = 15;

/** ū of every drawn node after the first k steps, and whether it is still missing a path. */
function gradsAfter(k: number): Map<string, { g: number; partial: boolean }> {
	const known = new Map<string, { g: number; partial: boolean }>([['L', { g: 1, partial: false }]]);
	for (const s of PASS.steps.slice(0, k)) {
		if (s.kind === 'node') for (const h of s.handed) if (h.to in AT) known.set(h.to, { g: h.after, partial: h.to[0] === 'x' && s.node === 'z₁' });
	}
	return known;
}

function Net(props: { k: number; lang: Lang; label: string }) {
	const { k, lang } = props;
	const step = PASS.steps[k - 1];
	const cur = step && step.kind !== 'update' ? step.node : undefined;
	const rcv = new Set(step?.kind === 'node' ? step.handed.map((h) => h.to) : step?.kind === 'sum' ? step.terms.map((t) => t.via) : []);
	const grads = gradsAfter(k);
	const values = new Map(PASS.forward.map((f) => [f.node, f.value]));
	return (
		<svg class="wplot wgraph wnet" viewBox="0 0 320 196" role="img" aria-label={props.label} tabIndex={0}>
			{EDGES.map(([u, v]) => {
				const [[x1, y1], [x2, y2]] = [AT[u]!, AT[v]!];
				const on = cur === v || (step?.kind === 'sum' && cur === u);
				return <line class={`e${on ? ' on' : ''}`} x1={x1 + R} y1={y1} x2={x2 - R} y2={y2} />;
			})}
			{Object.entries(AT).map(([name, [x, y]]) => {
				const g = grads.get(name);
				return (
					<g class={cur === name ? 'cur' : rcv.has(name) ? 'rcv' : undefined}>
						<circle cx={x} cy={y} r={R} />
						<text x={x} y={y + 4.5} text-anchor="middle" class="n">
							{name}
						</text>
						<text x={x} y={y - R - 6} text-anchor="middle">
							{fmt(values.get(name)!, lang)}
						</text>
						<text x={x} y={y + R + 15} text-anchor="middle" class={g ? 'g' : 'q'}>
							<Bar u={name} svg />={g ? `${fmt(g.g, lang)}${g.partial ? '+…' : ''}` : '?'}
						</text>
					</g>
				);
			})}
		</svg>
	);
}

/** One product a node hands back: ū = v̄ · ∂v/∂u = numbers, and a note where two paths meet. */
function Product(props: { v: string; h: Handed; upstream: number; t: TwoLayerUi; lang: Lang }) {
	const { v, h, upstream, t, lang } = props;
	const note = h.before !== 0 ? t.added(fmt(h.before, lang), factor(h.product, lang), fmt(h.after, lang)) : h.to[0] === 'x' ? t.firstOfTwo : '';
	return (
		<li>
			<Bar u={h.to} /> {h.before !== 0 ? '+=' : '='} <Bar u={v} /> · ∂{v}/∂{h.to} = {fmt(upstream, lang)} · {factor(h.local, lang)} = {fmt(h.product, lang)}
			{note && <span class="wnote"> ({note})</span>}
		</li>
	);
}

function Explain(props: { s: PassStep; t: TwoLayerUi; lang: Lang }) {
	const { s, t, lang } = props;
	const f = (x: number) => fmt(x, lang);
	if (s.kind === 'node') {
		const hidden = s.handed.filter((h) => h.to[0] === 'a');
		return (
			<>
				<p>
					{t.node(s.node, s.formula)} <Bar u={s.node} /> = {f(s.grad)}.
				</p>
				<p>{t.locals}</p>
				<ul class="wsteps wformula">
					{s.handed.map((h) => (
						<li>
							∂{s.node}/∂{h.to} = {h.rule === '1' ? '' : `${h.rule} = `}
							{f(h.local)}
						</li>
					))}
				</ul>
				<p>{t.products}</p>
				<ol class="wsteps wformula">
					{s.handed.map((h) => (
						<Product v={s.node} h={h} upstream={s.grad} t={t} lang={lang} />
					))}
				</ol>
				{hidden.map((h) => (
					<p>{t.onePath(h.to, s.node)}</p>
				))}
			</>
		);
	}
	if (s.kind === 'sum')
		return (
			<>
				<p>{t.sum(s.node)}</p>
				<p class="wformula">
					{bar(s.node)} = {s.terms.map((x) => `${bar(x.via)}·∂${x.via}/∂${s.node}`).join(' + ')} = {s.terms.map((x) => `${f(x.viaGrad)}·${factor(x.local, lang)}`).join(' + ')} ={' '}
					{s.terms.map((x) => factor(x.product, lang)).join(' + ')} = {f(s.grad)}
				</p>
			</>
		);
	return (
		<>
			<p>{t.update(f(s.eta))}</p>
			<table>
				<thead>
					<tr>
						<th>{t.param}</th>
						<th>{t.before}</th>
						<th>ū</th>
						<th>{t.after}</th>
					</tr>
				</thead>
				<tbody>
					{s.params.map((p) => (
						<tr>
							<td>{p.name}</td>
							<td>{f(p.before)}</td>
							<td>{f(p.grad)}</td>
							<td>{f(p.after)}</td>
						</tr>
					))}
				</tbody>
			</table>
			<p>{t.loss(f(s.loss), f(s.lossAfter))}</p>
		</>
	);
}

/** The keys that step: ← → one step, Home / End the first and the last. */
const KEYS: Record<string, (k: number) => number> = { ArrowLeft: (k) => k - 1, ArrowRight: (k) => k + 1, Home: () => 0, End: () => LAST };

export default class TwoLayerBackprop extends Form<number, unknown, WidgetProps<TwoLayerUi>> {
	constructor(props: WidgetProps<TwoLayerUi>) {
		super(props, 'tl', TWO_DEFAULTS, checkTwo);
	}

	render() {
		const { lang, t, c } = this.props;
		const f = this.state;
		const k = f.s;
		const go = (s: number) => this.set({ s: String(Math.max(0, Math.min(LAST, s))) });
		const step = PASS.steps[k - 1];
		const onKey = (e: KeyboardEvent) => {
			const to = KEYS[e.key];
			if (!to) return;
			e.preventDefault();
			go(to(k));
		};
		return (
			<Frame cls="two-layer" label={t.label}>
				<p>{t.intro}</p>
				<FormMsg f={f} c={c} labels={{ s: t.stepOf(k, LAST) }} />
				<div onKeyDown={onKey}>
					<div class="wrow">
						<button type="button" onClick={() => go(0)} disabled={k === 0}>
							{t.first}
						</button>
						<button type="button" onClick={() => go(k - 1)} disabled={k === 0}>
							{t.back}
						</button>
						<button type="button" onClick={() => go(k + 1)} disabled={k === LAST}>
							{t.next}
						</button>
						<button type="button" onClick={() => go(LAST)} disabled={k === LAST}>
							{t.last}
						</button>
					</div>
					<Net k={k} lang={lang} label={t.graph} />
				</div>
				<div aria-live="polite" class="wexplain">
					<p>
						<strong>{t.stepOf(k, LAST)}</strong> {k === 0 && t.forward}
					</p>
					{step && <Explain s={step} t={t} lang={lang} />}
				</div>
				<Share ns={this.ns} state={f.good} c={c} hash="two-layer-widget" />
			</Frame>
		);
	}
}
