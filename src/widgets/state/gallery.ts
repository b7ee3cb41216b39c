/** The gallery's choice of widget. Pure. */

/** Every widget, in the order of the gallery (and of the issue that specified them). */
export const WIDGETS = [
	'shapes',
	'dense-layer',
	'derivative',
	'chain-rule',
	'gradient-descent',
	'training',
	'softmax',
	'convolution',
	'drills',
] as const;
export type WidgetName = (typeof WIDGETS)[number];

/** `?w=<name>` if it names a widget among `names`, else the first of them. */
export function pickWidget<N extends string>(search: string, names: readonly N[]): N {
	const w = new URLSearchParams(search).get('w');
	return names.find((n) => n === w) ?? names[0];
}
