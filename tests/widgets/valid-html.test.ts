import { HtmlValidate } from 'html-validate';
import { h, type ComponentType } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/schemas/areas';
import ChainRule from '../../src/widgets/ChainRule';
import Convolution from '../../src/widgets/Convolution';
import DenseLayer from '../../src/widgets/DenseLayer';
import Derivative from '../../src/widgets/Derivative';
import Drills from '../../src/widgets/Drills';
import GradientDescent from '../../src/widgets/GradientDescent';
import ShapeExplorer from '../../src/widgets/ShapeExplorer';
import Softmax from '../../src/widgets/Softmax';
import Training from '../../src/widgets/Training';

/**
 * Each widget's server-rendered HTML is valid by html-validate's recommended rules (the rules the
 * built pages are held to), checked here on the widget alone so a finding names the widget.
 */
const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: { 'void-style': 'off', 'no-inline-style': 'off' },
});

const WIDGETS: Record<string, ComponentType<{ lang: Lang }>> = {
	ShapeExplorer,
	DenseLayer,
	Derivative,
	ChainRule,
	GradientDescent,
	Training,
	Softmax,
	Convolution,
	Drills,
};

describe('the widgets’ server-rendered HTML is valid', () => {
	for (const [name, widget] of Object.entries(WIDGETS)) {
		test(name, async () => {
			const body = renderToString(h(widget, { lang: 'ru' }));
			const page = `<!DOCTYPE html><html lang="ru"><head><title>${name}</title></head><body><main>${body}</main></body></html>`;
			const report = await validator.validateString(page);
			const findings = report.results.flatMap((r) => r.messages).map((m) => `${m.ruleId}: ${m.message} — ${m.selector}`);
			expect(findings).toEqual([]);
		});
	}
});
