import { describe, expect, test } from 'vitest';
import { OUTPUTS } from '../../../src/links/integration';

describe('the post-build steps', () => {
	test('write one file each, with the security headers last (they hash scripts the steps before add)', () => {
		expect(OUTPUTS.map((o) => o.writes)).toEqual([
			'og/**/*.png',
			'robots.txt',
			'en/404.html',
			'redirect pages (**/index.html of moved URLs)',
			'_headers',
		]);
	});
});
