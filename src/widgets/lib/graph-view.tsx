/** A computational graph drawn with every node's value and, once known, its gradient ū = ∂L/∂u. */
import type { GraphNode } from '../../core/scalar/graph';
import type { Lang } from '../../schemas/areas';
import { OP_TEXT } from '../i18n/graph';
import { gradsAt, layout, LAYOUT as L, type Traced } from '../state/graph';
import { fmt } from './format';
import '../styles/graph.css';
import '../styles/plot.css';

/** A node's name: its label, or its value for an unnamed constant. */
export const nameOf = (n: GraphNode, lang: Lang) => n.label || fmt(n.data, lang);

/**
 * The accumulated gradient of the loss by a node, ū = ∂L/∂u (content/notation/letters.yaml), as plain
 * text: the name with a combining macron. The widgets' graphs name their nodes with single letters.
 */
export const barOf = (name: string) => `${name}\u0304`;

/** `w·x` for the node u = w·x: the operation over its operands' names. */
export function formulaOf(t: Traced, n: GraphNode, lang: Lang): string {
	const args = t.snap.edges
		.filter((e) => e.to === n.id)
		.sort((a, b) => a.slot - b.slot)
		.map((e) => nameOf(t.byId.get(e.from)!, lang));
	return OP_TEXT[n.op]?.(args[0], args[1], n.exponent) ?? n.op;
}

export function GraphView(props: { t: Traced; k: number; lang: Lang; label: string }) {
	const { t, k, lang } = props;
	const { placed, height } = layout(t.snap);
	const at = new Map(placed.map((p) => [p.id, p]));
	const grads = gradsAt(t, k);
	const step = t.steps[k - 1];
	const receivers = new Set(step?.contributions.map((c) => c.parentId));
	const h = L.box / 2;
	const edges = t.snap.edges.map((e) => {
		const a = at.get(e.from)!;
		const b = at.get(e.to)!;
		const cls = `e${step?.nodeId === e.to ? ' on' : ''}`;
		if (a.leaf) return <line class={cls} x1={a.x + L.leafW} y1={a.y} x2={b.x} y2={b.y} />;
		if (b.y - a.y <= L.row) return <line class={cls} x1={a.x + L.opW / 2} y1={a.y + h} x2={b.x + L.opW / 2} y2={b.y - h} />;
		const x = a.x + L.opW;
		return <path class={cls} d={`M${x} ${a.y}C${x + 30} ${a.y} ${x + 30} ${b.y} ${x} ${b.y}`} />;
	});
	const nodes = placed.map((p) => {
		const n = t.byId.get(p.id)!;
		const name = nameOf(n, lang);
		const g = grads.get(p.id);
		const top = n.op ? `${name} = ${formulaOf(t, n, lang)} = ${fmt(n.data, lang)}` : n.label ? `${name} = ${fmt(n.data, lang)}` : name;
		const cls = step?.nodeId === p.id ? 'cur' : receivers.has(p.id) ? 'rcv' : '';
		return (
			<g class={cls}>
				<rect x={p.x} y={p.y - h} width={p.leaf ? L.leafW : L.opW} height={L.box} rx="6" />
				<text x={p.x + 7} y={p.y - 3}>
					{top}
				</text>
				<text x={p.x + 7} y={p.y + 13} class={g === undefined ? 'q' : 'g'}>
					{barOf(name)} = {g === undefined ? '?' : fmt(g, lang)}
				</text>
			</g>
		);
	});
	return (
		<svg class="wplot wgraph" viewBox={`-2 0 ${L.opX + L.opW + 26} ${height}`} role="img" aria-label={props.label}>
			{edges}
			{nodes}
		</svg>
	);
}
