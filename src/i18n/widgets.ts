/**
 * Strings shared by every interactive widget (the share control, buttons, input problems), one object
 * per language. Each widget's own strings live beside it in `src/widgets/i18n/<widget>.ts`: a widget
 * ships to the browser with only its own texts, which is what keeps a page within its JavaScript budget
 * (one shared table would put every widget's sentences on every page).
 */
import type { Lang } from '../schemas/areas';
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

type Strings = typeof ru;

const en: Strings = {
	copy: 'Copy link',
	link: 'Link to this state',
	copied: 'Copied.',
	copyManual: 'Copy the link from the field.',
	badLink: 'The link holds an invalid state; showing the initial one.',
	longLink: 'The link is too long, its state was not read; showing the initial one.',
	seed: 'Seed',
	problem: (p) => {
		switch (p.p) {
			case 'empty':
				return 'empty, enter a number.';
			case 'nan':
				return 'not a number; write, for example, 0.5 or −2.';
			case 'long':
				return `too long a text, at most ${p.a} characters here.`;
			case 'big':
				return `too large, here |x| ≤ ${p.a}.`;
			case 'int':
				return `needs a whole number from ${p.a} to ${p.b}.`;
			case 'size':
				return `too large a matrix, at most ${p.a}×${p.b} here.`;
			case 'ragged':
				return 'the rows have different lengths.';
			case 'len':
				return `needs ${p.a} ${plural(p.a, 'number', 'numbers')}, but has ${p.b}.`;
			case 'rows':
				return `needs ${p.a} ${plural(p.a, 'row', 'rows')}, but has ${p.b}.`;
			case 'pos':
				return 'needs a number greater than zero.';
		}
	},
};

export const COMMON: Record<Lang, Strings> = { ru, en };

