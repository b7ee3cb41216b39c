import type { Text } from '../../../practice/types';
import partials from '../partial-derivatives/en';

const text: Text = {
	practice: {
		gradient: {
			name: 'Gradient at a point',
			question: 'Find the gradient $\\nabla f$ of ${{f}}$ at the point ${{p}}$. The answer is a vector of two numbers, such as $(1, -2)$.',
			hints: [
				'The gradient is the partial derivatives collected into a vector: first $\\frac{\\partial f}{\\partial x}$, then $\\frac{\\partial f}{\\partial y}$.',
				'By $x$, the variable $y$ is a constant, and the other way round. The term $xy$ gives $y$ in the derivative by $x$ and $x$ in the one by $y$.',
			],
			steps: {
				partials: 'The partial derivatives, each with the other variable frozen:',
				substitute: 'Substitute the point and collect the vector:',
			},
			mistakes: {
				swapped: 'The components are swapped: the derivative by $x$ comes first, the one by $y$ second.',
				power: 'It looks like the factor 2 of the power rule got lost: $(ax^2)\' = 2ax$, not $ax$.',
			},
		},
		directional: {
			name: 'Directional derivative',
			question:
				'How fast does ${{f}}$ change at ${{p}}$ when you move along the unit vector ${{u}}$? Find the directional derivative $\\nabla f \\cdot u$.',
			hints: [
				'First the gradient at the point: both partial derivatives.',
				'The rate along a direction is the dot product of the gradient with $u$: the products of matching components, added up.',
			],
			steps: {
				partials: 'The partial derivatives:',
				substitute: 'The gradient at the point:',
				dot: 'The dot product with the direction:',
			},
			mistakes: {
				swapped: 'The components got mixed up: the derivative by $x$ goes with the first coordinate of $u$, the one by $y$ with the second.',
				'no-direction': 'That is the sum of the partial derivatives without the direction. Multiply each by its own coordinate of $u$.',
			},
		},
	},
	// The worked example is the partial-derivatives table (that topic's module), with the same labels.
	example: {
		...partials.example,
		'arrows': 'Contour lines of ${{f}}$ and the gradient at ${{p}}$: ${{grad}}$ points across the contour at level ${{level}}$, where the function grows fastest (at rate $|\\nabla f| \\approx {{max}}$). Along the unit ${{u}}$ the rate is smaller: $\\nabla f \\cdot u = {{rate}}$.',
		'arrows-alt': 'Nested ellipses are the contour lines of ${{f}}$. From the point ${{p}}$ on the ellipse at level ${{level}}$ come the gradient arrow ${{grad}}$, perpendicular to the ellipse, and the direction arrow ${{u}}$ at an angle to it.',
	},
};
export default text;
