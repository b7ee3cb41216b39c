/** The building blocks every widget is made of: labelled fields, matrix tables, messages, the share control. */
import type { ComponentChildren } from 'preact';
import { Component } from 'preact';
import type { Matrix } from '../../core/tensor/matrix';
import type { CommonUi } from '../../i18n/widgets';
import type { Lang } from '../../schemas/areas';
import { fmt } from './format';
import { isProblem } from '../../numbers/read';
import type { FormState, Why } from './form';
import { linkTo } from './url';
import './widgets.css';

/** A text field with its visible label; `rows` makes it a text area (for matrices). */
export function Field(props: { label: string; value: string; bad?: boolean; rows?: number; onInput: (v: string) => void; cls?: string }) {
	const Tag = props.rows ? 'textarea' : 'input';
	return (
		<label class={`wf ${props.cls ?? ''}`}>
			<span>{props.label}</span>
			<Tag
				value={props.value}
				type={props.rows ? undefined : 'text'}
				rows={props.rows}
				spellcheck={false}
				autocomplete="off"
				aria-invalid={props.bad}
				onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
			/>
		</label>
	);
}

/** A drop-down list with its visible label; `options` are [value, text] pairs. */
export function Select(props: { label: string; value: string; options: [string, string][]; onChange: (v: string) => void }) {
	return (
		<label class="wf">
			<span>{props.label}</span>
			<select aria-label={props.label} value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}>
				{props.options.map(([v, text]) => (
					<option value={v}>{text}</option>
				))}
			</select>
		</label>
	);
}

/**
 * A matrix as a table with its name and shape; `cls(i, j)` marks cells (highlights), and with `pick`
 * every cell can be pointed at or focused with Tab, which reports it.
 */
export function Mat(props: {
	m: Matrix;
	name: ComponentChildren;
	lang: Lang;
	cls?: (i: number, j: number) => string | undefined;
	pick?: (i: number, j: number) => void;
}) {
	const { m, lang, pick } = props;
	const rows = [];
	for (let i = 0; i < m.rows; i++) {
		const cells = [];
		for (let j = 0; j < m.cols; j++)
			cells.push(
				<td class={props.cls?.(i, j)} tabIndex={pick && 0} onFocus={pick && (() => pick(i, j))} onMouseEnter={pick && (() => pick(i, j))}>
					{fmt(m.data[i * m.cols + j], lang)}
				</td>,
			);
		rows.push(<tr>{cells}</tr>);
	}
	return (
		<figure class="wm">
			<figcaption>
				{props.name}{' '}
				<span class="wshape">
					({m.rows}×{m.cols})
				</span>
			</figcaption>
			<table>
				<tbody>{rows}</tbody>
			</table>
		</figure>
	);
}

/** The text of a refusal: an input problem, or a core shape error rendered by `shape`. */
export function whyText(why: Why, c: CommonUi, shape?: (d: Exclude<Why, { p: string }>) => string): string {
	return isProblem(why) ? c.problem(why) : shape ? shape(why) : '';
}

/** The inline message of a widget: what is wrong, announced to screen readers. */
export function Msg(props: { children: ComponentChildren }) {
	return (
		<p class="wmsg" role="alert">
			{props.children}
		</p>
	);
}

/** The problems of a form: its field (by label) and why, plus a refused link. */
export function FormMsg(props: {
	f: FormState<unknown>;
	c: CommonUi;
	labels: Record<string, string>;
	shape?: (d: Exclude<Why, { p: string }>) => string;
}) {
	const { f, c } = props;
	return (
		<>
			{f.err && <Msg>{`${props.labels[f.err.key] ?? ''}: ${whyText(f.err.why, c, props.shape)}`}</Msg>}
			{f.badLink && <Msg>{f.badLink === 'too-long' ? c.longLink : c.badLink}</Msg>}
		</>
	);
}

/**
 * "Copy link": puts the link to this state in a field (a clipboard can be unavailable) and tries the
 * clipboard. `hash`: the widget's own anchor, if it has one, for the link to land on.
 */
export class Share extends Component<{ ns: string; state: Record<string, string>; c: CommonUi; hash?: string }, { link?: string; note?: string }> {
	render() {
		const { props } = this;
		const { c } = props;
		const { link, note } = this.state;
		const share = () => {
			const href = linkTo(location.href, props.ns, props.state, props.hash);
			this.setState({ link: href, note: c.copyManual });
			navigator.clipboard?.writeText(href).then(
				() => this.setState({ note: c.copied }),
				() => {},
			);
		};
		return (
			// `data-share-ns` lets the page script open a shared link at this widget (src/links/widget-landing.ts).
			<div class="wshare" data-share-ns={props.ns}>
				<button type="button" onClick={share}>
					{c.copy}
				</button>
				{link && (
					<label class="wf wlink">
						<span>{c.link}</span>
						<input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
					</label>
				)}
				<span aria-live="polite">{note}</span>
			</div>
		);
	}
}

/** The frame of every widget: a labelled region that search does not index. */
export function Frame(props: { cls: string; label: string; children: ComponentChildren }) {
	return (
		<section class={`widget not-content ${props.cls}`} aria-label={props.label} data-pagefind-ignore>
			{props.children}
		</section>
	);
}
