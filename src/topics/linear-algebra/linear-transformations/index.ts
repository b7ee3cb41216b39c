/**
 * Linear transformations of the plane in the site's row convention: a point x (a row) goes to x·W, so
 * the images of the basis vectors are the rows of W. The plane picture here (`planeExample`) also
 * serves the determinant and the eigenvector pages; every image in it is the core's matmul. Tests:
 * tests/topics/linear-algebra/linear-transformations.test.ts.
 */
import { matmul } from '../../../core/tensor/linear';
import { fromRows } from '../../../core/tensor/matrix';
import type { Fmt, Kind } from '../../../practice/types';
import { paren, texMatrix } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { boundsFor, planeSvg, signedArea, type PlaneArrow, type Point, type Tone } from '../../../figures/plane';
import { entrySteps, multiply, pickMatrix, rowsOf, wrongOnly, type Rows } from '../matrix-multiplication/rows';
import { pick } from '../../draw';

export type Matrix2 = [[number, number], [number, number]];

/** The images x·W of points given as rows, by the core. */
export const images = (points: readonly (readonly number[])[], w: Rows): [number, number][] =>
	rowsOf(matmul(fromRows(points), fromRows(w))) as [number, number][];

/** A scalar in front of a symbol: 2 → `2\,v`, −1 → `-v`, 1 → `v`. */
export function texCoefficient(k: number, symbol: string, fmt: Fmt): string {
	if (k === 1) return symbol;
	if (k === -1) return `-${symbol}`;
	return `${fmt(k)}\\,${symbol}`;
}

/**
 * The factor λ when `image` lies on the line of `v` (an eigenvector: v·W = λv), read off the larger
 * coordinate, or undefined when the image left the line (the 2D cross product is not zero).
 */
export function stretchAlong(v: Point, image: Point): number | undefined {
	if (Math.abs(v[0] * image[1] - v[1] * image[0]) >= 1e-9) return undefined;
	const k = Math.abs(v[0]) >= Math.abs(v[1]) ? 0 : 1;
	// `|| 0`: never −0 (a zero image over a negative coordinate).
	return Number((image[k] / v[k]).toFixed(9)) || 0;
}

export interface PlaneInputs {
	w: Matrix2;
	/** Vertices of the shape to transform, as rows; default: the unit square. An empty list draws no shape. */
	shape?: [number, number][];
	/** Transform the unit circle instead of a polygon (a circle becomes an ellipse: the picture of the SVD). */
	circle?: boolean;
	/** Draw e₁, e₂ and their images e₁W, e₂W (the rows of W). */
	basis?: boolean;
	/** Vectors to map, each with a short name (one letter or a letter and a digit). */
	vectors?: { v: [number, number]; name: string }[];
	/** Say how many times the area grew and whether the orientation flipped. */
	area?: boolean;
}

const CIRCLE_POINTS = 72;
const UNIT_SQUARE: [number, number][] = [[0, 0], [1, 0], [1, 1], [0, 1]];

/** A name such as `v1` written v_{1} in TeX and v₁ in the picture. */
const digitOf = (name: string) => (name.length === 2 && '0123456789'.includes(name[1]!) ? name[1]! : '');
const texName = (name: string) => (digitOf(name) ? `${name[0]}_{${digitOf(name)}}` : name);
const plainName = (name: string) => (digitOf(name) ? name[0]! + '₀₁₂₃₄₅₆₇₈₉'[Number(digitOf(name))] : name);

/**
 * What a 2×2 matrix does to the plane: a shape (the unit square by default) and its image, optionally
 * the images of the basis vectors, of chosen vectors (with λ when an image stays on its vector's line)
 * and how the area changed (|det W|, with a flip when the orientation reverses). The picture is
 * described by its caption, so the SVG itself is hidden from screen readers.
 */
