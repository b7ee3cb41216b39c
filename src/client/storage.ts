/** The page's localStorage, or undefined where merely touching it throws (storage disabled, some private modes). */
export function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}
