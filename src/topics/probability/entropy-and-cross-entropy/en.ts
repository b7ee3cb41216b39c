import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		bits: {
			name: 'Entropy in bits',
			question: 'Distributions over four outcomes: ${{dists}}$. Find ${{event}}$ in bits (logarithm to base 2).',
			hints: [
				'$H(p) = -\\sum_x p(x) \\log_2 p(x)$, $H(p, q) = -\\sum_x p(x) \\log_2 q(x)$: the weights are always $p$; the logarithm takes the second distribution.',
				'$\\log_2 \\tfrac12 = -1$, $\\log_2 \\tfrac14 = -2$, $\\log_2 \\tfrac18 = -3$. An outcome with $p(x) = 0$ adds nothing.',
			],
			steps: {
				logs: 'The logarithms of the probabilities needed are whole numbers:',
				sum: 'Add them up weighted by $p$ and change the sign:',
			},
			mistakes: {
				nats: 'That is the answer in nats: the logarithm was natural. In bits the logarithm is to base 2, and the answer is $1/\\ln 2 \\approx 1.44$ times larger.',
				swapped: 'That is $H(q, p)$: the distributions changed places. The weights come from $p$, and $q$ goes under the logarithm.',
			},
		},
	},
	example: {
		pairCaption: 'The true distribution $p$ and the prediction $q$ for the outcomes 1 — cat, 2 — dog, 3 — bird. Where $q$ gives too little to an outcome that is frequent under $p$, the penalty $-\\ln q$ grows: $H(p, q) = {{CE}}$ exceeds $H(p) = {{H}}$ by $D_{\\mathrm{KL}}(p \\,\\|\\, q) \\approx {{KL}}$ nats.',
		pairAlt: 'Pairs of bars for three outcomes: the probabilities p ({{p}}) and q ({{q}}). At the top right, the entropy H(p) = {{H}} and the cross-entropy H(p, q) = {{CE}} in nats; the difference is {{KL}}.',
		cat: 'cat',
		dog: 'dog',
		bird: 'bird',
	},
};
export default text;