export const planeExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: PlaneInputs): WorkedExample<PlaneInputs> => ({
	inputs,
	blocks: ({ w, basis = false, vectors = [], area = false, circle = false, shape: given }, fmt): Block[] => {
		const shape: [number, number][] = circle
			? Array.from({ length: CIRCLE_POINTS }, (_, i) => [Math.cos((2 * Math.PI * i) / CIRCLE_POINTS), Math.sin((2 * Math.PI * i) / CIRCLE_POINTS)])
			: (given ?? UNIT_SQUARE);
		const hasShape = shape.length >= 3;
		const shapeImage = hasShape ? images(shape, w) : [];
		const row = (v: readonly number[]) => texMatrix([v], fmt);
		const arrows: PlaneArrow[] = [];
		const lines: Block[] = [{ tex: `W = ${texMatrix(w, fmt)}` }];
		const points: Point[] = [...shape, ...shapeImage];
		const tones: Tone[] = ['b', 'c', 'd'];

		if (basis) {
			const [e1w, e2w] = images([[1, 0], [0, 1]], w);
			arrows.push({ to: [1, 0], tone: 'muted', label: 'e₁' }, { to: [0, 1], tone: 'muted', label: 'e₂' });
			arrows.push({ to: e1w!, tone: 'b', label: 'e₁W' }, { to: e2w!, tone: 'c', label: 'e₂W' });
			points.push(e1w!, e2w!);
			lines.push({ tex: `e_1 W = ${row([1, 0])} W = ${row(e1w!)}` }, { tex: `e_2 W = ${row([0, 1])} W = ${row(e2w!)}` });
		}

		vectors.forEach(({ v, name }, i) => {
			const [vw] = images([v], w);
			const tone = tones[i % tones.length]!;
			arrows.push({ to: v, tone, dashed: true, label: plainName(name) }, { to: vw!, tone, label: `${plainName(name)}W` });
			points.push(v, vw!);
			const lambda = stretchAlong(v, vw!);
			const tail = lambda === undefined ? '' : ` = ${texCoefficient(lambda, texName(name), fmt)}`;
			lines.push({ tex: `${texName(name)} W = ${row(v)} W = ${row(vw!)}${tail}` });
		});

		if (area && hasShape) {
			const ratio = signedArea(shapeImage) / signedArea(shape);
			// A plain number in the sentence, as the old component wrote it: `5`, `2,5`.
			const times = fmt(Math.abs(ratio)).replace('{,}', ',');
			lines.push(Math.abs(ratio) < 1e-9 ? { say: 'areaZero' } : { say: ratio < 0 ? 'areaFlipped' : 'area', with: { ratio: times } });
		}

		const svg = planeSvg({
			bounds: boundsFor(points),
			polygons: hasShape
				? [
						{ points: shape, tone: 'muted', dashed: true },
						{ points: shapeImage, tone: 'a', filled: true },
					]
				: [],
			arrows,
			label: '',
		}).replace('role="img" aria-label=""', 'aria-hidden="true" style="max-width: 280px"');
		const caption = circle ? 'planeCircle' : hasShape ? 'planeShape' : 'planeVectors';
		return [{ svg, caption: { say: caption } }, ...lines];
	},
});

interface ImageInputs {
	w: Rows;
	x: number[];
}

/** The image x·W of a row vector: x₁ times the first row of W plus x₂ times the second. */
const image: Kind<ImageInputs> = {
	id: 'image',
	draw: (rng) => {
		const x = [pick(rng, -3, 3), pick(rng, -3, 3)];
		if (x[0] === 0 && x[1] === 0) x[rng.int(2)] = pick(rng, 1, 3);
		return { w: pickMatrix(rng, 2, 2, -3, 3), x };
	},
	solve: ({ w, x }, fmt) => {
		const [xw] = images([x], w);
		const [r1, r2] = w as [number[], number[]];
		// The column convention W·x: the same numbers with W transposed.
		const column = [w[0]![0]! * x[0]! + w[0]![1]! * x[1]!, w[1]![0]! * x[0]! + w[1]![1]! * x[1]!];
		const coord = (j: number) => `${fmt(x[0]!)} \\cdot ${paren(r1[j]!, fmt)} + ${paren(x[1]!, fmt)} \\cdot ${paren(r2[j]!, fmt)}`;
		return {
			vars: { w: `W = ${texMatrix(w, fmt)}`, x: `x = ${texMatrix([x], fmt)}` },
			answer: { kind: 'vector', value: xw! },
			steps: [
				{ say: 'rows', tex: `x W = ${paren(x[0]!, fmt)} \\cdot ${texMatrix([r1], fmt)} + ${paren(x[1]!, fmt)} \\cdot ${texMatrix([r2], fmt)}` },
				{ say: 'coords', tex: `x W = \\begin{bmatrix} ${coord(0)} & ${coord(1)} \\end{bmatrix}` },
				{ say: 'result', tex: `x W = ${texMatrix([xw!], fmt)}` },
			],
			mistakes: wrongOnly(xw!, [{ value: column, say: 'column' }]),
		};
	},
	numpy: ({ w, x }) => `np.array(${JSON.stringify(x)}) @ np.array(${JSON.stringify(w)})`,
};

interface ComposeInputs {
	w1: Rows;
	w2: Rows;
}

/** One matrix for "first W₁, then W₂": in the row convention (xW₁)W₂ = x(W₁W₂), the factors in the order they act. */
const compose: Kind<ComposeInputs> = {
	id: 'compose',
	draw: (rng) => ({ w1: pickMatrix(rng, 2, 2, -2, 3), w2: pickMatrix(rng, 2, 2, -2, 3) }),
	solve: ({ w1, w2 }, fmt) => {
		const w = multiply(w1, w2);
		const entries = entrySteps(w1, w2, 'w', 'entries', fmt);
		return {
			vars: { w1: `W_1 = ${texMatrix(w1, fmt)}`, w2: `W_2 = ${texMatrix(w2, fmt)}` },
			answer: { kind: 'matrix', value: w },
			steps: [{ say: 'order', tex: '(x W_1) W_2 = x (W_1 W_2)' }, ...entries, { say: 'result', tex: `W_1 W_2 = ${texMatrix(w, fmt)}` }],
			// The textbook order M₂M₁, right for columns, wrong for rows.
			mistakes: wrongOnly(w, [{ value: multiply(w2, w1), say: 'order' }]),
		};
	},
	numpy: ({ w1, w2 }) => `np.array(${JSON.stringify(w1)}) @ np.array(${JSON.stringify(w2)})`,
};

export const practice: TopicModule['practice'] = [image, compose];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	shear: planeExample({ w: [[1, 0], [1, 1]], basis: true }),
};
