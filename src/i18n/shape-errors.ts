import { type MessageTable, type ShapeErrorDetails } from '../core/errors';
import { formatShape } from '../core/shape-notation';
import { describeShapeError, englishMessages } from './shape-errors-en';
import type { Lang } from '../schemas/areas';
import { plural } from './plural';


/** The core's shape errors in Russian; typed as a full table so the compiler reports any code left out. */
export const russianMessages: MessageTable = {
	'matmul-inner': ({ left, right }) =>
		`Нельзя умножить ${formatShape(left)}·${formatShape(right)}: у первой матрицы ${left[1]!} ${plural(left[1]!, 'столбец', 'столбца', 'столбцов')}, ` +
		`а у второй ${right[0]!} ${plural(right[0]!, 'строка', 'строки', 'строк')}; число столбцов первой должно равняться числу строк второй.`,
	'bias-length': ({ matrix, bias }) =>
		`Нельзя прибавить смещение формы ${formatShape(bias)} к матрице ${formatShape(matrix)}: смещение прибавляется к каждой строке, ` +
		`поэтому в нём должно быть по числу на столбец — ${matrix[1]}, а в нём ${bias[0]}.`,
	'upstream-shape': ({ op, output, upstream }) =>
		`Градиент, пришедший в ${op}, имеет форму ${formatShape(upstream)}, а выход ${op} — ${formatShape(output)}: ` +
		`в градиенте по производной на каждое число, поэтому формы должны совпадать.`,
	'target-shape': ({ prediction, target }) =>
		`Нельзя сравнить предсказание ${formatShape(prediction)} с ответом ${formatShape(target)}: числа сравниваются попарно, формы должны совпадать.`,
	'output-shape': ({ op, result, buffer }) =>
		`Буфер для результата ${op} имеет форму ${formatShape(buffer)}, а результат — ${formatShape(result)}.`,
	'data-length': ({ shape, length }) =>
		`В матрице ${formatShape(shape)} ${shape.reduce((a, b) => a * b, 1)} чисел, а дано ${length}.`,
	'ragged-rows': ({ row, length, expected }) =>
		`В строке ${row} ${length} ${plural(length, 'число', 'числа', 'чисел')}, а в строке 0 — ${expected}: все строки матрицы должны быть одной длины.`,
	'invalid-dimension': ({ shape }) =>
		`${formatShape(shape)} — не форма матрицы: каждый размер должен быть целым числом не меньше нуля.`,
	'empty-batch': ({ op, shape }) =>
		`Нельзя посчитать ${op} для батча ${formatShape(shape)}: в нём нет чисел, а среднее пустого набора не определено.`,
	'label-count': ({ logits, labels }) =>
		`Дано ${labels} ${plural(labels, 'метка', 'метки', 'меток')} для логитов ${formatShape(logits)}: каждой из ${logits[0]} строк нужна ровно одна метка класса.`,
	'label-range': ({ row, label, classes }) =>
		`Метка ${label} в строке ${row} — не номер класса: при ${classes} классах метка — целое число от 0 до ${classes - 1}.`,
	'kernel-too-large': ({ input, kernel, padding }) =>
		`Ядро ${formatShape(kernel)} не помещается во вход ${formatShape(input)} даже с дополнением ${padding} с каждой стороны.`,
	'invalid-stride': ({ stride }) => `Шаг должен быть целым числом не меньше 1 (на сколько сдвигается ядро), а он равен ${stride}.`,
	'invalid-padding': ({ padding }) => `Дополнение должно быть целым числом не меньше нуля (сколько нулей добавить с каждой стороны), а оно равно ${padding}.`,
	'layer-sizes': ({ sizes }) =>
		`Сети нужно хотя бы два размера слоёв (входы и выходы), каждый — целое число не меньше 1, а дано [${sizes.join(', ')}].`,
	'target-kind': ({ loss, examples }) =>
		loss === 'mse'
			? `Среднеквадратичная ошибка сравнивает выходы с целевыми значениями, поэтому ей нужна матрица ответов той же формы, что и выход, — по строке на каждый из ${examples} примеров, а не список меток классов.`
			: `Softmax с перекрёстной энтропией оценивает вероятность правильного класса, поэтому ей нужны метки классов — по целому числу на каждый из ${examples} примеров, а не матрица ответов.`,
	'input-width': ({ expected, batch }) =>
		`Сеть принимает ${expected} ${plural(expected, 'вход', 'входа', 'входов')} на пример, а в батче ${formatShape(batch)} ${batch[1]!} ${plural(batch[1]!, 'столбец', 'столбца', 'столбцов')}: ` +
		`каждая строка — один пример, по столбцу на вход.`,
	'gradient-count': ({ params, grads }) =>
		`Оптимизатор получил ${params} ${plural(params, 'массив параметров', 'массива параметров', 'массивов параметров')} и ${grads} ${plural(grads, 'массив градиентов', 'массива градиентов', 'массивов градиентов')}: ` +
		`каждому параметру нужен свой градиент, в том же порядке.`,
	'gradient-length': ({ param, length, gradLength }) =>
		`В массиве параметров ${param} ${length} ${plural(length, 'число', 'числа', 'чисел')}, а в его градиенте ${gradLength}: в градиенте по производной на каждый параметр.`,
};

const TABLES: Record<Lang, MessageTable> = { ru: russianMessages, en: englishMessages };

/** A core shape error in the page's language. */
export function shapeErrorText(details: ShapeErrorDetails, lang: Lang): string {
	return describeShapeError(details, TABLES[lang]);
}
