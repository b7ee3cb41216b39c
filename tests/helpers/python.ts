import { spawnSync } from 'node:child_process';

/** The first Python that has NumPy, or an explanation of how to get one. */
export function findPython(): string {
	for (const candidate of [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean) as string[]) {
		if (spawnSync(candidate, ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0) return candidate;
	}
	throw new Error('No Python with NumPy found: run `apt-get install -y python3-numpy` (or set PYTHON).');
}
