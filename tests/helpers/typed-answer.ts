import { writeNumber } from '../../src/numbers/write';
import type { Answer } from '../../src/practice/types';
import type { Lang } from '../../src/schemas/areas';

/** The answer as a reader types it in `lang`: `−0,5`, `(1; 2)`, `4×16`, rows on lines, or the first accepted word. */
export function typed(answer: Answer, lang: Lang, words: Record<string, string[]>): string {
	const n = (v: number) => writeNumber(v, lang, 12);
	switch (answer.kind) {
		case 'number':
			return n(answer.value);
		case 'vector':
			return `(${answer.value.map(n).join('; ')})`;
		case 'matrix':
			return answer.value.map((r) => r.map(n).join(' ')).join('\n');
		case 'shape':
			return answer.value.join('×');
		case 'choice':
			return words[answer.value]![0]!;
	}
}

