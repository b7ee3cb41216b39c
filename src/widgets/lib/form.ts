/**
 * The state machine every widget shares: the texts of its fields as typed, the last state that was
 * valid, and the address. A widget renders from the last valid state, so a half-typed or broken field
 * shows a message and changes nothing else; the link always describes what is on screen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ShapeErrorDetails } from '../../core/errors';
import type { Problem } from './parse';
import { readState } from './url';

export type Texts = Record<string, string>;
/** Why a set of texts is refused: a problem with one field, or a shape error raised by the core. */
export type Why = Problem | ShapeErrorDetails;
/** The verdict on a set of texts: the state they describe, or which field is wrong and why. */
export type Check<S> = { ok: S } | { key: string; why: Why };

export interface Form<S> {
	/** The texts as typed. */
	t: Texts;
	/** The last valid state, what the widget shows. */
	s: S;
	/** The texts of that state, what a link carries. */
	good: Texts;
	/** Why the current texts are not valid, if they are not. */
	err: { key: string; why: Why } | undefined;
	/** The address held a state that does not check. */
	badLink: boolean;
	set(patch: Texts): void;
}

export function useForm<S>(ns: string, defaults: Texts, check: (t: Texts) => Check<S>): Form<S> {
	const texts = useRef(defaults);
	const [, rerender] = useState(0);
	const [good, setGood] = useState(() => ({ t: defaults, s: (check(defaults) as { ok: S }).ok }));
	const [badLink, setBadLink] = useState(false);
	const apply = (t: Texts): boolean => {
		texts.current = t;
		const r = check(t);
		if ('ok' in r) setGood({ t, s: r.ok });
		rerender((n) => n + 1);
		return 'ok' in r;
	};
	// After hydration (the server rendered the defaults): a state in the address replaces them.
	useEffect(() => {
		const fromLink = readState(location.search, ns, Object.keys(defaults));
		if (Object.keys(fromLink).length > 0 && !apply({ ...defaults, ...fromLink })) {
			apply(defaults);
			setBadLink(true);
		}
	}, []);
	const r = check(texts.current);
	return {
		t: texts.current,
		s: good.s,
		good: good.t,
		err: 'ok' in r ? undefined : r,
		badLink,
		set: (patch) => apply({ ...texts.current, ...patch }),
	};
}
