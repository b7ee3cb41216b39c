/**
 * What each known error means, in Russian, written from the reader's own numbers (the facts that
 * src/errors/catalogue.ts reads out of the message). The page script loads the table of its page's
 * language only; the static sections of /errors/ use it with each error's example.
 */
import type { FactTable } from '../catalogue';
import { numel } from '../read';
import { plural } from '../../i18n/plural';
import { russianMessages } from '../../i18n/shape-errors';
import { perExample, shapeText as sh } from './shape-text';

const cols = (n: number) => `${n} ${plural(n, 'столбец', 'столбца', 'столбцов')}`;
const rows = (n: number) => `${n} ${plural(n, 'строка', 'строки', 'строк')}`;
const axes = (n: number) => `${n} ${plural(n, 'ось', 'оси', 'осей')}`;
const numbers = (n: number) => `${n} ${plural(n, 'число', 'числа', 'чисел')}`;

/**
 * The product shape rule with the reader's matrices: the core's own explanation of its matmul error
 * (src/i18n/shape-errors.ts, the one the shapes widget shows), then why the inner sizes must agree.
 */
const product = (left: readonly number[], right: readonly number[]) =>
	`${russianMessages['matmul-inner']({ code: 'matmul-inner', left, right })} Каждый элемент результата — скалярное произведение строки первой матрицы (длины ${left[1]}) на столбец второй (длины ${right[0]}).`;

/** Why a broadcast failed, axis by axis. */
function broadcast(f: { left: readonly (number | null)[]; right: readonly (number | null)[]; sizes?: readonly [number, number]; fromEnd?: number; result?: readonly number[] }): string {
	const head = `Формы ${sh(f.left)} и ${sh(f.right)} выравниваются по правому краю и сравниваются ось за осью: пара размеров подходит, если они равны или один из них 1 (он растягивается).`;
	if (f.sizes && f.fromEnd) return `${head} ${f.fromEnd}-я ось с конца: ${f.sizes[0]} и ${f.sizes[1]} — не равны, и ни один не 1.`;
	if (f.result) return `${head} Эти формы совместимы (результат ${sh(f.result)}), значит, не совпало что-то ещё — например, третий операнд.`;
	return head;
}

/** What a reshape needs: the count of numbers is kept, so the sizes must multiply to it. */
function reshape(what: string, shape: readonly (number | null)[], size: number, fixed: number, inferred: boolean): string {
	const known = shape.filter((x) => x !== null && x !== -1);
	if (inferred)
		return `${what} в массиве ${numbers(size)}; известные размеры ${known.join('×') || '—'} дают ${fixed}, и вместо −1 должно встать ${size} / ${fixed}, но ${size} не делится на ${fixed} нацело.`;
	return `${what} форма ${sh(shape)} вмещает ${numbers(fixed)}, а в массиве их ${size}: изменение формы никогда не меняет количество чисел.`;
}

