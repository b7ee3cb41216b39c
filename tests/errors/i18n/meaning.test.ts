import { describe, expect, test } from 'vitest';
import { CATALOGUE, ERROR_IDS, type ErrorId } from '../../../src/errors/catalogue';
import { MEANING_EN } from '../../../src/errors/i18n/meaning-en';
import { MEANING_RU } from '../../../src/errors/i18n/meaning-ru';
import { matchErrors } from '../../../src/errors/match';
import { SECTIONS_EN } from '../../../src/errors/sections/en';
import { SECTIONS_RU } from '../../../src/errors/sections/ru';

/** What each error means, in both languages, written from the numbers of the reader's message. */

const TABLES = { ru: MEANING_RU, en: MEANING_EN } as const;
const say = (lang: 'ru' | 'en', message: string): string => {
	const f = matchErrors(message).found[0]!;
	return (TABLES[lang] as Record<ErrorId, (facts: unknown) => string>)[f.id](f.facts);
};

describe('every error explained in both languages', () => {
	test.each(ERROR_IDS)('%s: a meaning with no hole, a title, causes and a fix in ru and en', (id) => {
		for (const lang of ['ru', 'en'] as const) {
			const text = say(lang, CATALOGUE[id].example);
			expect(text.length, `${id} ${lang}`).toBeGreaterThan(40);
			expect(text, `${id} ${lang}`).not.toMatch(/null|\[object/);
			// A missing fact prints as undefined, a number that failed to read as NaN; the NaN family speaks of both words on purpose.
			if (CATALOGUE[id].family !== 'nan') expect(text, `${id} ${lang}`).not.toMatch(/undefined|NaN/);
			const section = (lang === 'ru' ? SECTIONS_RU : SECTIONS_EN)[id];
			expect(section.title.length).toBeGreaterThan(5);
			expect(section.causes.length).toBeGreaterThan(0);
			expect(section.fix.length).toBeGreaterThan(5);
		}
		// The Russian text is Russian and the English one is not.
		expect(say('ru', CATALOGUE[id].example)).toMatch(/[а-яё]/i);
		expect(say('en', CATALOGUE[id].example)).not.toMatch(/[а-яё]/i);
	});
});

describe('the reader’s numbers in the explanation', () => {
	test('a matrix product: the columns of the first, the rows of the second and the nn.Linear they imply', () => {
		const ru = say('ru', 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x1568 and 6272x10)');
		expect(ru).toContain('(64×1568)·(6272×10): у первой матрицы 1568 столбцов, а у второй 6272 строки');
		expect(ru).toContain('nn.Linear(6272, 10): слой ждёт 6272 входных признака, а приходит 1568');
		expect(say('en', 'mat1 and mat2 shapes cannot be multiplied (1x2 and 6x64)')).toContain('the first matrix has 2 columns but the second has 6 rows');
	});

	test('the MSE warning: how many differences broadcasting averages instead of how many', () => {
		// (32, 1) against (32,) broadcasts to (32, 32): 1024 differences instead of 32.
		expect(say('ru', 'Using a target size (torch.Size([32])) that is different to the input size (torch.Size([32, 1])).')).toContain('до (32×32)');
		expect(say('en', 'Using a target size (torch.Size([32])) that is different to the input size (torch.Size([32, 1])).')).toContain('averages 1024 differences instead of 32');
	});

	test('hints computed from the numbers: channels last, a missing Flatten, a label one past the classes', () => {
		expect(say('en', 'Given groups=1, weight of size [32, 3, 3, 3], expected input[128, 32, 32, 3] to have 3 channels, but got 32 channels instead')).toContain('the channels seem to come last');
		expect(say('en', 'Given groups=1, weight of size [64, 3, 3, 3], expected input[16, 1, 28, 28] to have 3 channels, but got 1 channels instead')).not.toContain('come last');
		expect(say('ru', 'Input 0 of layer "dense" is incompatible with the layer: expected axis -1 of input shape to have value 784, but received input with shape (None, 28, 28)')).toContain('28×28 = 784');
		expect(say('en', 'IndexError: Target 10 is out of bounds.')).toContain('at most 10 outputs, and the labels need at least 11');
		expect(say('ru', "RuntimeError: shape '[-1, 784]' is invalid for input of size 1000")).toContain('1000 не делится на 784');
		expect(say('en', 'ValueError: Expected input batch_size (320) to match target batch_size (32).')).toContain('Exactly 10 times as many logits');
	});

	test('broadcasting: the axis from the end where the sizes fail', () => {
		expect(say('en', 'operands could not be broadcast together with shapes (4,2) (3,) ')).toContain('Axis 1 from the end: 2 and 3 differ');
		expect(say('ru', 'Incompatible shapes: [1,256,48,64] vs. [1,256,47,63]')).toContain('2-я ось с конца: 48 и 47');
	});
});
