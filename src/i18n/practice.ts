/**
 * The words of the practice block (src/components/Practice.astro) in both languages. The block's
 * script is language-free: the build writes the page language's words into data attributes.
 */
import type { Lang } from '../schemas/areas';
import { MAX_TEXT } from '../numbers/read';
import type { Answer } from '../practice/types';
import type { Finding } from '../practice/check';

type WrongWhy = Exclude<Extract<Finding, { verdict: 'wrong' }>['why'], 'mistake'>;

export interface PracticeUi {
	/** Above the problem: the kind's name and the seed (`{name} · задача {seed}`). */
	label: string;
	answer: string;
	check: string;
	hints: string;
	solution: string;
	next: string;
	/** The link to exactly this problem. */
	link: string;
	/** The tab list of kinds, for screen readers. */
	kinds: string;
	/** While a topic's generator loads. */
	loading: string;
	/** When it cannot load (offline): the shown problem stays usable. */
	failed: string;
	correct: string;
	/** An empty answer. */
	empty: string;
	long: string;
	/** How to type each kind of answer, shown when the text cannot be read; for a choice, `{options}` lists the words. */
	unreadable: Record<Answer['kind'], string>;
	/** What a wrong answer looks like. Never just "wrong": each says where to look. */
	wrong: Record<WrongWhy, string>;
}

export const PRACTICE_UI: Record<Lang, PracticeUi> = {
	ru: {
		label: '{name} · задача {seed}',
		answer: 'Ваш ответ',
		check: 'Проверить',
		hints: 'Подсказки',
		solution: 'Решение по шагам',
		next: 'Новая задача',
		link: 'Ссылка на эту задачу',
		kinds: 'Виды задач',
		loading: 'Готовим задачу…',
		failed: 'Не удалось загрузить новую задачу (нет сети?). Текущая задача по-прежнему работает.',
		correct: 'Верно! Возьмите новую задачу: два верных ответа подряд — хороший знак, что тема усвоена.',
		empty: 'Введите ответ в поле.',
		long: `Ответ слишком длинный: здесь не больше ${MAX_TEXT} символов.`,
		unreadable: {
			number: 'Не получилось прочитать число. Подойдёт 0,5, 0.5, −2, 1/2 или 1e-3.',
			vector: 'Не получилось прочитать вектор. Введите числа через точку с запятой: (1; 0,5; −2) или [1, 2].',
			matrix: 'Не получилось прочитать матрицу. Строки — с новой строки или через «;», числа — через пробел: 1 2; 3 4.',
			shape: 'Не получилось прочитать форму. Подойдёт 4×16, 4x16 или 4 на 16.',
			choice: 'Ответьте одним словом: {options}.',
		},
		wrong: {
			sign: 'Почти: число верное, а знак — нет. Проверьте, где теряется минус.',
			transposed: 'Это транспонированный ответ: строки и столбцы поменялись местами.',
			double: 'Ответ ровно вдвое больше верного. Не посчитано ли что-то дважды?',
			half: 'Ответ ровно вдвое меньше верного. Не потерялся ли множитель 2?',
			decimal: 'Цифры верные, но запятая не на месте: ответ отличается в 10, 100 или 1000 раз.',
			length: 'Не то число компонент. Посмотрите, сколько их должно быть в ответе.',
			close: 'Близко, но не точно. Посчитайте с большей точностью или проверьте округление.',
			none: 'Не сходится. Откройте подсказку или решение по шагам.',
		},
	},
	en: {
		label: '{name} · problem {seed}',
		answer: 'Your answer',
		check: 'Check',
		hints: 'Hints',
		solution: 'Step-by-step solution',
		next: 'New problem',
		link: 'Link to this problem',
		kinds: 'Kinds of problems',
		loading: 'Preparing a problem…',
		failed: 'Could not load a new problem (offline?). The current one still works.',
		correct: 'Correct! Take a new problem: two right answers in a row are a good sign you have it.',
		empty: 'Type your answer in the box.',
		long: `The answer is too long: at most ${MAX_TEXT} characters here.`,
		unreadable: {
			number: 'Could not read a number. Try 0.5, −2, 1/2 or 1e-3.',
			vector: 'Could not read a vector. Separate the numbers with semicolons or commas: (1; 0.5; −2) or [1, 2].',
			matrix: 'Could not read a matrix. One row per line or rows separated by ";", numbers by spaces: 1 2; 3 4.',
			shape: 'Could not read a shape. Try 4×16, 4x16 or 4 by 16.',
			choice: 'Answer with one word: {options}.',
		},
		wrong: {
			sign: 'Almost: the number is right, the sign is not. Check where a minus gets lost.',
			transposed: 'That is the transposed answer: rows and columns are swapped.',
			double: 'Exactly twice the right answer. Was something counted twice?',
			half: 'Exactly half the right answer. Was a factor of 2 lost?',
			decimal: 'The digits are right but the decimal point is not: off by a factor of 10, 100 or 1000.',
			length: 'Not the right number of components. Check how many the answer should have.',
			close: 'Close, but not exact. Compute with more precision or check your rounding.',
			none: 'That does not match. Open a hint or the step-by-step solution.',
		},
	},
};
