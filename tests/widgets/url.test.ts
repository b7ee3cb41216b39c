import { describe, expect, test } from 'vitest';
import { linkTo, linkTooLong, readState } from '../../src/widgets/lib/url';

describe('a widget state in the address', () => {
	test('reads only its own namespace and only the keys it knows', () => {
		const s = readState('?dl.k=3&dl.w=1+2%0A3+4&cr.k=9&dl.evil=1', 'dl', ['k', 'w']);
		expect(s).toEqual({ k: '3', w: '1 2\n3 4' });
	});

	test('a link replaces its own parameters and keeps everything else but the fragment (it opens at the widget)', () => {
		const href = linkTo('https://x.test/p/?w=dense-layer&cr.x=1&dl.k=9#top', 'dl', { k: '2', w: '1 2\n3 4' });
		const url = new URL(href);
		expect(url.pathname).toBe('/p/');
		expect(url.hash).toBe('');
		expect(url.searchParams.get('w')).toBe('dense-layer');
		expect(url.searchParams.get('cr.x')).toBe('1');
		expect(url.searchParams.get('dl.k')).toBe('2');
		expect(url.searchParams.get('dl.w')).toBe('1 2\n3 4');
		expect(readState(url.search, 'dl', ['k', 'w'])).toEqual({ k: '2', w: '1 2\n3 4' });
	});

	test('survives malformed percent-encoding without throwing', () => {
		expect(() => readState('?dl.k=%E0%A4%A&dl.w=%', 'dl', ['k', 'w'])).not.toThrow();
		const s = readState('?dl.k=%E0%A4%A&dl.w=%', 'dl', ['k', 'w']);
		expect(s.w).toBe('%');
	});

	test('hands script payloads over as plain text (the parsers refuse them; nothing is ever rendered as HTML)', () => {
		const s = readState('?dl.k=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'dl', ['k']);
		expect(s.k).toBe('<script>alert(1)</script>');
	});

	test('drops over-long values and absurdly long queries unread', () => {
		expect(readState(`?dl.k=${'9'.repeat(10_000)}`, 'dl', ['k'])).toEqual({});
		expect(readState(`?x=${'a'.repeat(30_000)}&dl.k=2`, 'dl', ['k'])).toEqual({});
	});

	test('the namespaces of two widgets do not clash', () => {
		const a = linkTo('https://x.test/?dl.k=2', 'cr', { x: '1' });
		expect(readState(new URL(a).search, 'dl', ['k'])).toEqual({ k: '2' });
		expect(readState(new URL(a).search, 'cr', ['x'])).toEqual({ x: '1' });
	});
});

describe('linkTooLong', () => {
	test('tells a state dropped for its length from no state at all', () => {
		expect(linkTooLong(`?dl.k=${'9'.repeat(10_000)}`, 'dl', ['k'])).toBe(true);
		expect(linkTooLong(`?x=${'a'.repeat(30_000)}&dl.k=2`, 'dl', ['k'])).toBe(true);
		expect(linkTooLong(`?x=${'a'.repeat(30_000)}`, 'dl', ['k'])).toBe(false);
		expect(linkTooLong('?dl.k=2', 'dl', ['k'])).toBe(false);
		expect(linkTooLong(`?cr.k=${'9'.repeat(10_000)}`, 'dl', ['k'])).toBe(false);
	});
});
