import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		posterior: {
			name: 'Posterior probability',
			question:
				'A network looks for defects on a production line. $H$ is "the part is defective", $E$ is "the network raised an alarm". Defects make up ${{prior}}$; on a defect the alarm goes off with probability ${{hit}}$, on a good part with ${{falseAlarm}}$. The alarm went off. Find $P(H \\mid E)$.',
			hints: [
				'By Bayes’ rule $P(H \\mid E) = P(H)\\,P(E \\mid H) / P(E)$.',
				'$P(E)$ adds up two ways to an alarm: through a defect and through a good part (a false alarm).',
			],
			steps: {
				joint: 'The joint probabilities: an alarm on a defect and an alarm on a good part.',
				evidence: 'Their sum is the total probability of an alarm:',
				divide: 'The share of alarms that come from defects:',
			},
			mistakes: {
				inverted: 'That is $P(E \\mid H)$, how often the alarm goes off on a defect. The question is the reverse: how likely a defect is once the alarm has gone off.',
				undivided: 'That is the joint probability $P(H)\\,P(E \\mid H)$. Divide it by the total probability of an alarm, $P(E)$.',
				evidence: 'That is $P(E)$, the probability of an alarm at all. It goes in the denominator; the numerator is the alarm on a defect.',
			},
		},
		counts: {
			name: 'Table of counts',
			question:
				'A network checked parts; $H$ is "the part is defective", $E$ is "the network raised an alarm". How many parts fell into each cell: ${{table}}$. The alarm went off. Find $P(H \\mid E)$.',
			hints: ['The condition "the alarm went off" leaves only the column $E$.', 'Within that column you need the share of defective parts.'],
			steps: {
				alarms: 'All the alarms: the sum of the column $E$:',
				share: 'Of these, the defects:',
			},
			mistakes: {
				row: 'That is the share of alarms among the defective parts, $P(E \\mid H)$: the row $H$ was taken instead of the column $E$.',
				joint: 'That is the cell’s share of all parts, $P(H \\text{ and } E)$. Divide by the number of alarms only.',
				prior: 'That is the share of defects among all parts, $P(H)$, before any alarm.',
			},
		},
	},
	example: {
		squareCaption: 'A square of area $1$ is all the parts. The narrow column on the left is the defects, $P(H_1) = {{p1}}$ wide; the wide one is the good parts, ${{p2}}$. In each column the share where the alarm went off is filled: ${{l1}}$ and ${{l2}}$ of the height. The filled areas ${{j1}}$ and ${{j2}}$ are all the alarms; defects among them are ${{j1}} / {{e}} \\approx {{post}}$.',
		squareAlt: 'A square cut into a narrow column {{p1}} wide and a wide one {{p2}} wide. The narrow one is filled to {{l1}} of its height, area {{j1}}; the wide one has a thin strip at the bottom, {{l2}} of its height, area {{j2}}. The strip is larger than the column, so the probability of a defect given an alarm is only {{post}}.',
		hypothesis: 'Hypothesis',
		defect: '${{h}}$: defect',
		good: '${{h}}$: good',
		total: 'Total',
	},
};
export default text;
