import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { english404 } from '../../../src/links/outputs/english-404';
import { fakeBuild } from './helpers';

describe('english404', () => {
	test('copies the English 404 page to en/404.html', () => {
		const ctx = fakeBuild({ 'en/404/index.html': '<p>Not found</p>' });
		english404.write(ctx);
		expect(readFileSync(join(ctx.out, 'en', '404.html'), 'utf8')).toBe('<p>Not found</p>');
	});
	test('writes nothing when the site has no English 404 page', () => {
		const ctx = fakeBuild({ 'index.html': '<p>home</p>' });
		english404.write(ctx);
		expect(existsSync(join(ctx.out, 'en', '404.html'))).toBe(false);
	});
});
