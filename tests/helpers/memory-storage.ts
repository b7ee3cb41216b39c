import type { KeyValueStorage } from '../../src/progress/store';

/** A localStorage stand-in whose contents a test can read directly and snapshot. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string>; snapshot(): Record<string, string> } {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, String(v)),
		removeItem: (k) => void data.delete(k),
		snapshot: () => Object.fromEntries(data),
	};
}

/** Storage that throws on every call, as Safari and Firefox do when cookies are blocked. */
export const throwingStorage: KeyValueStorage = {
	getItem: () => {
		throw new DOMException('denied', 'SecurityError');
	},
	setItem: () => {
		throw new DOMException('full', 'QuotaExceededError');
	},
	removeItem: () => {
		throw new DOMException('denied', 'SecurityError');
	},
};
