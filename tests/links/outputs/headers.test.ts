import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, headersFile, inlineScriptHashes, policyFromHeaders } from '../../../src/links/csp';
import { headers } from '../../../src/links/outputs/headers';
import { fakeBuild } from './helpers';

describe('headers', () => {
	test('writes _headers under the base, hashing the inline scripts of every page', () => {
		const a = '<script>console.log(1)</script>';
		const b = '<script type="module">import("x")</script><script src="/x.js"></script>';
		const ctx = fakeBuild({ 'index.html': a, 'en/deep/index.html': b }, { base: '/nn-math/' });
		headers.write(ctx);
		const written = readFileSync(join(ctx.out, '_headers'), 'utf8');
		expect(written).toBe(headersFile(contentSecurityPolicy([...inlineScriptHashes(b), ...inlineScriptHashes(a)]), '/nn-math/'));
		const policy = policyFromHeaders(written)!;
		for (const hash of [...inlineScriptHashes(a), ...inlineScriptHashes(b)]) expect(policy).toContain(hash);
		expect(written).toContain('/nn-math/_astro/*');
	});
});
