import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { TopicGraph } from '../graph/build-graph';

/**
 * Lays the topic graph out at build time with ELK's layered algorithm (prerequisites above the
 * topics that need them) and returns plain coordinates for an inline SVG. Nothing of ELK reaches
 * the browser: the roadmap is static markup that reads with JavaScript off.
 */

export interface NodeBox {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** The title split into lines that fit the box. */
	lines: string[];
}

export interface EdgePath {
	/** The prerequisite. */
	from: string;
	/** The topic that needs it. */
	to: string;
	/** Polyline points, start to end. */
	points: { x: number; y: number }[];
}

export interface RoadmapLayout {
	width: number;
	height: number;
	nodes: NodeBox[];
	edges: EdgePath[];
}

const NODE_WIDTH = 176;
const LINE_HEIGHT = 17;
const PADDING_Y = 12;
const CHARS_PER_LINE = 22;

/** Splits a title into lines of at most `max` characters, breaking between words. */
export function wrapTitle(title: string, max = CHARS_PER_LINE): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of title.split(/\s+/)) {
		if (line && (line + ' ' + word).length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

export async function layoutRoadmap(graph: TopicGraph, titles: Record<string, string>): Promise<RoadmapLayout> {
	const elk = new ELK();
	const lines = Object.fromEntries(graph.order.map((id) => [id, wrapTitle(titles[id] ?? id)]));
	const input: ElkNode = {
		id: 'root',
		layoutOptions: {
			'elk.algorithm': 'layered',
			'elk.direction': 'DOWN',
			'elk.layered.spacing.nodeNodeBetweenLayers': '56',
			'elk.spacing.nodeNode': '24',
			'elk.edgeRouting': 'POLYLINE',
			// Keep the model order (the graph's topological order, grouped by area) where crossings allow.
			'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
			'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
		},
		children: graph.order.map((id) => ({
			id,
			width: NODE_WIDTH,
			height: lines[id]!.length * LINE_HEIGHT + 2 * PADDING_Y,
		})),
		edges: graph.order.flatMap((id) =>
			graph.topics[id]!.data.prerequisites.map((p) => ({ id: `${p.topic}->${id}`, sources: [p.topic], targets: [id] })),
		),
	};
	const result = await elk.layout(input);
	const nodes: NodeBox[] = (result.children ?? []).map((n) => ({
		id: n.id,
		x: n.x ?? 0,
		y: n.y ?? 0,
		width: n.width ?? NODE_WIDTH,
		height: n.height ?? 0,
		lines: lines[n.id]!,
	}));
	const edges: EdgePath[] = (result.edges ?? []).map((e) => {
		const section = e.sections?.[0];
		const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
		return { from: e.sources[0]!, to: e.targets[0]!, points };
	});
	return { width: result.width ?? 0, height: result.height ?? 0, nodes, edges };
}
