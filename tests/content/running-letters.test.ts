import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { validateContent } from '../../src/graph/validate';
import { CHAIN_GRAPHS } from '../../src/topics/calculus/functions';
import { neuronLossGraph } from '../../src/topics/neural-networks/computational-graph';
import { describeGraph } from '../../src/core/scalar/graph';
import { neuronGraph } from '../../src/widgets/state/chain-rule';

/**
 * The running neuron has one set of names everywhere (issue #15, "One set of names"): the letters of
 * content/notation/letters.yaml's `neuron` group. The graphs the pages and the ChainRule widget draw
 * are checked by their node names; the pages and the topics' words by the old names they used before
 * (the chain-rule page's p and r, the widget's u, h, d, the graph pages' h for the activation).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { notation, problems } = validateContent(loadContent(ROOT).input);
const NEURON = notation.letters.filter((l) => l.group === 'neuron').map((l) => l.tex);

/** The letters a graph's leaves may carry: the data and the parameters. */
const LEAVES = new Set(['x', 'w', 'b', 'y']);
/** The intermediate nodes of the running neuron, in the table's order (ŷ is a itself for one neuron). */
const NODES = NEURON.filter((t) => !LEAVES.has(t) && t !== '\\hat y');
/** A leaf's table letter: `x_1` is an entry of x, `w_2` of w. */
const letterOf = (name: string) => (/^[xw]_\d$/.test(name) ? name[0]! : name);

/** Where a graph with two inputs shows the products apart (m₁, m₂, s); a one-input neuron has the single product m. */
const TWO_INPUTS = NODES.filter((t) => t !== 'm');
const ONE_INPUT = NODES.filter((t) => !['m_1', 'm_2', 's'].includes(t));

/** The graphs of the running neuron: every node's name, and the operation nodes' names apart. */
const GRAPHS: Record<string, () => { all: string[]; ops: string[] }> = {
	'computational-graph and backpropagation (neuronLossGraph)': () => {
		const g = neuronLossGraph({ x: [2, 1], w: [0.75, -0.5], b: 0.25, y: 2 });
		return { all: g.nodes.map((n) => n.name), ops: g.nodes.filter((n) => n.node.op !== '').map((n) => n.name) };
	},
	'chain-rule worked example (CHAIN_GRAPHS sigmoid-neuron)': () => {
		const snap = describeGraph(CHAIN_GRAPHS['sigmoid-neuron']().root);
		const named = snap.nodes.filter((n) => n.label);
		return { all: named.map((n) => n.label!), ops: named.filter((n) => n.op !== '').map((n) => n.label!) };
	},
	'ChainRule widget (neuronGraph)': () => {
		const named = neuronGraph(2, 1.5, -1, 1).snap.nodes.filter((n) => n.label);
		return { all: named.map((n) => n.label!), ops: named.filter((n) => n.op !== '').map((n) => n.label!) };
	},
};
const EXPECTED_OPS: Record<string, string[]> = {
	'computational-graph and backpropagation (neuronLossGraph)': TWO_INPUTS,
	'chain-rule worked example (CHAIN_GRAPHS sigmoid-neuron)': ONE_INPUT,
	'ChainRule widget (neuronGraph)': ONE_INPUT,
};

/** The pages that use the running neuron, both languages, and the words of their topic modules. */
const PAGES = [
	'calculus/chain-rule',
	'calculus/partial-derivatives',
	'calculus/multivariable-chain-rule',
	'neural-networks/computational-graph',
	'neural-networks/backpropagation',
	'neural-networks/backprop-matrix-form',
	'neural-networks/neuron',
];
const FILES = PAGES.flatMap((p) => [`content/docs/${p}.mdx`, `content/docs/en/${p}.mdx`, `src/topics/${p}/ru.ts`, `src/topics/${p}/en.ts`]).concat([
	'src/widgets/i18n/chain-rule.ts',
	'src/widgets/i18n/en/chain-rule.ts',
]);

