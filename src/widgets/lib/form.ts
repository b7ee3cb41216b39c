/**
 * The state machine every widget shares, as a base class (Preact's `Component`: no hooks module to
 * ship, which keeps every page's JavaScript a kilobyte smaller). It holds the texts of the fields as
 * typed, the last state that was valid, and reads the address once the widget is live. A widget
 * renders from the last valid state, so a half-typed or broken field shows a message and changes
 * nothing else; the link always describes what is on screen.
 */
import { Component } from 'preact';
import type { ShapeErrorDetails } from '../../core/errors';
import type { CommonUi } from '../../i18n/widgets';
import type { Lang } from '../../schemas/areas';
import type { Problem } from '../../numbers/read';
import { linkTooLong, readState } from './url';

export type Texts = Record<string, string>;
/** Why a set of texts is refused: a problem with one field, or a shape error raised by the core. */
export type Why = Problem | ShapeErrorDetails;
/** The verdict on a set of texts: the state they describe, or which field is wrong and why. */
export type Check<S> = { ok: S } | { key: string; why: Why };

export interface FormState<S> {
	/** The texts as typed. */
	t: Texts;
	/** The texts of the last valid state, what a link carries. */
	good: Texts;
	/** The last valid state, what the widget shows. */
	s: S;
	/** Why the typed texts are not valid, if they are not. */
	err?: { key: string; why: Why };
	/** The address held a state that does not check (`invalid`) or was too long to be read (`too-long`). */
	badLink?: 'invalid' | 'too-long';
}

/** What a page gives a widget in MDX (`<Training client:visible lang="ru" />`); Astro writes these into the HTML. */
export interface PageProps {
	lang: Lang;
	/** The namespace of the widget's parameters in the address; two copies on a page need two. */
	id?: string;
}

/**
 * What a widget renders from: the page's props and the strings in the page's language, which the
 * widget's entry for that language binds (`src/widgets/<lang>/<Widget>.ts`, see `lib/entry.ts`), so
 * that a page downloads one language, not both.
 */
export interface WidgetProps<T = unknown> extends PageProps {
	/** The widget's own strings (`src/widgets/i18n/<widget>.ts`, English in `en/`). */
	t: T;
	/** The strings every widget shares (`src/i18n/widgets.ts`, English in `en/`). */
	c: CommonUi;
}

export abstract class Form<S, X = unknown, P extends WidgetProps = WidgetProps> extends Component<P, FormState<S> & X> {
	/** The namespace of the parameters in the address. */
	readonly ns: string;
	/** The texts as typed, up to date even before Preact applies a state change. */
	cur: Texts;

	constructor(
		props: P,
		ns: string,
		readonly defaults: Texts,
		readonly check: (t: Texts) => Check<S>,
	) {
		super(props);
		this.ns = props.id ?? ns;
		this.cur = defaults;
		this.state = { t: defaults, good: defaults, s: (check(defaults) as { ok: S }).ok } as FormState<S> & X;
	}

	/** After hydration (the server rendered the defaults): a state in the address replaces them. */
	componentDidMount(): void {
		const keys = Object.keys(this.defaults);
		const fromLink = readState(location.search, this.ns, keys);
		if (linkTooLong(location.search, this.ns, keys)) {
			this.setState({ badLink: 'too-long' } as Partial<FormState<S> & X>);
		} else if (Object.keys(fromLink).length > 0 && !this.set(this.linkTexts(fromLink))) {
			this.set(this.defaults);
			this.setState({ badLink: 'invalid' } as Partial<FormState<S> & X>);
		}
	}

	/** The full texts a link describes; by default the link's values over the defaults. */
	linkTexts(fromLink: Texts): Texts {
		return { ...this.defaults, ...fromLink };
	}

	/** Changes some texts; the state follows if they check. Returns whether they did. */
	set(patch: Texts): boolean {
		const t = (this.cur = { ...this.cur, ...patch });
		const r = this.check(t);
		// A valid state on screen is no longer the refused link's: its message goes.
		this.setState(('ok' in r ? { t, good: t, s: r.ok, err: undefined, badLink: undefined } : { t, err: r }) as Partial<FormState<S> & X>);
		if ('ok' in r) this.onState?.(r.ok);
		return 'ok' in r;
	}

	/** Called with every new valid state, before it is rendered (for widgets that keep more than the state). */
	onState?(s: S): void;
}
