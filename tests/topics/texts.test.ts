import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/schemas/areas';
import { TOPIC_MODULES, topicText } from '../../src/topics/registry';

/**
 * The words of every topic module, in both languages. A TeX command whose backslash was lost to a
 * JavaScript string escape (`'\cdot'` is the string `cdot`, `'\eta'` is `eta`) still typesets, as
 * italic letters, so nothing else would catch it: every `$…$` in the texts is searched for a command
 * name standing without its backslash.
 */
const COMMANDS = ['cdot', 'frac', 'eta', 'partial', 'sqrt', 'sum', 'alpha', 'sigma', 'lambda', 'mu', 'theta', 'quad', 'times', 'operatorname', 'hat', 'mathsf', 'top', 'le', 'ge', 'approx', 'ln', 'exp', 'nabla', 'odot', 'text'];
const BARE = new RegExp(`(?:^|[^\\\\A-Za-z])(${COMMANDS.join('|')})(?![A-Za-z])`);

function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
	if (typeof value === 'string') out.push([path, value]);
	else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
	return out;
}

describe('the words of every topic module', () => {
	test('no TeX command has lost its backslash', () => {
		const problems: string[] = [];
		for (const id of TOPIC_MODULES.keys())
			for (const lang of LANGS)
				for (const [path, s] of strings(topicText(id, lang), `src/topics/${id}/${lang}.ts`, []))
					s.split('$').forEach((part, k) => {
						const m = k % 2 === 1 ? BARE.exec(part.replace(/\{\{\w+\}\}/g, '')) : null;
						if (m) problems.push(`${path}: "${m[1]}" without its backslash in $${part}$ — write "\\\\${m[1]}" in the TypeScript string`);
					});
		expect(problems).toEqual([]);
	});

	test('the check finds a lost backslash', () => {
		expect(BARE.test('{{z1}} cdot w_{11}')).toBe(true);
		expect(BARE.test('{{z1}} \\cdot w_{11}')).toBe(false);
		expect(BARE.test('{{eta}}'.replace(/\{\{\w+\}\}/g, ''))).toBe(false);
	});
});
