import { describe, expect, test } from 'vitest';
import { OFFLINE_CACHE } from '../../src/offline/cache-name';
import { serviceWorkerSource } from '../../src/offline/integration';

describe('the service worker the build writes', () => {
	test('is plain JavaScript with the base path and cache name filled in', () => {
		const js = serviceWorkerSource('/math/');
		expect(js).toContain('const BASE = "/math/";');
		expect(js).toContain(`const CACHE = ${JSON.stringify(OFFLINE_CACHE)};`);
		expect(js).not.toMatch(/__BASE__|__CACHE__|declare const|: Request\b/);
		// It parses as a script (a service worker is a classic script here).
		expect(() => new Function(js)).not.toThrow();
	});
});
