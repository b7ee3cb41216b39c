/** Strings of the chain-rule widget (`src/widgets/ChainRule.tsx`). In Russian; English in `en/chain-rule.ts`. */
const ru = {
	label: 'Правило цепочки на вычислительном графе',
	intro: 'L = (relu(w·x + b) − y)²: нейрон и квадрат его ошибки. Прямой проход уже посчитан; обратный идёт по узлу за шаг.',
	fields: { x: 'Вход x', w: 'Вес w', b: 'Смещение b', y: 'Ответ y', s: 'Шаг' } as Record<string, string>,
	back: '← Назад',
	next: 'Шаг назад по графу →',
	reset: 'К прямому проходу',
	all: 'Все шаги',
	stepOf: (k: number, n: number) => `Шаг ${k} из ${n}.`,
	forward: 'Прямой проход: каждый узел посчитан из своих входов. Черта над буквой — градиент потерь по узлу: w̄ = ∂L/∂w. Обратный проход начнётся с L̄ = 1.',
	/** `bar` is the node's gradient written with its bar, `ū`; `g` its value. */
	passes: (node: string, bar: string, g: string) =>
		`Узел ${node} передаёт свой градиент ${bar} = ${g} каждому входу: градиент узла × локальная производная.`,
	added: 'прибавлено к тому, что уже было',
	done: 'Готово: градиент есть у каждого входа. Для шага градиентного спуска нужны w̄ и b̄.',
	graph: 'Граф вычислений: значения узлов и их градиенты',
};
/** The Russian strings' shape: `en/chain-rule.ts` has the same keys. */
export type ChainRuleUi = typeof ru;
export default ru;
