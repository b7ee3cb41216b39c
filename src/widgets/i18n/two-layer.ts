/** Strings of the two-layer backprop widget (`src/widgets/TwoLayerBackprop.tsx`). In Russian; English in `en/two-layer.ts`. */
const ru = {
	label: 'Обратный проход по сети 2→2→1, узел за узлом',
	intro: 'Та же сеть и те же числа, что в примере выше. Под каждым узлом — его накопленный градиент ū = ∂L/∂u, как только он известен. Шаги листают и клавиши ← →, Home и End.',
	first: '« В начало',
	back: '← Назад',
	next: 'Дальше →',
	last: 'В конец »',
	stepOf: (k: number, n: number) => `Шаг ${k} из ${n}.`,
	forward: 'Прямой проход посчитан: значения узлов — над ними. Обратный начнётся с L̄ = 1.',
	node: (v: string, formula: string) => `Узел ${v} = ${formula}. Его градиент уже полный:`,
	locals: 'Локальные производные:',
	products: 'Произведения (градиент узла × локальная производная), каждое прибавляется к градиенту входа:',
	added: (before: string, product: string, after: string) => `второй путь: ${before} + ${product} = ${after}`,
	firstOfTwo: 'первое из двух слагаемых: этот вход питает и второй скрытый нейрон',
	onePath: (a: string, y: string) => `${a} питает только ${y}: путь один, градиент — одно произведение.`,
	sum: (x: string) => `Вход ${x} питает оба скрытых нейрона: к потере ведут два пути, и его градиент — сумма двух произведений, по одному на путь.`,
	update: (eta: string) => `Один шаг обновления: каждый параметр сдвигается против своего градиента, новое = старое − η · ū, η = ${eta}.`,
	param: 'Параметр',
	before: 'Было',
	after: 'Стало',
	loss: (before: string, after: string) => `Потеря на этом примере: было ${before}, стало ${after}.`,
	graph: 'Сеть 2→2→1: значения узлов и их накопленные градиенты',
};
/** The Russian strings' shape: `en/two-layer.ts` has the same keys. */
export type TwoLayerUi = typeof ru;
export default ru;
