/**
 * Spaced review: when each topic a reader has shown they know comes back. Pure: the day is passed
 * in (whole days, e.g. days since 1970 in the reader's time zone), never read here, so the schedule
 * is the same for the same answers and the same clock, and tests move the clock freely.
 *
 * - A success moves a topic one step along {@link INTERVALS} (1, 3, 7, 16, 35, 75 days); intervals
 *   never shrink after a success.
 * - A miss moves it back two steps and brings it back tomorrow.
 * - A successful review of a topic credits each of its prerequisites with a fraction of a review
 *   ({@link PREREQUISITE_CREDIT}): reviewing backprop refreshes the chain rule. Credit only ever
 *   postpones a review, and never past the date the prerequisite's own successful review today would
 *   give it.
 */

/** Days until the next review after 1, 2, 3… successes in a row. */
export const INTERVALS = [1, 3, 7, 16, 35, 75, 160] as const;
/** The share of a review a prerequisite gets when a topic that needs it is reviewed successfully. */
export const PREREQUISITE_CREDIT = 0.5;

export interface ReviewState {
	/** How many steps along INTERVALS the topic has come (0 before its first success). */
	step: number;
	/** The day it is due. */
	due: number;
}

/** The interval for the step a topic is at, the last one repeating. */
export const intervalAt = (step: number): number => INTERVALS[Math.min(Math.max(step, 0), INTERVALS.length - 1)]!;

/** The first schedule of a topic just shown known on `today`: due after the first interval. */
export const firstReview = (today: number): ReviewState => ({ step: 1, due: today + intervalAt(0) });

/** The schedule after a review on `today`. */
export function afterReview(state: ReviewState, correct: boolean, today: number): ReviewState {
	if (correct) return { step: state.step + 1, due: today + intervalAt(state.step) };
	const step = Math.max(0, state.step - 2);
	return { step, due: today + 1 };
}

/**
 * A prerequisite's schedule after a topic that needs it was reviewed successfully on `today`: it is
 * postponed by `fraction` of the interval its own success would earn, never earlier than it was and
 * never later than its own success today would make it.
 */
export function credit(state: ReviewState, today: number, fraction = PREREQUISITE_CREDIT): ReviewState {
	const own = today + intervalAt(state.step);
	const partial = today + Math.floor(fraction * intervalAt(state.step));
	return { step: state.step, due: Math.max(state.due, Math.min(partial, own)) };
}

/** The topics due on `today`, most overdue first, ties by id: the same list for the same clock. */
export function dueTopics(schedule: Readonly<Record<string, ReviewState>>, today: number): string[] {
	return Object.entries(schedule)
		.filter(([, s]) => s.due <= today)
		.sort(([a, x], [b, y]) => x.due - y.due || (a < b ? -1 : a > b ? 1 : 0))
		.map(([id]) => id);
}

/** The day number of a moment in the reader's time zone: days since 1970-01-01 local midnight. */
export function dayOf(ms: number, offsetMinutes: number): number {
	return Math.floor((ms - offsetMinutes * 60_000) / 86_400_000);
}
