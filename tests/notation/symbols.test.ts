import { describe, expect, test } from 'vitest';
import { symbolAnchor, texTokens } from '../../src/notation/symbols';

describe('texTokens', () => {
	test('lists commands and one-character commands, and keeps the letter of a font command', () => {
		expect(texTokens(String.raw`\nabla f \approx \mathbb{E}[x] \,\|\, \mathsf{T}`)).toEqual([
			'\\nabla',
			'\\approx',
			'\\mathbb{E}',
			'\\,',
			'\\|',
			'\\,',
			'\\mathsf{T}',
		]);
	});
	test('skips words: text, mathrm and operatorname', () => {
		expect(texTokens(String.raw`\operatorname{relu}(z) + \mathrm{MSE} + \text{in} \cdot \sigma`)).toEqual(['\\cdot', '\\sigma']);
	});
});

describe('symbolAnchor', () => {
	test('is the first English name as an ASCII slug', () => {
		expect(symbolAnchor({ names: { ru: ['де круглое'], en: ['curly d', 'partial'] } })).toBe('curly-d');
	});
});
