/** Strings shared by every interactive widget, in English; Russian, the model, in `../widgets.ts`. */
import { plural } from '../plural';
import type { CommonUi } from '../widgets';

const en: CommonUi = {
	copy: 'Copy link',
	link: 'Link to this state',
	copied: 'Copied.',
	copyManual: 'Copy the link from the field.',
	badLink: 'The link holds an invalid state; showing the initial one.',
	longLink: 'The link is too long, its state was not read; showing the initial one.',
	seed: 'Seed',
	problem: (p) => {
		switch (p.p) {
			case 'empty':
				return 'empty, enter a number.';
			case 'nan':
				return 'not a number; write, for example, 0.5 or −2.';
			case 'long':
				return `too long a text, at most ${p.a} characters here.`;
			case 'big':
				return `too large, here |x| ≤ ${p.a}.`;
			case 'int':
				return `needs a whole number from ${p.a} to ${p.b}.`;
			case 'size':
				return `too large a matrix, at most ${p.a}×${p.b} here.`;
			case 'ragged':
				return 'the rows have different lengths.';
			case 'len':
				return `needs ${p.a} ${plural(p.a, 'number', 'numbers')}, but has ${p.b}.`;
			case 'rows':
				return `needs ${p.a} ${plural(p.a, 'row', 'rows')}, but has ${p.b}.`;
			case 'pos':
				return 'needs a number greater than zero.';
		}
	},
};
export default en;
