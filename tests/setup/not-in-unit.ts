/**
 * What `unit` resolves tfjs and Playwright to (tests/vitest.config.ts): importing one of them from a
 * unit test fails at once with the way out, so the unit project stays pure and fast.
 */
throw new Error(
	'A unit test imported tfjs or Playwright. The unit project is pure: move the test under a folder named ' +
		'`oracle/` (tfjs) or to tests/browser/ (Chromium); tests/vitest.config.ts lists each project.',
);
