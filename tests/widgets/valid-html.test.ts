import { HtmlValidate } from 'html-validate';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { widgetEntry } from '../helpers/widget-entries';

/**
 * Each widget's server-rendered HTML is valid by html-validate's recommended rules (the rules the
 * built pages are held to), checked here on the widget alone so a finding names the widget.
 */
const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: { 'void-style': 'off', 'no-inline-style': 'off' },
});

const WIDGETS = ['ShapeExplorer', 'DenseLayer', 'Derivative', 'ChainRule', 'GradientDescent', 'Training', 'Softmax', 'Convolution', 'TwoLayerBackprop'];

describe('the widgets’ server-rendered HTML is valid', () => {
	for (const name of WIDGETS) {
		test(name, async () => {
			const body = renderToString(h(widgetEntry('ru', name), { lang: 'ru' }));
			const page = `<!DOCTYPE html><html lang="ru"><head><title>${name}</title></head><body><main>${body}</main></body></html>`;
			const report = await validator.validateString(page);
			const findings = report.results.flatMap((r) => r.messages).map((m) => `${m.ruleId}: ${m.message} — ${m.selector}`);
			expect(findings).toEqual([]);
		});
	}
});
