/** Strings of the convolution widget (`src/widgets/Convolution.tsx`). In Russian; English in `en/convolution.ts`. */
const ru = {
	label: 'Свёртка: ядро скользит по входу',
	intro: 'Выход — сумма произведений ядра на окно входа; ядро сдвигается на шаг, дополнение добавляет нули по краям.',
	fields: { d: 'Размерность', x: 'Вход x', k: 'Ядро w', s: 'Шаг (stride)', p: 'Дополнение нулями (padding)', o: 'Выход' } as Record<
		string,
		string
	>,
	dims: { '1': '1-D', '2': '2-D' } as Record<string, string>,
	padded: 'x с дополнением',
	out: 'y = x ⋆ w',
	tooLarge: (k: string, x: string, p: number) =>
		`Ядро ${k} не помещается во вход ${x} даже с дополнением ${p} с каждой стороны: окну негде встать, выхода нет. Увеличьте дополнение или уменьшите ядро.`,
	hint: 'Наведите указатель или Tab на выход: подсветится его окно.',
	grads: 'Градиенты для L = Σ y (∂L/∂y = 1): ∂L/∂w[t] — сумма входов под весом t, ∂L/∂x[i] — сумма весов, касавшихся x[i].',
};
/** The Russian strings' shape: `en/convolution.ts` has the same keys. */
export type ConvolutionUi = typeof ru;
export default ru;
