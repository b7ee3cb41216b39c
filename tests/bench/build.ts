/**
 * Production builds of the project in temporary copies: the site as it is (×1) and with the topics
 * multiplied synthetically (×5, ×10). Each copy gets its own `node_modules` folder of symlinks to
 * the project's packages, without `.astro`/`.vite`, so every build starts from the same cold
 * caches and none touches the shared ones.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { addSyntheticTopics, topicIds } from './synthetic';
import { ROOT, dirBytes } from './util';

/**
 * Where the copies go: inside the repository's git-ignored artifacts folder, not /tmp. Astro treats
 * a file outside the project root that shares no folder with it (the symlinked packages in
 * /work/main/node_modules seen from /tmp/…) as root-relative and fails to find its compiled styles.
 */
const COPIES = join(ROOT, 'tests', '.artifacts', 'bench');
/** What the project is made of; the copy holds exactly this (the top level of the repo is fixed). */
const PROJECT_ENTRIES = ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'content', 'public'];
/** Caches that must not be shared between builds (or with the other worktrees using the same packages). */
const CACHES = new Set(['.astro', '.vite', '.cache']);

export interface BuildResult {
	dir: string;
	dist: string;
	topics: number;
	pages: number;
	wallSeconds: number;
	cpuSeconds: number;
	loadBefore: number;
	pagefindIndexBytes: number;
	pagefindFragmentBytes: number;
	pagefindDirBytes: number;
}

/** A copy of the project in a temporary folder, with `factor`× as many topics as the real site. */
export function makeCopy(factor: number): string {
	mkdirSync(COPIES, { recursive: true });
	const dir = mkdtempSync(join(COPIES, `x${factor}-`));
	for (const entry of PROJECT_ENTRIES) {
		if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	const modules = realpathSync(join(ROOT, 'node_modules'));
	mkdirSync(join(dir, 'node_modules'));
	for (const entry of readdirSync(modules)) {
		if (!CACHES.has(entry)) symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
	}
	const real = topicIds(dir).length;
	if (factor > 1) addSyntheticTopics(dir, real * (factor - 1));
	return dir;
}

/**
 * Runs `astro build` in `dir` with NODE_ENV=production and measures it: wall seconds and the CPU
 * seconds of the build and its children (from the shell's `times`), which a loaded machine
 * inflates much less than wall time.
 */
export async function timedBuild(dir: string, timeoutSeconds = Infinity): Promise<BuildResult> {
	const loadBefore = loadavg()[0]!;
	const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PATH: `${join(dir, 'node_modules', '.bin')}:${process.env.PATH}` };
	delete env.NODE_OPTIONS;
	const logFile = join(dir, 'build.log');
	const script = `astro build > '${logFile}' 2>&1; status=$?; times; exit $status`;
	const started = performance.now();
	const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
		// Its own process group, so a build that overruns the budget is stopped with all its workers.
		const child = spawn('bash', ['-c', script], { cwd: dir, env, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
		let out = '';
		const timer = Number.isFinite(timeoutSeconds)
			? setTimeout(() => {
					out += `\ntimed out after ${timeoutSeconds.toFixed(0)} s`;
					process.kill(-child.pid!, 'SIGKILL');
				}, timeoutSeconds * 1000)
			: undefined;
		child.stdout.on('data', (d: Buffer) => (out += d.toString()));
		child.on('error', reject);
		child.on('close', (c) => {
			clearTimeout(timer);
			resolve({ code: c, stdout: out });
		});
	});
	const wallSeconds = (performance.now() - started) / 1000;
	if (code !== 0) {
		if (stdout.includes('timed out after')) throw new Error(`astro build in ${dir} stopped: it ${stdout.trim().split('\n').at(-1)}`);
		const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
		throw new Error(`astro build failed in ${dir} (exit ${code}):\n${tail}`);
	}
	// `times` prints the shell's user/system time, then its children's: "0m14.166s 0m4.830s".
	const childLine = stdout.trim().split('\n').at(-1) ?? '';
	const cpuSeconds = [...childLine.matchAll(/(\d+)m([\d.]+)s/g)].reduce((s, m) => s + Number(m[1]) * 60 + Number(m[2]), 0);
	const dist = join(dir, 'dist');
	const pagefind = join(dist, 'pagefind');
	return {
		dir,
		dist,
		topics: topicIds(dir).length,
		pages: readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length,
		wallSeconds,
		cpuSeconds,
		loadBefore,
		pagefindIndexBytes: dirBytes(pagefind, (f) => f.startsWith('index/') || f.startsWith('filter/') || f.endsWith('.pf_meta')),
		pagefindFragmentBytes: dirBytes(pagefind, (f) => f.startsWith('fragment/')),
		pagefindDirBytes: dirBytes(pagefind),
	};
}

/** `astro sync` in a copy, untimed: reads Astro, Vite and the content config into the file cache. */
export async function warmUp(dir: string): Promise<void> {
	const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PATH: `${join(dir, 'node_modules', '.bin')}:${process.env.PATH}` };
	await new Promise<void>((resolve, reject) => {
		const child = spawn('astro', ['sync'], { cwd: dir, env, stdio: 'ignore' });
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`astro sync exited with ${code}`))));
	});
}

export function removeCopy(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}
