import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Finds a Chromium to drive, never downloading one: `CHROME_PATH`, then Debian's `/usr/bin/chromium`,
 * then a browser already in Playwright's cache. As root on Debian with none found, it installs the
 * `chromium` package with apt; otherwise it fails with the command to run.
 */
export function findBrowser(): string {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', ...playwrightCache()];
	const found = candidates.find((p): p is string => !!p && existsSync(p));
	if (found) return found;
	const isRoot = process.getuid?.() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit' });
		if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	}
	throw new Error(
		'No Chromium found for the browser tests. Install Debian\'s: `sudo apt-get install -y chromium`, ' +
			'or set CHROME_PATH to a Chrome/Chromium binary. (Do not run `npx playwright install`.)',
	);
}

function playwrightCache(): string[] {
	const dir = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
	try {
		return readdirSync(dir)
			.filter((d) => d.startsWith('chromium'))
			.flatMap((d) => [join(dir, d, 'chrome-linux', 'chrome'), join(dir, d, 'chrome-linux64', 'chrome')]);
	} catch {
		return [];
	}
}

/** Flags that keep a headless Chromium quiet on a machine with a closed network (see ../shared/NOTES.md). */
const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Launches Chromium. Its contexts (and `browser.newPage()`, which opens one) block service workers
 * unless a test passes `serviceWorkers: 'allow'`: the offline worker (src/offline/) answers the
 * page's requests itself, and Playwright's `route()` never sees a request a worker answered, so a
 * test that aborts a script would silently get it from the worker's cache; and a worker storing
 * every page a test opens is work no other test is about. tests/browser/offline.test.ts allows it.
 */
export async function launchBrowser(): Promise<Browser> {
	const browser = await chromium.launch({ executablePath: findBrowser(), args: FLAGS });
	const newContext = browser.newContext.bind(browser);
	browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
	return browser;
}

/** Where screenshots go: a git-ignored folder a person can open after `npm test`. */
export const SCREENSHOTS = join(import.meta.dirname, '..', '.artifacts', 'screenshots');

/**
 * A screenshot of the whole page, every block drawn. Blocks below the first screen skip rendering
 * until they come near the viewport (`content-visibility: auto`, src/styles/site.css), and a
 * full-page capture does not bring them near: they would come out blank. So they are made visible first.
 */
export async function screenshotWholePage(page: Page, path: string): Promise<void> {
	await page.addStyleTag({ content: '.sl-markdown-content > * { content-visibility: visible !important; }' });
	await page.screenshot({ path, fullPage: true });
}
