import { describe, expect, test } from 'vitest';
import { addCodeCopy } from '../../src/links/code-copy';

const PRE = '<pre class="astro-code github-dark-high-contrast" tabindex="0" data-language="python"><code><span class="line">print(1)</span></code></pre>';
const page = (content: string, outside = '') =>
	`<!doctype html><html lang="ru"><body>${outside}<main><div class="sl-markdown-content">${content}</div></main></body></html>`;

describe('a copy button on code blocks', () => {
	test('wraps every code block of the text with a hidden button labelled in the language', () => {
		const out = addCodeCopy(page(`<p>a</p>${PRE}<p>b</p>${PRE}`), 'ru');
		const blocks = out.match(/<div class="code-block"><button type="button" class="code-copy"[^>]*hidden>Копировать<\/button><pre class="astro-code/g) ?? [];
		expect(blocks).toHaveLength(2);
		expect(out).toContain('data-done="Код скопирован"');
		expect(addCodeCopy(page(PRE), 'en')).toMatch(/data-done="Code copied"[^>]*hidden>Copy<\/button>/);
	});

	test('keeps the code itself byte for byte, and touches nothing before the text', () => {
		const before = `<pre class="astro-code x"><code>nav</code></pre>`;
		const out = addCodeCopy(page(PRE, before), 'ru');
		expect(out.split('code-copy').length - 1).toBe(1);
		expect(out).toContain(`${before}<main>`);
		expect(out.replace(/<div class="code-block"><button[^>]*>[^<]*<\/button>/, '').replace(`${PRE}</div>`, PRE)).toBe(page(PRE, before));
	});

	test('leaves a page without text, or already done, as it is', () => {
		const plain = '<html><body><pre class="astro-code">x</pre></body></html>';
		expect(addCodeCopy(plain, 'ru')).toBe(plain);
		const once = addCodeCopy(page(PRE), 'ru');
		expect(addCodeCopy(once, 'ru')).toBe(once);
	});

	test('a page with a long snippet stays linear: the scan is one pass', () => {
		const long = page(`<pre class="astro-code"><code>${'x = 1\n'.repeat(50_000)}</code></pre>`);
		expect(addCodeCopy(long, 'ru').length).toBe(long.length + addCodeCopy(page('<pre class="astro-code"></pre>'), 'ru').length - page('<pre class="astro-code"></pre>').length);
	});
});
