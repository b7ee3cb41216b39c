/** The page's localStorage, or undefined where merely touching it throws (storage disabled, some private modes). */
export function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** Fired on window when a checked answer was stored (src/client/record-answer.ts), so views of mastery redraw. */
export const EVIDENCE_EVENT = 'nn-math:evidence';
