import { asciiSlug } from '../markdown/transliterate';
import type { NotationSymbol } from '../schemas/notation';

/**
 * The symbols of the formulas (content/notation/symbols.yaml), pure helpers for the page of symbols,
 * the topic frame and the test that every symbol the formulas use is listed.
 */

/** A symbol's row id on the page of symbols: its first English name as an ASCII slug (`nabla`, `curly-d`). */
export const symbolAnchor = (symbol: Pick<NotationSymbol, 'names'>) => asciiSlug(symbol.names.en[0]!);

/**
 * The TeX tokens of a formula that can be symbols: every command (`\nabla`, `\|`), with the letter of
 * the font commands that make a symbol of it (`\mathbb{E}`, `\mathcal{N}`, `\mathsf{T}`). Words are
 * not symbols: `\text{…}`, `\mathrm{…}` and `\operatorname{…}` (`MSE`, `relu`, `Var`) are skipped whole.
 */
export function texTokens(tex: string): string[] {
	const tokens: string[] = [];
	const withoutWords = tex.replace(/\\(?:text|mathrm|operatorname)\{[^{}]*\}/g, ' ');
	for (const m of withoutWords.matchAll(/\\(?:(mathbb|mathcal|mathsf)\{([^{}]*)\}|([A-Za-z]+)|([^A-Za-z\s]))/g)) {
		if (m[1]) tokens.push(`\\${m[1]}{${m[2]}}`);
		else tokens.push(`\\${m[3] ?? m[4]}`);
	}
	return tokens;
}