/**
 * The old names of the neuron's nodes as pages wrote them: a node defined under an old letter (h for
 * the activation, p or u for the product, r, d or u for the error), a chain of arrows through one, a
 * derivative by one, the loss as the square of one. TeX and the widget's plain text alike.
 */
const OLD_NAMES: { re: RegExp; say: string }[] = [
	{ re: /(?<![\w\\])[hpud]\s*=\s*(\\operatorname\{relu\}|relu\(|\\sigma\(|σ\(|w\s*(\\cdot|·)?\s*x\b)/g, say: 'the product is m, the activation a' },
	{ re: /(?<![\w\\])[rdu]\s*=\s*(a|h|\d*\s*w\s*x?)\s*(\+\s*b\s*)?(-|−)\s*(y|1)\b/g, say: 'the error is e' },
	{ re: /(?<![\w\\])e\s*=\s*h\s*(-|−)\s*y/g, say: 'the error is e = a − y' },
	{ re: /(?<![\w\\])L\s*=\s*[rdu](\^2|²)/g, say: 'the loss is L = e²' },
	{ re: /\\to\s*[hpr]\s*\\to/g, say: 'the path runs through m, z, a, e' },
	{ re: /\\partial\s*[hpr](?![\w])/g, say: 'differentiate by m, a or e' },
];

/** A page's text without the backpropagation page's two-layer section (another example, with its own letters). */
function withoutTwoLayers(text: string): string {
	return text.replace(/^## [^\n]*\{#two-layers\}[\s\S]*?(?=^## )/m, '');
}

function oldNames(text: string, file: string): string[] {
	return OLD_NAMES.flatMap(({ re, say }) =>
		[...text.matchAll(re)].map((m) => `${file}:${text.slice(0, m.index).split('\n').length}: «${m[0]}» — ${say} (content/notation/letters.yaml)`),
	);
}

describe('the running neuron’s letters (content/notation/letters.yaml)', () => {
	test('the table has the neuron group the pages follow', () => {
		expect(problems).toEqual([]);
		expect(NODES).toEqual(expect.arrayContaining(['m', 's', 'z', 'a', 'e', 'L']));
	});

	test.each(Object.keys(GRAPHS))('%s names its nodes with the table’s letters', (name) => {
		const { all, ops } = GRAPHS[name]!();
		for (const n of all) expect(NEURON, `${name}: node ${n} is not a letter of the neuron group`).toContain(letterOf(n));
		expect(ops).toEqual(EXPECTED_OPS[name]);
	});

	test('the pages and the topics’ words do not use the old names for the neuron’s nodes', () => {
		const hits = FILES.flatMap((file) => oldNames(withoutTwoLayers(readFileSync(join(ROOT, file), 'utf8')), file));
		expect(hits, hits.join('\n')).toEqual([]);
	});

	test('the check finds each old name the pages used, and passes the new ones', () => {
		const old = [
			'$p = w \\cdot x$', '$r = a - y$', '$L = r^2$', 'u = w·x', 'd = h − y', '$h = \\operatorname{relu}(z)$', '$e = h - y$',
			'$w_1 \\to m_1 \\to s \\to z \\to h \\to e \\to L$', '$\\frac{\\partial L}{\\partial p}$', '$u = 2w + b - 1$',
		];
		for (const text of old) expect(oldNames(text, 'sample'), text).toHaveLength(1);
		const now = [
			'$m = w \\cdot x$', '$e = a - y$', '$L = e^2$', 'm = w·x', '$a = \\operatorname{relu}(z)$', '$e = 2w + b - 1$',
			'$w_1 \\to m_1 \\to s \\to z \\to a \\to e \\to L$', '$\\bar m = \\bar z \\cdot \\frac{\\partial z}{\\partial m}$',
			'$\\frac{f(x + h) - f(x)}{h}$', '$u = x \\cdot y$', '$h_1 = \\operatorname{relu}(z_1)$',
		];
		for (const text of now) expect(oldNames(text, 'sample'), text).toEqual([]);
	});
});
