import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../helpers/dist';

/**
 * Every built page is valid HTML by html-validate's recommended rules, with these exceptions:
 * - `void-style` off: Astro writes void elements as `<meta/>`; both spellings are valid HTML.
 * - `no-inline-style` off: KaTeX positions glyphs and Shiki colours code with style attributes; that
 *   is their output format, not something a page author controls.
 * - `valid-id` relaxed: HTML allows any id without spaces; Starlight's skip target is `_top`.
 * - `long-title` off: titles are written for people; the full topic name beats a truncated one.
 */
const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		'void-style': 'off',
		'no-inline-style': 'off',
		'valid-id': ['error', { relaxed: true }],
		'long-title': 'off',
	},
});

/**
 * Findings in markup that Astro or Starlight generate, which the site cannot change without
 * forking them. Each is matched exactly (rule and selector) so nothing of ours hides behind it.
 */
const UPSTREAM: { rule: string; selector: RegExp; why: string }[] = [
	{
		rule: 'no-implicit-button-type',
		selector: /^html > body > div > nav > button$/,
		why: "Starlight's mobile menu button: a popover target outside any form, so the missing type changes nothing.",
	},
	{
		rule: 'unique-landmark',
		selector: /starlight-toc > nav$/,
		why: "Starlight renders the table of contents twice (mobile and desktop, one hidden by CSS at any width) with the same label.",
	},
	{
		rule: 'element-permitted-content',
		selector: /> style$/,
		why: 'Astro inserts one `<style>` for `astro-island { display: contents }` before the first island, inside the content.',
	},
];

const upstream = (m: Message) => UPSTREAM.some((u) => u.rule === m.ruleId && u.selector.test(m.selector ?? ''));

describe('HTML validity', () => {
	test.each(builtPages().map((p) => [p.file, p] as const))('%s is valid HTML', async (file, page) => {
		const report = await validator.validateString(page.html, file);
		const findings = report.results
			.flatMap((r) => r.messages)
			.filter((m) => !upstream(m))
			.map((m) => `${m.ruleId} (line ${m.line}): ${m.message} — ${m.selector}`);
		expect(findings, findings.join('\n')).toEqual([]);
	});
});
