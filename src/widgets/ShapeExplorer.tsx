/**
 * Try shapes for A·B and see the result's shape or the reason it fails. Server-rendered with its
 * initial shapes (readable without JavaScript); hydrated, it updates as the sizes change. Nonsense
 * input (empty, negative, huge) shows an inline message and leaves the last good state alone.
 */
import { useState } from 'preact/hooks';
import { ShapeError, formatShape } from '../core/errors';
import { matmul } from '../core/tensor/linear';
import { createMatrix } from '../core/tensor/matrix';
import { shapeErrorText } from '../i18n/shape-errors';
import { SHAPES_UI as WIDGET_UI } from './i18n/shapes';
import type { Lang } from '../schemas/areas';

interface Props {
	lang: Lang;
	a?: [number, number];
	b?: [number, number];
}

const MAX_SIZE = 64;

/** A size typed by a reader: a whole number from 1 to 64, else `undefined`. */
export function parseSize(text: string): number | undefined {
	if (!/^\s*\d{1,3}\s*$/.test(text)) return undefined;
	const n = Number(text);
	return n >= 1 && n <= MAX_SIZE ? n : undefined;
}

function verdict(a: [number, number], b: [number, number], lang: Lang): { ok: boolean; text: string } {
	try {
		const c = matmul(createMatrix(a[0], a[1]), createMatrix(b[0], b[1]));
		return {
			ok: true,
			text: `${formatShape(a)}·${formatShape(b)} → ${formatShape([c.rows, c.cols])}. ${WIDGET_UI[lang].result(c.rows, c.cols)}`,
		};
	} catch (e) {
		if (e instanceof ShapeError) return { ok: false, text: shapeErrorText(e.details, lang) };
		throw e;
	}
}

export default function ShapeExplorer({ lang, a = [4, 2], b = [2, 16] }: Props) {
	const t = WIDGET_UI[lang];
	const [texts, setTexts] = useState([String(a[0]), String(a[1]), String(b[0]), String(b[1])]);
	const sizes = texts.map(parseSize);
	const valid = sizes.every((n) => n !== undefined);
	const [last, setLast] = useState(() => verdict(a, b, lang));
	const shown = valid ? verdict([sizes[0]!, sizes[1]!], [sizes[2]!, sizes[3]!], lang) : last;
	const update = (index: number, value: string) => {
		const next = texts.slice();
		next[index] = value;
		setTexts(next);
		const n = next.map(parseSize);
		if (n.every((x) => x !== undefined)) setLast(verdict([n[0]!, n[1]!], [n[2]!, n[3]!], lang));
	};
	const field = (index: number, label: string) => (
		<label class="shape-field">
			<input
				type="number"
				inputMode="numeric"
				min={1}
				max={MAX_SIZE}
				value={texts[index]}
				aria-invalid={sizes[index] === undefined}
				onInput={(e) => update(index, (e.currentTarget as HTMLInputElement).value)}
			/>
			<span>{label}</span>
		</label>
	);
	return (
		<section class="widget shape-explorer" aria-label={t.shapeExplorerLabel} data-pagefind-ignore>
			<fieldset>
				<legend>{t.first}</legend>
				{field(0, t.rows)} {field(1, t.cols)}
			</fieldset>
			<fieldset>
				<legend>{t.second}</legend>
				{field(2, t.rows)} {field(3, t.cols)}
			</fieldset>
			<p class={shown.ok ? 'verdict ok' : 'verdict error'} aria-live="polite">
				{shown.text}
			</p>
			{!valid && (
				<p class="verdict error" role="alert">
					{t.invalidSize}
				</p>
			)}
		</section>
	);
}
