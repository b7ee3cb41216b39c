/**
 * Strings shared by every interactive widget (the share control, buttons, input problems), in Russian;
 * English in `en/widgets.ts`. Each widget's own strings live beside it in `src/widgets/i18n/<widget>.ts`
 * (English in `src/widgets/i18n/en/`): a page ships only its widget's texts in its own language, which is
 * what keeps it within its JavaScript budget (one table per language, let alone both, would put every
 * sentence on every page). A page gets them through its widget's entry, `src/widgets/<lang>/<Widget>.ts`.
 */
import type { Problem } from '../numbers/read';
import { plural } from './plural';

const ru = {
	copy: 'Скопировать ссылку',
	link: 'Ссылка на это состояние',
	copied: 'Скопировано.',
	copyManual: 'Скопируйте ссылку из поля.',
	badLink: 'В ссылке неверное состояние, показано исходное.',
	longLink: 'Ссылка слишком длинная, её состояние не прочитано; показано исходное.',
	seed: 'Зерно (seed)',
	problem: (p: Problem): string => {
		switch (p.p) {
			case 'empty':
				return 'пусто, введите число.';
			case 'nan':
				return 'не число; пишите, например, 0,5 или −2.';
			case 'long':
				return `слишком длинный текст, здесь не больше ${p.a} символов.`;
			case 'big':
				return `слишком большое число, здесь |x| ≤ ${p.a}.`;
			case 'int':
				return `нужно целое от ${p.a} до ${p.b}.`;
			case 'size':
				return `слишком большая матрица, здесь не больше ${p.a}×${p.b}.`;
			case 'ragged':
				return 'в строках разное количество чисел.';
			case 'len':
				return `нужно ${p.a} ${plural(p.a, 'число', 'числа', 'чисел')}, а дано ${p.b}.`;
			case 'rows':
				return `нужно ${p.a} ${plural(p.a, 'строка', 'строки', 'строк')}, а дано ${p.b}.`;
			case 'pos':
				return 'нужно число больше нуля.';
		}
	},
};

/** The Russian strings' shape: `en/widgets.ts` has the same keys. */
export type CommonUi = typeof ru;
export default ru;
