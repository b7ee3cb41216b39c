import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';

/** The GitHub Pages workflow builds with the address Pages gives (or the repository's SITE/BASE) and deploys `dist/`. */

interface Step {
	uses?: string;
	run?: string;
	id?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}
interface Workflow {
	on: Record<string, unknown>;
	permissions: Record<string, string>;
	jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
}

const workflow = load(readFileSync(fileURLToPath(new URL('../../.github/workflows/deploy.yml', import.meta.url)), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const uses = (name: string) => steps.find((s) => s.uses?.startsWith(`${name}@`));

describe('the deployment workflow', () => {
	test('builds with SITE and BASE from Pages or the repository variables', () => {
		const build = steps.find((s) => s.run === 'npm run build')!;
		expect(build.env?.SITE).toContain('vars.SITE');
		expect(build.env?.SITE).toContain('steps.pages.outputs.origin');
		expect(build.env?.BASE).toContain('vars.BASE');
		expect(build.env?.BASE).toContain('steps.pages.outputs.base_path');
		expect(uses('actions/configure-pages')?.id).toBe('pages');
		expect(steps.indexOf(build)).toBeGreaterThan(steps.findIndex((s) => s.run?.startsWith('npm ci')));
	});

	test('uploads dist with upload-pages-artifact and deploys it with deploy-pages', () => {
		expect(uses('actions/upload-pages-artifact')?.with?.path).toBe('dist');
		expect(uses('actions/deploy-pages')).toBeDefined();
		expect(workflow.jobs.deploy?.needs).toBe('build');
		expect(workflow.jobs.deploy?.environment?.name).toBe('github-pages');
		expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write', contents: 'read' });
		expect(Object.keys(workflow.on)).toContain('push');
	});
});