export const MEANING_RU: FactTable<string> = {
	'mat1-mat2-shapes': ({ left, right }) =>
		`${product(left, right)} Если это nn.Linear, то первая матрица — батч входов (${left[0]} ${plural(left[0], 'пример', 'примера', 'примеров')} по ${left[1]} ${plural(left[1], 'признаку', 'признака', 'признаков')}), а вторая — транспонированные веса слоя nn.Linear(${right[0]}, ${right[1]}): слой ждёт ${right[0]} ${plural(right[0], 'входной признак', 'входных признака', 'входных признаков')}, а приходит ${left[1]}.`,
	'numpy-matmul-core-dimension': ({ op, operand, dim, got, expected }) =>
		op === 'matmul' && operand === 1 && dim === 0
			? `В a @ b длина строки a (последняя ось) должна равняться высоте b (предпоследняя ось): у a ${cols(expected)}, у b ${rows(got)}.`
			: `${op}: у операнда ${operand} ядерная ось ${dim} имеет размер ${got}, а сигнатура требует ${expected}.`,
	'numpy-shapes-not-aligned': ({ left, right, a, i, b, j, matrices }) =>
		matrices ? product(left as number[], right as number[]) : `np.dot складывает произведения по оси ${i} первого массива ${sh(left)} и оси ${j} второго ${sh(right)}, поэтому их размеры должны совпасть, а они ${a} и ${b}.`,
	'tf-matrix-size-incompatible': ({ left, right }) => `${product(left, right)} В слое Dense вторая матрица — его ядро: слой создан для ${right[0]} входов, а на вход пришло ${left[1]}.`,
	'tensor-size-mismatch': ({ a, b, dim }) =>
		`Поэлементная операция (+, −, *, сравнение, функция потерь) над двумя тензорами: размеры выравниваются по правому краю, и на оси ${dim} выровненной формы оказались ${a} и ${b}. Пара подходит, только если размеры равны или один из них 1; ${a} и ${b} — нет.`,
	'expanded-size': ({ target, existing, dim }) =>
		`Ось ${dim} размера ${existing} пытаются растянуть до ${target} (expand, присваивание в срез, broadcast_to). Растянуть можно только ось размера 1; ось размера ${existing} должна совпасть с целью.`,
	'numpy-broadcast': (f) => broadcast(f),
	'numpy-non-broadcastable-output': ({ output, broadcast: b }) =>
		`У результата операции форма ${sh(b)}, а записать его нужно в массив формы ${sh(output)} (out= или a += b): массив, в который пишут на месте, не может вырасти.`,
	'tf-incompatible-shapes': (f) => broadcast(f),
	'mse-target-size': ({ target, input, result }) =>
		result
			? `Предсказания формы ${sh(input)}, ответы формы ${sh(target)}. Broadcasting молча растягивает обе до ${sh(result)}: каждое предсказание сравнивается с каждым ответом, и MSE усредняет ${numel(result)} разностей вместо ${numel(input)}. Ошибки нет, но модель учится не тому.`
			: `Предсказания формы ${sh(input)}, ответы формы ${sh(target)}: формы различаются, и следующей строкой обычно идёт ошибка broadcasting.`,
	'shape-invalid-for-input-size': ({ shape, size, fixed, inferred }) => reshape(`view/reshape(${shape.join(', ')}):`, shape, size, fixed, inferred),
	'view-size-not-compatible': () =>
		'view не копирует данные, а только по-новому читает ту же память. После transpose, permute или среза с шагом числа тензора лежат в памяти не подряд, и нужную форму нельзя получить без копии.',
	'numpy-cannot-reshape': ({ size, shape, fixed, inferred }) => reshape('reshape:', shape, size, fixed, inferred),
	'numpy-concatenate': ({ dim, i, a, j, b }) =>
		`Склеиваемые массивы должны совпадать по всем осям, кроме оси склейки. По оси ${dim} у массива №${i} размер ${a}, у массива №${j} — ${b}.`,
	'dimension-out-of-range': ({ low, high, got, ndim }) =>
		`У тензора ${axes(ndim)}: номера осей от ${low} до ${high}, а запрошена ось ${got}.${ndim === 1 ? ' Тензор одномерный — чаще всего это батч без второй оси, например выход, сжатый squeeze(), или один пример вместо батча.' : ''}`,
	'numpy-axis-out-of-bounds': ({ axis, ndim }) => `У массива ${axes(ndim)} (номера от ${-ndim} до ${ndim - 1}), а запрошена ось ${axis}.`,
	'conv-input-channels': ({ weight, input, expected, got }) => {
		const nhwc = input.length === 4 && input[3] === expected;
		return `Свёртка с весами ${sh(weight)} (выходные каналы, входные каналы, высота и ширина ядра) ждёт на входе ${expected} ${plural(expected, 'канал', 'канала', 'каналов')}, а пришёл тензор ${sh(input)}: по оси 1 у него ${got}. PyTorch хранит картинки как (батч, каналы, высота, ширина).${nhwc ? ` Последняя ось входа равна ${expected} — похоже, каналы стоят в конце, как в NumPy и Keras.` : ''}`;
	},
	'target-out-of-bounds': ({ target }) =>
		target < 0
			? `Метка ${target} отрицательная. CrossEntropyLoss и NLLLoss принимают номера классов от 0 до C − 1 (отрицательной может быть только ignore_index, по умолчанию −100).`
			: `Метка ${target} — не номер класса: CrossEntropyLoss и NLLLoss принимают номера от 0 до C − 1, где C — число выходов модели. Значит, у модели не больше ${target} ${plural(target, 'выхода', 'выходов', 'выходов')}, а меткам нужно хотя бы ${target + 1}.`,
	'batch-size-mismatch': ({ input, target }) =>
		`Строк логитов (примеров) ${input}, меток ${target}; потери считаются попарно, пример i с меткой i.${target > input && target % input === 0 ? ` Меток ровно в ${target / input} раза больше — похоже, метки one-hot развернули в один вектор или view склеил не те оси.` : ''}${input > target && input % target === 0 ? ` Логитов ровно в ${input / target} раза больше — похоже, view(-1, …) в forward перемешал батч с другой осью.` : ''}`,
	'multi-target-not-supported': () =>
		'Метки для CrossEntropyLoss с логитами (N, C) должны быть вектором номеров классов формы (N,), а пришёл двумерный тензор — обычно one-hot формы (N, C) или столбец (N, 1).',
	'target-long-expected': ({ found }) => `Номера классов для CrossEntropyLoss и NLLLoss — целые числа типа Long (int64), а у меток тип ${found}.`,
	'probability-target-dtype': ({ got }) =>
		`Метки той же формы, что и логиты, PyTorch читает как вероятности классов, то есть дробные числа, а у ваших тип ${got}. Обычно это one-hot из целых чисел.`,
	'expected-target-size': ({ expected, got }) =>
		`Для логитов с дополнительными осями (N, C, d₁, …) метки должны иметь форму ${sh(expected)} — все оси, кроме оси классов, — а пришли ${sh(got)}.`,
	'grad-implicit-scalar': () =>
		'backward() без аргумента начинает обратный проход с ∂L/∂L = 1, а это имеет смысл только для одного числа L. Тензор, от которого его вызвали, содержит несколько чисел: например, потери с reduction="none" или выход модели.',
	'no-grad-fn': ({ element }) =>
		`Тензор №${element}, от которого вызван backward, не связан с графом вычислений: ни он, ни то, из чего он посчитан, не требует градиента. Так бывает после .detach(), .item(), перехода в NumPy или вычисления под torch.no_grad().`,
	'leaf-in-place': () =>
		'Параметр — лист графа с requires_grad=True — меняют на месте (w -= η * w.grad) с включённой записью графа. Autograd не может записать такую операцию: шаг градиентного спуска выполняют внутри torch.no_grad().',
	'modified-by-inplace': (f) =>
		'shape' in f && f.shape
			? `Тензор ${f.type} формы ${sh(f.shape)} (выход ${f.op}) нужен обратному проходу, но после прямого прохода его изменили на месте: версия ${f.version}, а граф запомнил ${f.expectedVersion}.`
			: 'Тензор, который нужен обратному проходу, изменили на месте после того, как он попал в граф: x += …, relu(inplace=True), присваивание в срез.',
	'nan-loss': ({ value }) =>
		`Потери стали ${value}: где-то в вычислении появилось бесконечное или неопределённое число, и дальше оно заражает всё. Частые причины: log(0) в самописной кросс-энтропии, exp большого числа в softmax без вычитания максимума, слишком большая скорость обучения η.`,
	'returned-nan-values': ({ fn, output }) =>
		`Поиск аномалий (set_detect_anomaly) нашёл NaN в градиенте: обратный шаг ${fn} выдал NaN в выходе №${output}. Ищите операцию ${fn.replace(/Backward\d*$/, '')} в прямом проходе: её производная в этой точке не определена или бесконечна (деление на 0, log(0), sqrt(0)).`,
	'numpy-floating-point-warning': ({ kind, op }) =>
		kind === 'overflow'
			? `Переполнение в ${op}: результат больше, чем вмещает float (около 1,8·10³⁰⁸ для float64; exp(710) уже inf). Дальше inf − inf или inf/inf даст nan.`
			: kind === 'divide by zero'
				? `Деление на ноль в ${op}: log(0) = −inf, x / 0 = ±inf. Обычно это вероятность, ставшая ровно 0.`
				: kind === 'invalid value'
					? `Неопределённое значение в ${op}: 0/0, inf − inf, log или sqrt отрицательного числа дают nan.`
					: `Исчезновение порядка в ${op}: результат меньше наименьшего float и стал нулём.`,
	'keras-input-axis': ({ axis, value, shape }) => {
		const rest = perExample(shape);
		const flat = rest && rest.length > 1 && numel(rest) === value;
		return `Слой ждёт, что ось ${axis} входа имеет размер ${value}, а пришёл вход формы ${sh(shape)}.${flat ? ` В одном примере ${rest!.join('×')} = ${value} чисел — их нужно развернуть в вектор слоем Flatten().` : ''}`;
	},
	'keras-input-ndim': ({ bound, expected, found }) =>
		`Слой ждёт ${bound === 'min_' ? 'не меньше чем ' : bound === 'max_' ? 'не больше чем ' : ''}${axes(expected)} у входа (ось батча включена), а у входа ${found}.${expected === 4 && found === 3 ? ' Conv2D ждёт (батч, высота, ширина, каналы): у чёрно-белых картинок нет оси каналов.' : ''}`,
	'keras-expected-shape': ({ what, layer, expected, got }) =>
		`${what === 'input' ? 'Входы' : 'Ответы'}: слой ${layer} ждёт пример формы ${sh(expected)} (ось батча не пишется), а массив даёт ${sh(got)}.`,
	'keras-expected-dimensions': ({ what, layer, expected, got }) =>
		`${what === 'input' ? 'Входы' : 'Ответы'}: слой ${layer} ждёт массив с ${axes(expected)} (вместе с осью батча), а у массива формы ${sh(got)} их ${got.length}.`,
	'shapes-incompatible': ({ left, right }) =>
		`Функция потерь сравнивает ответы формы ${sh(left)} с выходами модели формы ${sh(right)} элемент за элементом, поэтому формы должны совпасть.${left.length === 2 && right.length === 2 && (left[1] === 1 || right[1] === 1) ? ' Один столбец против нескольких — обычно номера классов против one-hot.' : ''}`,
	'keras-target-output-shape': ({ target, output }) =>
		`Ответы (target) формы ${sh(target)}, выходы модели (output) формы ${sh(output)}; categorical_crossentropy сравнивает их поэлементно.${target.length === 2 && target[1] === 1 ? ' Ответы — один столбец номеров классов, а выходов по одному на класс: нужна sparse_categorical_crossentropy.' : ''}`,
};
