import { describe, expect, test } from 'vitest';
import { errorWords } from '../../src/errors/error-words';
import { looksLikeError } from '../../src/errors/looks-like';
import { requestedSlug, searchWords } from '../../src/links/closest-pages';

/** The 404 page's guess that a missing address is an error message, from the words of its last part. */
const known = new Set(errorWords());
/** As the 404 page reads an address: its slug, then the words of the slug's last part. */
const guess = (path: string) => looksLikeError(searchWords(requestedSlug(path, '/')), known);

describe('an address that reads like an error message', () => {
	test('an exception name, or two words of the known messages', () => {
		expect(guess('/RuntimeError-mat1-and-mat2-shapes-cannot-be-multiplied/')).toBe(true);
		expect(guess('/en/operands-could-not-be-broadcast-together/')).toBe(true);
		expect(guess('/grad-can-be-implicitly-created/')).toBe(true);
		expect(guess('/ValueError/')).toBe(true);
	});

	test('a mistyped topic is not one', () => {
		for (const path of ['/en/calculus/gradiant-descnt/', '/calculus/nope/', '/linear-algebra/matrix-multiplicaton/', '/neural-networks/softmx/', '/errors-and-terror/'])
			expect(guess(path), path).toBe(false);
	});

	test('the words carried are the known messages’ words, without the ones that name no error', () => {
		expect(known.has('broadcast')).toBe(true);
		expect(known.has('mat1')).toBe(false); // words are letters only: `mat1` is read as `mat`
		expect(known.has('the')).toBe(false);
	});
});
