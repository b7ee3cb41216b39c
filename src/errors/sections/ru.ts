/**
 * The static part of each error's section on /errors/, in Russian: a short title, the usual causes in
 * real code and the fix as a line of code. Build-time only (src/components/ErrorFamily.astro); the
 * page script copies them from the rendered section, so no reader downloads them twice.
 */
import type { ErrorId } from '../catalogue';
import type { Section } from './types';

/** Keras 2 and Keras 3 say the same thing about class indices against one-hot outputs in different words. */
const ONE_HOT = {
	causes: ['categorical_crossentropy с метками-номерами вместо one-hot.', 'Число выходов последнего слоя не равно числу классов.'],
	fix: "model.compile(loss='sparse_categorical_crossentropy', optimizer='adam')",
};

export const SECTIONS_RU: { readonly [K in ErrorId]: Section } = {
	'mat1-mat2-shapes': {
		title: 'Матрицы не перемножаются',
		causes: [
			'nn.Linear(in, out) с неправильным in: после свёрток и пулинга признаков стало больше или меньше, чем вы посчитали.',
			'Забыли развернуть картинку в вектор: на вход слоя пришло (N, 1, 28, 28) вместо (N, 784).',
			'Перепутан порядок множителей или забыто транспонирование: x @ W вместо x @ W.T.',
		],
		fix: 'x = torch.flatten(x, 1)            # (N, C, H, W) → (N, C·H·W)\nself.fc = nn.LazyLinear(10)         # или nn.Linear(x.shape[1], 10)',
	},
	'numpy-matmul-core-dimension': {
		title: 'NumPy: не совпала внутренняя ось в matmul',
		causes: ['Веса хранятся как (выходы, входы), а умножаете как (входы, выходы).', 'Вектор-строка вместо вектора-столбца или наоборот.'],
		fix: 'z = x @ W.T        # или проверьте: x.shape[-1] == W.shape[-2]',
	},
	'numpy-shapes-not-aligned': {
		title: 'NumPy: формы в np.dot не согласованы',
		causes: ['Те же, что у matmul: порядок множителей или забытое транспонирование.', 'Данные прочитаны как (признаки, примеры) вместо (примеры, признаки).'],
		fix: 'z = np.dot(X, W)   # X: (m, n), W: (n, k) → z: (m, k)',
	},
	'tf-matrix-size-incompatible': {
		title: 'TensorFlow: матрицы не перемножаются',
		causes: ['Слой Dense собран под другое число входов (например, модель загружена с другими данными).', 'Забыт слой Flatten перед Dense.'],
		fix: 'model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(128)])',
	},
	'tensor-size-mismatch': {
		title: 'Размеры тензоров не совпадают по оси',
		causes: [
			'Сложение или сравнение выходов и ответов разной формы: (N, 10) и (N,).',
			'Skip-connection в ResNet: у x и F(x) разное число каналов или разный размер карты.',
			'Маска или смещение не той длины.',
		],
		fix: 'print(a.shape, b.shape)   # найдите ось; b = b.unsqueeze(-1) или b.view(1, -1)',
	},
	'expanded-size': {
		title: 'Нельзя растянуть ось, которая не равна 1',
		causes: ['expand() на оси размера больше 1.', 'Присваивание в срез тензора другой длины: buf[:n] = t, где len(t) ≠ n.'],
		fix: 't = t.unsqueeze(0).expand(5, -1)   # растягивается только новая ось размера 1',
	},
	'numpy-broadcast': {
		title: 'NumPy: формы не совмещаются по правилу broadcasting',
		causes: ['Вектор длины n против матрицы (m, n) по не той оси: нужен (m, 1).', 'Предсказания (m, 1) против ответов (m,) дают (m, m) без ошибки, а (m, 2) против (m,) — уже ошибку.'],
		fix: 'b = b[:, None]          # (m,) → (m, 1): растягивается по столбцам',
	},
	'numpy-non-broadcastable-output': {
		title: 'NumPy: результат не помещается в массив',
		causes: ['a += b, где b шире, чем a: результат больше, чем a.', 'out= указывает на массив меньшей формы.'],
		fix: 'a = a + b              # новый массив вместо записи на месте',
	},
	'tf-incompatible-shapes': {
		title: 'TensorFlow: несовместимые формы',
		causes: ['Метрика или потери сравнивают ответы и выходы разной формы.', 'Склеиваются две ветки сети с картами разного размера.'],
		fix: 'y = tf.reshape(y, (-1, 1))   # или выровняйте оси, которые показаны в сообщении',
	},
	'mse-target-size': {
		title: 'MSE: формы предсказаний и ответов различаются',
		causes: ['Выход модели (N, 1), а ответы (N,): broadcasting делает из них (N, N).', 'Батчи ответов и предсказаний разного размера.'],
		fix: 'loss = F.mse_loss(pred.squeeze(-1), y)   # или y.view(-1, 1)',
	},
	'shape-invalid-for-input-size': {
		title: 'view/reshape: число элементов не совпадает',
		causes: ['Размер после свёрток посчитан неверно: view(-1, 16*5*5), а карта уже другого размера.', 'Последний батч короче остальных, а размер батча зашит в view.'],
		fix: 'x = x.view(x.size(0), -1)   # батч сохраняем, остальное — в одну ось',
	},
	'view-size-not-compatible': {
		title: 'view невозможен без копии',
		causes: ['view после transpose или permute.', 'view у среза с шагом.'],
		fix: 'x = x.reshape(x.size(0), -1)   # или x.contiguous().view(...)',
	},
	'numpy-cannot-reshape': {
		title: 'NumPy: reshape в неподходящую форму',
		causes: ['Произведение новой формы не равно числу элементов.', 'Картинки разного размера в одном массиве.'],
		fix: 'X = X.reshape(len(X), -1)   # (m, 28, 28) → (m, 784)',
	},
	'numpy-concatenate': {
		title: 'NumPy: склеиваемые массивы разной формы',
		causes: ['Склейка признаков (ось 1) у массивов с разным числом строк.', 'Забыт reshape вектора в столбец перед hstack.'],
		fix: 'X = np.concatenate([A, b[:, None]], axis=1)',
	},
	'dimension-out-of-range': {
		title: 'Нет оси с таким номером',
		causes: ['softmax(dim=1) или argmax(dim=1) у одномерного тензора: батч из одного примера после squeeze().', 'Логиты (C,) вместо (1, C) для одного примера.'],
		fix: 'x = x.unsqueeze(0)        # один пример → батч из одного',
	},
	'numpy-axis-out-of-bounds': {
		title: 'NumPy: нет оси с таким номером',
		causes: ['sum(axis=1) у вектора.', 'Ожидали матрицу (m, n), а массив одномерный.'],
		fix: 'x = np.atleast_2d(x)      # или x.reshape(1, -1)',
	},
	'conv-input-channels': {
		title: 'Свёртка: не то число каналов на входе',
		causes: [
			'Картинки в формате (батч, высота, ширина, каналы), как их отдают NumPy и PIL, а PyTorch ждёт (батч, каналы, высота, ширина).',
			'Чёрно-белые картинки (1 канал) в сеть, обученную на цветных (3).',
			'in_channels следующего слоя не равен out_channels предыдущего.',
		],
		fix: 'x = x.permute(0, 3, 1, 2)   # (N, H, W, C) → (N, C, H, W)',
	},
	'target-out-of-bounds': {
		title: 'Метка класса вне диапазона',
		causes: ['Классы пронумерованы с 1, а не с 0.', 'У последнего слоя меньше выходов, чем классов в данных.'],
		fix: 'y = y - 1                     # классы 1..C → 0..C−1\nself.out = nn.Linear(128, num_classes)',
	},
	'batch-size-mismatch': {
		title: 'Число примеров у логитов и меток разное',
		causes: ['view(-1, n) с неверным n в forward склеил примеры.', 'Метки для последовательностей не развёрнуты вместе с логитами.'],
		fix: 'loss = F.cross_entropy(logits.view(-1, C), y.view(-1))',
	},
	'multi-target-not-supported': {
		title: 'Метки должны быть номерами классов',
		causes: ['Метки в формате one-hot.', 'Метки-столбец (N, 1) из DataFrame.'],
		fix: 'y = y.argmax(dim=1)    # one-hot → номера;  или y = y.squeeze(1)',
	},
	'target-long-expected': {
		title: 'Метки должны быть целыми (Long)',
		causes: ['Метки прочитаны из CSV как float.', 'torch.tensor(labels) из списка дробных чисел.'],
		fix: 'y = y.long()',
	},
	'probability-target-dtype': {
		title: 'Метки-вероятности должны быть дробными',
		causes: ['One-hot из целых чисел той же формы, что и логиты.'],
		fix: 'y = y.float()          # или передайте номера классов: y.argmax(dim=1)',
	},
	'expected-target-size': {
		title: 'Форма меток не подходит к логитам',
		causes: ['Выход рекуррентной сети или трансформера (N, T, C), а оси классов ждут на месте 1.', 'Маски сегментации с лишней осью каналов.'],
		fix: 'loss = F.cross_entropy(logits.permute(0, 2, 1), y)   # (N, T, C) → (N, C, T)',
	},
	'grad-implicit-scalar': {
		title: 'backward() у нескалярного тензора',
		causes: ['Потери с reduction="none" или на нескольких GPU (DataParallel возвращает по числу на карту).', 'backward() вызван у выхода модели, а не у потерь.'],
		fix: 'loss.mean().backward()',
	},
	'no-grad-fn': {
		title: 'Тензор не связан с графом вычислений',
		causes: ['Потери посчитаны через .item(), .numpy() или .detach().', 'Весь расчёт внутри torch.no_grad() или model.eval() с замороженными параметрами.', 'Параметры созданы без requires_grad=True.'],
		fix: 'w = torch.randn(3, requires_grad=True)   # и считайте потери тензорами, без .item()',
	},
	'leaf-in-place': {
		title: 'Параметр меняют на месте с записью графа',
		causes: ['Ручной шаг градиентного спуска w -= η * w.grad вне no_grad.', 'Инициализация весов на месте после создания.'],
		fix: 'with torch.no_grad():\n    w -= lr * w.grad',
	},
	'modified-by-inplace': {
		title: 'Тензор для обратного прохода изменён на месте',
		causes: ['relu(inplace=True) или x += … после того, как x запомнен для градиента.', 'Шаг оптимизатора между двумя backward одного графа.'],
		fix: 'x = x + y                  # вместо x += y;  nn.ReLU(inplace=False)',
	},
	'nan-loss': {
		title: 'Потери стали nan или inf',
		causes: ['Слишком большая скорость обучения η: веса «улетают».', 'log(0) в самописной кросс-энтропии; softmax без вычитания максимума.', 'nan или inf уже в данных.'],
		fix: 'loss = F.cross_entropy(logits, y)   # устойчивая log_softmax внутри; и уменьшите η',
	},
	'returned-nan-values': {
		title: 'В градиенте появился NaN',
		causes: ['Деление на число, которое стало 0 (нормировка на норму нулевого вектора).', 'log или sqrt от 0 в прямом проходе.'],
		fix: 'x = x / (x.norm(dim=1, keepdim=True) + 1e-8)',
	},
	'numpy-floating-point-warning': {
		title: 'NumPy: переполнение, деление на ноль или nan',
		causes: ['np.exp(z) для больших z в сигмоиде или softmax.', 'np.log(p), где p стало ровно 0.'],
		fix: 'e = np.exp(z - z.max(axis=1, keepdims=True))   # softmax без переполнения',
	},
	'keras-input-axis': {
		title: 'Keras: размер входа не подходит слою',
		causes: ['Картинки (28, 28) подаются прямо в Dense(…) без Flatten.', 'input_shape указан для других данных.'],
		fix: 'model = keras.Sequential([keras.Input((28, 28)), keras.layers.Flatten(), keras.layers.Dense(10)])',
	},
	'keras-input-ndim': {
		title: 'Keras: не то число осей у входа',
		causes: ['Чёрно-белые картинки без оси каналов в Conv2D.', 'Один пример без оси батча в predict.'],
		fix: 'x = x[..., None]          # (N, 28, 28) → (N, 28, 28, 1)',
	},
	'keras-expected-shape': {
		title: 'Keras: форма входов или ответов не та',
		causes: ['Ответы — номера классов, а последний слой выдаёт по числу на класс (или наоборот).', 'Оси картинок в другом порядке.'],
		fix: 'y = keras.utils.to_categorical(y, num_classes)   # или sparse_categorical_crossentropy',
	},
	'keras-expected-dimensions': {
		title: 'Keras: не то число осей у массива',
		causes: ['Картинки (N, 28, 28) в Dense без Flatten.', 'Данные без оси батча.'],
		fix: 'X = X.reshape(len(X), -1)',
	},
	'shapes-incompatible': { title: 'Keras: формы ответов и выходов несовместимы', ...ONE_HOT },
	'keras-target-output-shape': { title: 'Keras 3: формы target и output различаются', ...ONE_HOT },
};
