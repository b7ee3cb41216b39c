import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadOnce } from '../../src/site/memo';

/** A loader that counts its calls, standing in for reading every content collection. */
function countingLoader<T>(result: T) {
	const loader = async () => {
		loader.calls++;
		return result;
	};
	loader.calls = 0;
	return loader;
}

describe('loadOnce', () => {
	test('loads once for many calls, concurrent or not, and returns the same data', async () => {
		const load = countingLoader({ topics: 42 });
		const get = loadOnce(load);
		// A page's components ask at the same time (before the first load has finished), then later pages ask again.
		const first = await Promise.all(Array.from({ length: 11 }, () => get()));
		const later = await Promise.all(Array.from({ length: 11 * 100 }, () => get()));
		expect(load.calls).toBe(1);
		for (const data of [...first, ...later]) expect(data).toBe(first[0]);
	});

	test('loads on every call while `fresh` says so (astro dev), and remembers again when it stops', async () => {
		const load = countingLoader('data');
		let dev = true;
		const get = loadOnce(load, { fresh: () => dev });
		await get();
		await get();
		expect(load.calls).toBe(2);
		dev = false;
		await get();
		await get();
		expect(load.calls).toBe(3);
	});

	test('does not remember a failed load: the next call tries again', async () => {
		let calls = 0;
		const get = loadOnce(async () => {
			calls++;
			if (calls === 1) throw new Error('content folder missing');
			return 'ok';
		});
		await expect(get()).rejects.toThrow('content folder missing');
		await expect(get()).resolves.toBe('ok');
		await expect(get()).resolves.toBe('ok');
		expect(calls).toBe(2);
	});
});

describe('src/site/site-data.ts', () => {
	// The memo only helps if the components' entry points go through it; a plain `async function`
	// coming back would read every collection eleven times per page again.
	const source = readFileSync(fileURLToPath(new URL('../../src/site/site-data.ts', import.meta.url)), 'utf8');
	test.each(['getSiteData', 'getGlossary'])('%s is read through loadOnce', (name) => {
		expect(source).toMatch(new RegExp(`export const ${name}\\b:[^\\n]*> = loadOnce\\(`));
		expect(source).not.toMatch(new RegExp(`export (?:async )?function ${name}\\b`));
	});
});
