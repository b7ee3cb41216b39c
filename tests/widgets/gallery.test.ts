import { describe, expect, test } from 'vitest';
import { pickWidget, WIDGETS } from '../../src/widgets/state/gallery';

describe('the gallery picks a widget from the address', () => {
	test('a named widget, else the first', () => {
		expect(pickWidget('?w=training', WIDGETS)).toBe('training');
		expect(pickWidget('', WIDGETS)).toBe('shapes');
		expect(pickWidget('?w=%3Cscript%3E', WIDGETS)).toBe('shapes');
		expect(pickWidget('?w=%E0%A4%A', WIDGETS)).toBe('shapes');
		expect(pickWidget('?w=__proto__', WIDGETS)).toBe('shapes');
	});
});
