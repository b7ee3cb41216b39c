import { expect, test } from 'vitest';
import { createRng } from '../../src/core/random';

/** The bare uniform stream of a seed, which every other draw is made from. */
const stream = (seed: number) => createRng(seed).next;

test('the same seed gives the same sequence, another seed another one', () => {
	const a = stream(42);
	const b = stream(42);
	const c = stream(43);
	const first = Array.from({ length: 5 }, () => a());
	expect(Array.from({ length: 5 }, () => b())).toEqual(first);
	expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
});

test('the sequence is pinned, so seeded pictures on the site never change silently', () => {
	const next = stream(1);
	expect(Array.from({ length: 3 }, () => next())).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
});

test('uniform draws stay in [0, 1) and fill it evenly', () => {
	const next = stream(7);
	const bins = new Array(10).fill(0);
	let outside = 0;
	for (let i = 0; i < 100_000; i++) {
		const u = next();
		if (!(u >= 0 && u < 1)) outside++;
		else bins[Math.floor(u * 10)]++;
	}
	expect(outside).toBe(0);
	for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
});

test('normal draws have the requested mean and standard deviation', () => {
	const rng = createRng(3);
	const n = 50_000;
	let sum = 0;
	let sumSq = 0;
	for (let i = 0; i < n; i++) {
		const z = rng.normal(1, 2);
		sum += z;
		sumSq += z * z;
	}
	const mean = sum / n;
	const std = Math.sqrt(sumSq / n - mean * mean);
	expect(Math.abs(mean - 1)).toBeLessThan(0.05);
	expect(Math.abs(std - 2)).toBeLessThan(0.05);
});

test('int and uniform respect their bounds', () => {
	const rng = createRng(9);
	for (let i = 0; i < 1000; i++) {
		const k = rng.int(6);
		expect(Number.isInteger(k) && k >= 0 && k < 6).toBe(true);
		const u = rng.uniform(-1, 1);
		expect(u >= -1 && u < 1).toBe(true);
	}
});
