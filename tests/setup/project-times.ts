import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Reporter, TestModule } from 'vitest/node';
import { builtTimes } from './build-site';

/**
 * Prints each project's wall time at the end of a run (`npm test`, and so `.ci/run`), and writes it to
 * tests/.artifacts/project-times.json: from its first file's start to its last file's end, with the
 * offsets from the start of the run (projects of different `sequence.groupOrder` may overlap: Vitest
 * starts the next group's workers while the last files of one finish). The site build, a global setup
 * that `dist` and `browser` wait for, runs before their first file: build-site.ts reports it as `build`.
 */
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '.artifacts', 'project-times.json');

export default class ProjectTimes implements Reporter {
	private start = 0;
	private firstStart = new Map<string, number>();
	private lastEnd = new Map<string, number>();
	private files = new Map<string, number>();

	// onInit comes before the global setups (the site build), onTestRunStart may come after them.
	onInit() {
		this.start = Date.now();
	}

	onTestModuleStart(module: TestModule) {
		const name = module.project.name || '(root)';
		if (!this.firstStart.has(name)) this.firstStart.set(name, Date.now());
	}

	onTestModuleEnd(module: TestModule) {
		const name = module.project.name || '(root)';
		this.lastEnd.set(name, Date.now());
		this.files.set(name, (this.files.get(name) ?? 0) + 1);
	}

	onTestRunEnd() {
		if (this.lastEnd.size === 0) return;
		const at = (t: number) => Math.round((t - this.start) / 100) / 10;
		const rows = [...this.lastEnd]
			.map(([name, end]) => ({ project: name, files: this.files.get(name)!, from: at(this.firstStart.get(name) ?? this.start), to: at(end) }))
			.sort((a, b) => a.from - b.from)
			.map((r) => ({ ...r, seconds: Math.round((r.to - r.from) * 10) / 10 }));
		const builds = builtTimes(this.start);
		const total = Math.max(...rows.map((r) => r.to));
		const width = Math.max(5, ...rows.map((r) => r.project.length));
		const lines = [
			...builds.map((b) => `  ${'build'.padEnd(width)}  ${String(b).padStart(7)} s  (the site, once, before dist)`),
			...rows.map((r) => `  ${r.project.padEnd(width)}  ${String(r.seconds).padStart(7)} s  (${r.files} files, ${r.from}–${r.to} s into the run)`),
		];
		console.log(`\nWall time per project:\n${lines.join('\n')}\n  ${'all'.padEnd(width)}  ${String(total).padStart(7)} s\n`);
		mkdirSync(dirname(OUT), { recursive: true });
		writeFileSync(OUT, JSON.stringify({ build: builds, rows, total }, null, '\t'));
	}
}
