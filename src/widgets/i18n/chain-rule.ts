/** Strings of the chain-rule widget (`src/widgets/ChainRule.tsx`). */
const ru = {
	label: 'Правило цепочки на вычислительном графе',
	intro: 'L = (relu(w·x + b) − y)²: нейрон и квадрат его ошибки. Прямой проход уже посчитан; обратный идёт по узлу за шаг.',
	fields: { x: 'Вход x', w: 'Вес w', b: 'Смещение b', y: 'Ответ y', s: 'Шаг' } as Record<string, string>,
	back: '← Назад',
	next: 'Шаг назад по графу →',
	reset: 'К прямому проходу',
	all: 'Все шаги',
	stepOf: (k: number, n: number) => `Шаг ${k} из ${n}.`,
	forward: 'Прямой проход: каждый узел посчитан из своих входов. Обратный начнётся с ∂L/∂L = 1.',
	passes: (node: string, g: string) =>
		`Узел ${node} передаёт свой градиент ∂L/∂${node} = ${g} каждому входу: градиент узла × местная производная.`,
	added: 'прибавлено к тому, что уже было',
	done: 'Готово: градиент есть у каждого входа. Для шага обучения нужны ∂L/∂w и ∂L/∂b.',
	graph: 'Граф вычислений: значения узлов и их градиенты',
};
export const CHAIN_UI: Record<'ru' | 'en', typeof ru> = {
	ru,
	en: {
		label: 'The chain rule on a computational graph',
		intro: 'L = (relu(w·x + b) − y)²: a neuron and its squared error. The forward pass is done; the backward pass goes one node per step.',
		fields: { x: 'Input x', w: 'Weight w', b: 'Bias b', y: 'Target y', s: 'Step' },
		back: '← Back',
		next: 'Step back through the graph →',
		reset: 'To the forward pass',
		all: 'All steps',
		stepOf: (k, n) => `Step ${k} of ${n}.`,
		forward: 'Forward pass: each node is computed from its inputs. The backward pass starts from ∂L/∂L = 1.',
		passes: (node, g) => `Node ${node} passes its gradient ∂L/∂${node} = ${g} to each input: the node’s gradient × the local derivative.`,
		added: 'added to what was already there',
		done: 'Done: every input has its gradient. A training step needs ∂L/∂w and ∂L/∂b.',
		graph: 'The computational graph: node values and their gradients',
	},
};
