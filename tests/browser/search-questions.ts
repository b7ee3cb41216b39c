/**
 * Issue #22's query set: what readers type, phrased the way they post on forums and Q&A sites,
 * each with the topic that answers it (or the few that equally do). Every query was written before
 * it was run through the search box, and each comment names the public page whose title or question
 * it comes from (found with the project's search tools); queries marked «typo» or «layout» are that
 * phrasing with a slip or typed with the other keyboard layout; «ours» marks the few in our own words
 * (slang, short forms) with no single public source. Failing queries stay in the set.
 */
export interface Question {
	lang: 'ru' | 'en';
	q: string;
	topic: string | readonly string[];
}

const ACT = 'neural-networks/activation-functions';
const BACKPROP = ['neural-networks/backpropagation', 'neural-networks/backprop-matrix-form'] as const;
const GRAD = 'calculus/gradient';
const INIT = 'neural-networks/weight-initialization';
const SOFTMAX = 'neural-networks/softmax';
const JAC = 'calculus/jacobian-and-matrix-calculus';
const REG = 'neural-networks/regularization';
const CE = ['probability/entropy-and-cross-entropy', 'neural-networks/loss-functions'] as const;
const NEURON = ['neural-networks/neuron', 'neural-networks/dense-layer'] as const;
const MATMUL = 'linear-algebra/matrix-multiplication';
const GD = 'calculus/gradient-descent';

