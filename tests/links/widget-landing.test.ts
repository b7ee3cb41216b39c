import { describe, expect, test } from 'vitest';
import { landingNamespace } from '../../src/links/widget-landing';

describe('which widget a shared link opens at', () => {
	test('the first widget on the page whose state the address carries', () => {
		expect(landingNamespace('?dv.f=sigmoid&dv.x=0,5', ['cr', 'dv'])).toBe('dv');
		expect(landingNamespace('?cr.s=3&dv.f=sin', ['cr', 'dv'])).toBe('cr');
		expect(landingNamespace('?dv.f=sin&cr.s=3', ['cr', 'dv'])).toBe('cr');
	});

	test('none for an address without widget state, with another page’s parameters, or absurdly long', () => {
		expect(landingNamespace('', ['dv'])).toBeUndefined();
		expect(landingNamespace('?to=topic:calculus/derivative', ['dv'])).toBeUndefined();
		expect(landingNamespace('?dvx.f=1&d.f=1', ['dv'])).toBeUndefined();
		expect(landingNamespace(`?dv.f=${'a'.repeat(30_000)}`, ['dv'])).toBeUndefined();
		expect(landingNamespace('?dv.f=sin', [])).toBeUndefined();
	});
});
