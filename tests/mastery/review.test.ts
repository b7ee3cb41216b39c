import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { afterReview, credit, dayOf, dueTopics, firstReview, INTERVALS, intervalAt, type ReviewState } from '../../src/mastery/review';

const state = fc.record({ step: fc.integer({ min: 0, max: 12 }), due: fc.integer({ min: 0, max: 40_000 }) });
const day = fc.integer({ min: 0, max: 40_000 });

describe('spaced review (a pure scheduler, the clock passed in)', () => {
	test('a topic shown known today comes back tomorrow, then after 3, 7, 16, 35 days of successes', () => {
		let s: ReviewState = firstReview(100);
		const dues = [s.due];
		for (let i = 0; i < 4; i++) {
			s = afterReview(s, true, s.due);
			dues.push(s.due);
		}
		expect(dues).toEqual([101, 104, 111, 127, 162]);
	});

	test('intervals never shrink after a success', () => {
		fc.assert(
			fc.property(state, day, (s, today) => {
				const a = afterReview(s, true, today);
				const b = afterReview(a, true, a.due);
				expect(b.due - a.due).toBeGreaterThanOrEqual(a.due - today);
				expect(a.step).toBe(s.step + 1);
			}),
		);
	});

	test('a miss brings the topic back tomorrow, two steps back', () => {
		expect(afterReview({ step: 4, due: 50 }, false, 50)).toEqual({ step: 2, due: 51 });
		expect(afterReview({ step: 1, due: 50 }, false, 52)).toEqual({ step: 0, due: 53 });
	});

	test('credit to a prerequisite only postpones it, never past its own success today', () => {
		fc.assert(
			fc.property(state, day, fc.double({ min: 0, max: 1, noNaN: true }), (s, today, fraction) => {
				const c = credit(s, today, fraction);
				expect(c.due).toBeGreaterThanOrEqual(s.due);
				expect(c.due).toBeLessThanOrEqual(Math.max(s.due, afterReview(s, true, today).due));
				expect(c.step).toBe(s.step);
			}),
		);
		// Half a review: a prerequisite due today, at step 3 (own success would give 16 days), moves 8 days.
		expect(credit({ step: 3, due: 10 }, 10)).toEqual({ step: 3, due: 18 });
	});

	test('the due list is stable for a fixed clock: most overdue first, ties by id', () => {
		const schedule = { 'b/x': { step: 1, due: 5 }, 'a/y': { step: 2, due: 5 }, 'c/z': { step: 1, due: 3 }, 'd/w': { step: 1, due: 9 } };
		expect(dueTopics(schedule, 6)).toEqual(['c/z', 'a/y', 'b/x']);
		fc.assert(
			fc.property(fc.dictionary(fc.stringMatching(/^[a-z]{1,3}\/[a-z]{1,3}$/), state), day, (sched, today) => {
				const shuffled = Object.fromEntries(Object.entries(sched).reverse());
				expect(dueTopics(shuffled, today)).toEqual(dueTopics(sched, today));
			}),
		);
	});

	test('the last interval repeats; days are counted in the reader’s time zone', () => {
		expect(intervalAt(99)).toBe(INTERVALS[INTERVALS.length - 1]);
		// 2026-12-04 23:30 UTC is already 5 December in Moscow (UTC+3, offset −180).
		const ms = Date.UTC(2026, 11, 4, 23, 30);
		expect(dayOf(ms, -180) - dayOf(ms, 0)).toBe(1);
	});
});
