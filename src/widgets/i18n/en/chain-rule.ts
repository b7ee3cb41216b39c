/** Strings of the chain-rule widget (`src/widgets/ChainRule.tsx`), in English; Russian, the model, in `../chain-rule.ts`. */
import type { ChainRuleUi } from '../chain-rule';

const en: ChainRuleUi = {
	label: 'The chain rule on a computational graph',
	intro: 'L = (relu(w·x + b) − y)²: a neuron and its squared error. The forward pass is done; the backward pass goes one node per step.',
	fields: { x: 'Input x', w: 'Weight w', b: 'Bias b', y: 'Target y', s: 'Step' },
	back: '← Back',
	next: 'Step back through the graph →',
	reset: 'To the forward pass',
	all: 'All steps',
	stepOf: (k, n) => `Step ${k} of ${n}.`,
	forward: 'Forward pass: each node is computed from its inputs. A bar over a letter is the gradient of the loss with respect to that node: w̄ = ∂L/∂w. The backward pass starts from L̄ = 1.',
	passes: (node, bar, g) => `Node ${node} passes its gradient ${bar} = ${g} to each input: the node’s gradient × the local derivative.`,
	added: 'added to what was already there',
	done: 'Done: every input has its gradient. A training step needs w̄ and b̄.',
	graph: 'The computational graph: node values and their gradients',
};
export default en;
