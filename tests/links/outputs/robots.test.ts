import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { robotsText, robotsTxt } from '../../../src/links/outputs/robots';
import { fakeBuild } from './helpers';

describe('robotsTxt', () => {
	test('names the sitemap at the deployment’s address, under the base', () => {
		expect(robotsText('https://example.org', '/nn-math/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/nn-math/sitemap-index.xml\n');
		expect(robotsText('http://127.0.0.1:4321', '/')).toBe('User-agent: *\nAllow: /\n\nSitemap: http://127.0.0.1:4321/sitemap-index.xml\n');
	});
	test('writes robots.txt into the built site', () => {
		const ctx = fakeBuild();
		robotsTxt.write(ctx);
		expect(readFileSync(join(ctx.out, 'robots.txt'), 'utf8')).toBe(robotsText('https://example.org', '/'));
	});
	test('leaves a hand-written robots.txt (from public/) alone', () => {
		const ctx = fakeBuild({ 'robots.txt': 'User-agent: *\nDisallow: /\n' });
		robotsTxt.write(ctx);
		expect(readFileSync(join(ctx.out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
	});
});