export const QUESTIONS: readonly Question[] = [
	// https://aimoneymaker.ru/qa/view/zachem-nuzhny-funktsii-aktivatsii-v-neyronnykh-setyakh «Зачем нужны функции активации в нейронных сетях?»
	{ lang: 'ru', q: 'зачем нужны функции активации в нейронных сетях', topic: ACT },
	{ lang: 'ru', q: 'зачем нужна функция активации', topic: ACT },
	// https://ya.ru/neurum/c/nauka-i-obrazovanie/q/kakuyu_rol_igraet_funkciya_aktivacii_v_rabote_dc28f15a
	{ lang: 'ru', q: 'какую роль играет функция активации', topic: ACT },
	// https://dtf.ru/id2687299/4076435-funkcii-aktivacii-chto-eto-takoe-i-pochemu-bez-nih-neiroset-ne-rabotaet
	{ lang: 'ru', q: 'почему без функции активации нейросеть не работает', topic: ACT },
	{ lang: 'ru', q: 'функция активации что это такое', topic: ACT },
	// layout: «функция активации» typed on QWERTY keys
	{ lang: 'ru', q: 'aeyrwbz frnbdfwbb', topic: ACT },
	// https://qastack.com.ua/programming/9782071/why-must-a-nonlinear-activation-function-be-used-in-a-backpropagation-neural-net
	{ lang: 'en', q: 'why must a nonlinear activation function be used', topic: ACT },
	{ lang: 'en', q: 'why do we need non linearity in neural network', topic: ACT },
	// https://matematika-ai.ru/ml-course/330-backpropagation «Backpropagation: как нейросети учатся на ошибках»
	{ lang: 'ru', q: 'как нейросети учатся на ошибках', topic: BACKPROP },
	{ lang: 'ru', q: 'бэкпроп простыми словами', topic: BACKPROP },
	{ lang: 'ru', q: 'бекпроп', topic: BACKPROP }, // slang for the «backprop» of the page above
	// https://vc.ru/id4616024/2263836-obratnoe-rasprostranenie-oshibki-backpropagation-chto-eto-takoe-i-kak-rabotaet-algoritm-obucheniya-ii
	{ lang: 'ru', q: 'обратное распространение ошибки что это такое и как работает', topic: BACKPROP },
	// https://dzen.ru/list/questions/oshibka-obucheniia-neironnoi-seti-eto «Как работает обучение нейронных сетей? Обратное распространение ошибки»
	{ lang: 'ru', q: 'как работает обучение нейронных сетей обратное распространение', topic: BACKPROP },
	// typo of the same
	{ lang: 'ru', q: 'обратное распростронение ошибки', topic: BACKPROP },
	// layout: «обратное распространение» on QWERTY keys
	{ lang: 'ru', q: 'j,hfnyjt hfcghjcnhfytybt', topic: BACKPROP },
	// https://generation6.narod.ru/glossary_s2_1.htm «Сеть обратного распространения»
	{ lang: 'ru', q: 'сеть обратного распространения', topic: BACKPROP },
	{ lang: 'en', q: 'backpropagation explained simply', topic: BACKPROP },
	{ lang: 'en', q: 'how does backprop work', topic: BACKPROP },
	{ lang: 'en', q: 'backpropogation', topic: BACKPROP }, // typo
	// Issue #22's own examples, and https://tensorzen.blog/2024/04/22/difference-between-gradient-and-derivative
	{ lang: 'ru', q: 'чем отличается градиент от производной', topic: [GRAD, 'calculus/partial-derivatives'] },
	{ lang: 'en', q: 'difference between gradient and derivative', topic: [GRAD, 'calculus/partial-derivatives'] },
	// https://merciafp.com/is-gradient-the-same-as-first-derivative.html
	{ lang: 'en', q: 'is gradient the same as first derivative', topic: [GRAD, 'calculus/derivative'] },
	{ lang: 'ru', q: 'как понять якобиан', topic: JAC },
	{ lang: 'ru', q: 'что такое набла', topic: GRAD },
	{ lang: 'en', q: 'what does the upside down triangle mean', topic: GRAD },
	// https://thesharedwebb.com/what-is-a-upside-down-triangle-called/
	{ lang: 'en', q: 'what is a upside down triangle called', topic: GRAD },
	// https://www.physicsforums.com/threads/help-with-vector-function-calculations.273424 («the nabla symbol … called del»)
	{ lang: 'en', q: 'nabla symbol', topic: GRAD },
	{ lang: 'en', q: 'del operator', topic: GRAD },
	{ lang: 'ru', q: 'перевернутый треугольник в формуле', topic: GRAD },
	// layout: «градиент» on QWERTY keys
	{ lang: 'ru', q: 'uhflbtyn', topic: GRAD },
	// http://3-net.ru/sign/sign-334060.php «Якобиан и его геометрический смысл»
	{ lang: 'ru', q: 'якобиан и его геометрический смысл', topic: JAC },
	{ lang: 'ru', q: 'матрица якоби простыми словами', topic: JAC },
	{ lang: 'ru', q: 'якобиан матрица частных производных', topic: JAC },
	{ lang: 'ru', q: 'якобиян', topic: JAC }, // typo
	// https://infinitelexicon.com/JacobiMatrix
	{ lang: 'en', q: 'jacobian matrix of partial derivatives', topic: JAC },
	{ lang: 'en', q: 'jacobain', topic: JAC }, // typo
	// https://easyoffer.ru/question/5524 «Почему в нейроных сетях нельзя инициализировать веса нулями» (its typo kept)
	{ lang: 'ru', q: 'почему в нейроных сетях нельзя инициализировать веса нулями', topic: INIT },
	{ lang: 'ru', q: 'почему нельзя инициализировать веса нулями', topic: INIT },
	// https://mentords.ru/trainer/questions/rq-wheely-logreg-zero-init-001 «Почему нулевая инициализация ломает нейросети»
	{ lang: 'ru', q: 'почему нулевая инициализация ломает нейросети', topic: INIT },
	// https://isolution.pro/ru/q/dc13082134/pocemu-mozno-zadat-vektor-smesenia-nulami-a-ne-vesovye-matricy
	{ lang: 'ru', q: 'почему можно задать вектор смещения нулями а не весовые матрицы', topic: [INIT, ...NEURON] },
	// https://www.freetimelearning.com/software-interview-questions-and-answers.php?Why-is-zero-initialization-not-a-good-weight-initialization-process?&id=4170
	{ lang: 'en', q: 'why is zero initialization not a good weight initialization', topic: INIT },
	{ lang: 'en', q: 'symmetry breaking weights', topic: INIT }, // mentords above: «Random initialization breaks this symmetry»
	{ lang: 'ru', q: 'инициализация хе', topic: INIT }, // mentords above: «Xavier/Glorot, He … initializations»
	// https://www.alexacabs.in/why-do-you-need-a-bias-in-neural-network.html
	{ lang: 'en', q: 'why do you need a bias in neural network', topic: NEURON },
	// https://tutorialexample.com/understand-bias-in-neural-network-why-using-bias-in-neural-network
	{ lang: 'en', q: 'understand bias in neural network', topic: NEURON },
	{ lang: 'ru', q: 'зачем нужен bias в нейроне', topic: NEURON },
	{ lang: 'ru', q: 'зачем смещение в нейроне', topic: NEURON },
	{ lang: 'ru', q: 'что такое веса и смещения', topic: NEURON },
	// https://www.braintools.ru/article/24746 «SoftMax: как нейросети превращают сырые числа в уверенные вероятности»
	{ lang: 'ru', q: 'как нейросети превращают числа в вероятности', topic: SOFTMAX },
	{ lang: 'ru', q: 'софтмакс зачем экспонента', topic: SOFTMAX },
	{ lang: 'ru', q: 'логиты в вероятности', topic: SOFTMAX },
	{ lang: 'ru', q: 'софтмак', topic: SOFTMAX }, // typo
	// layout: «софтмакс» on QWERTY keys
	{ lang: 'ru', q: 'cjanvfrc', topic: SOFTMAX },
	// https://sparkthread.net/en/Softmax%20function «normalized exponential function»
	{ lang: 'en', q: 'normalized exponential function', topic: SOFTMAX },
	{ lang: 'en', q: 'softmax temperature', topic: SOFTMAX }, // braintools above: «температура T»
	// https://community.deeplearning.ai/t/difference-between-numpy-matmul-and-dot/566455
	{ lang: 'en', q: 'difference between numpy matmul and dot', topic: [MATMUL, 'linear-algebra/dot-product'] },
	{ lang: 'ru', q: 'np.dot и np.matmul разница', topic: [MATMUL, 'linear-algebra/dot-product'] },
	{ lang: 'ru', q: 'как перемножить матрицы', topic: MATMUL },
	{ lang: 'ru', q: 'умножение матриц строка на столбец', topic: MATMUL },
	// layout: «умножение матриц» on QWERTY keys
	{ lang: 'ru', q: 'evyjtybt vfnhbw', topic: MATMUL },
	// https://community.deeplearning.ai/t/why-log-function-is-being-used-in-loss-cost-function/136960
	{ lang: 'en', q: 'why log function is being used in loss function', topic: CE },
	// Nemotron-CC-Math «Why We Use Log Function for Cross Entropy?» (a Cross Validated question)
	{ lang: 'en', q: 'why we use log function for cross entropy', topic: CE },
	{ lang: 'ru', q: 'зачем логарифм в функции потерь', topic: CE },
	{ lang: 'ru', q: 'кроссэнтропия', topic: CE }, // skl-academy below: «Cross-Entropy», written as one word
	{ lang: 'ru', q: 'логлосс', topic: CE }, // ours: slang for log loss
	// https://www.siua.io/learn/courses/ml-math/04-classification/04-4-cross-entropy «Why Not MSE for Classification?»
	{ lang: 'en', q: 'why not mse for classification', topic: CE },
	// https://matematika-ai.ru/ml-course/333-dropout-i-regulyarizaciya «Dropout и регуляризация: как спасти модель от переобучения»
	{ lang: 'ru', q: 'как спасти модель от переобучения', topic: REG },
	// https://ziglife.ru/news/chto-takoe-dropout-i-zachem-on-nuzhen-kak-ii-uchitsya-ne-zaviset-ot-otdelnyh-neyronov-
	{ lang: 'ru', q: 'что такое dropout и зачем он нужен', topic: REG },
	// https://aismarthub.ru/qa/view/dropout-neyronnye-seti-kak-rabotaet «Dropout нейронные сети как работает?»
	{ lang: 'ru', q: 'dropout нейронные сети как работает', topic: REG },
	// https://ai-pro-ai.com/gpu-vulnerability-threat-ai-models-overfitting «Что такое переобучение нейронной сети и как с ним бороться»
	{ lang: 'ru', q: 'что такое переобучение нейронной сети и как с ним бороться', topic: REG },
	{ lang: 'ru', q: 'оверфиттинг', topic: REG }, // matematika-ai above: «переобучение (overfitting)», transliterated
	{ lang: 'ru', q: 'переобучениe', topic: REG }, // typo: a Latin «e» at the end
	{ lang: 'en', q: 'how to prevent overfitting', topic: REG }, // ours
	{ lang: 'en', q: 'weight decay vs l2', topic: REG }, // ours
	// https://www.forpes.ru/post/209241 (Habr: «Почему иногда она перепрыгивает минимум… как настроить learning_rate»)
	{ lang: 'ru', q: 'почему градиентный спуск перепрыгивает минимум', topic: [GD, 'neural-networks/optimizers'] },
	{ lang: 'ru', q: 'как настроить learning rate', topic: [GD, 'neural-networks/training-loop', 'neural-networks/optimizers'] },
	{ lang: 'ru', q: 'градиентный спуск как слепой в лабиринте', topic: GD },
	{ lang: 'ru', q: 'градиентный cпуск', topic: GD }, // typo: a Latin «c»
	{ lang: 'ru', q: 'uhflbtyncysq cgecr', topic: GD }, // layout: «градиентный спуск»
	// https://qa.studwork.cc/informatika/1583656-… «функция потерь перестала снижаться через несколько эпох»
	{ lang: 'ru', q: 'функция потерь перестала снижаться через несколько эпох', topic: ['neural-networks/training-loop', GD, 'neural-networks/optimizers'] },
	// https://skl-academy.ru/courses/ai/06-backprop-optimization.html «Batch — шаг по всему датасету; SGD — по одному объекту; Mini-batch — компромисс»
	{ lang: 'ru', q: 'чем отличается батч от эпохи', topic: 'neural-networks/training-loop' },
	{ lang: 'ru', q: 'стохастический градиентный спуск мини батч', topic: ['neural-networks/training-loop', GD] },
	{ lang: 'en', q: 'batch vs epoch', topic: 'neural-networks/training-loop' }, // skl-academy above, in English
	{ lang: 'ru', q: 'адам оптимизатор', topic: 'neural-networks/optimizers' }, // ours: Adam transliterated
	{ lang: 'en', q: 'momentum vs adam', topic: 'neural-networks/optimizers' }, // ours
	// https://skl-academy.ru/courses/ai/06-backprop-optimization.html «цепное правило (производная сложной функции) из матанализа»
	{ lang: 'ru', q: 'производная сложной функции из матанализа', topic: 'calculus/chain-rule' },
	{ lang: 'ru', q: 'цепное правило дифференцирования', topic: 'calculus/chain-rule' },
	{ lang: 'ru', q: 'цепное правело', topic: 'calculus/chain-rule' }, // typo
	// https://community.deeplearning.ai/t/why-log-function-is-being-used-in-loss-cost-function/136960 («gradient explosion» and «vanishing gradient»)
	{ lang: 'en', q: 'vanishing gradient problem', topic: ['calculus/chain-rule', ACT, INIT] },
	{ lang: 'ru', q: 'затухающий градиент', topic: ['calculus/chain-rule', ACT, INIT] },
	{ lang: 'ru', q: 'взрыв градиента', topic: ['calculus/chain-rule', INIT] },
	// https://www.siua.io/learn/courses/ml-math/04-classification/04-4-cross-entropy («the sigmoid derivative σ(z)(1−σ(z))»)
	{ lang: 'ru', q: 'производная сигмоиды', topic: [ACT, 'calculus/differentiation-rules'] },
	{ lang: 'en', q: 'sigmoid derivative', topic: [ACT, 'calculus/differentiation-rules'] },
	// The symbols said in words that Q&A posts use (physicsforums above: «upside down triangle», «del»).
	{ lang: 'ru', q: 'что означает сигма в формуле', topic: 'foundations/summation' },
	{ lang: 'ru', q: 'значок суммы', topic: 'foundations/summation' },
	{ lang: 'ru', q: 'частная производная что значит', topic: 'calculus/partial-derivatives' },
	{ lang: 'en', q: 'what does the curly d mean', topic: 'calculus/partial-derivatives' },
	{ lang: 'en', q: 'what does argmax mean', topic: [SOFTMAX, 'probability/maximum-likelihood'] },
	// Code names as readers paste them (deeplearning.ai matmul/dot thread above; PyTorch forum phrasing).
	{ lang: 'ru', q: 'nn.Linear что делает', topic: 'neural-networks/dense-layer' },
	{ lang: 'en', q: 'what does loss.backward() do', topic: [...BACKPROP, 'neural-networks/computational-graph'] },
	{ lang: 'ru', q: 'autograd как работает', topic: ['neural-networks/computational-graph', ...BACKPROP] },
	{ lang: 'en', q: 'broadcasting error shapes', topic: 'linear-algebra/tensors-and-broadcasting' },
	{ lang: 'ru', q: 'транспонирование матрицы зачем', topic: 'linear-algebra/transpose' },
	// Misconceptions posted as questions (ours, after the pages above: the gradient points up, not down; softmax outputs are not calibrated probabilities).
	{ lang: 'ru', q: 'градиент показывает направление спуска', topic: [GRAD, GD] },
	{ lang: 'ru', q: 'софтмакс это вероятность', topic: SOFTMAX },
	{ lang: 'en', q: 'is softmax output a probability', topic: SOFTMAX },
	// Common «простыми словами» / «на пальцах» questions (ours, in the pattern of the titles above).
	{ lang: 'ru', q: 'собственные числа матрицы простыми словами', topic: 'linear-algebra/eigenvectors-and-svd' },
	{ lang: 'ru', q: 'формула байеса на пальцах', topic: 'probability/bayes-rule' },
	{ lang: 'ru', q: 'нормальное распределение колокол', topic: 'probability/normal-distribution' },
	{ lang: 'en', q: 'bell curve', topic: 'probability/normal-distribution' },
	{ lang: 'ru', q: 'метод максимального правдоподобия простыми словами', topic: 'probability/maximum-likelihood' },
	{ lang: 'ru', q: 'свертка в нейросети как работает', topic: 'neural-networks/convolution' },
	{ lang: 'ru', q: 'механизм внимания трансформер', topic: 'neural-networks/attention' },
	{ lang: 'en', q: 'attention is all you need math', topic: 'neural-networks/attention' },
];
