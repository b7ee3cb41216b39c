import type { ContentProblem } from '../problems';
import { closestName } from '../closest';
import type { TopicCheck } from './context';
import { didYouMean, quote } from './messages';

/** Each resource a topic recommends exists, and so does each unit of it the topic names. */
export const resourceLinks: TopicCheck = (_id, { file, data }, { resources, resourceIds }) => {
	const problems: ContentProblem[] = [];
	data.resources.forEach((ref, i) => {
		const resource = resources.get(ref.resource);
		if (!resource) {
			const guess = closestName(ref.resource, resourceIds);
			problems.push({
				file,
				field: `resources[${i}].resource`,
				message: `The resource ${quote(ref.resource)} does not exist.`,
				fix: `${didYouMean(guess)}Use the id of a file in \`content/resources/\`, or add the resource there from the verified facts in ../shared/resources.json.`,
			});
			return;
		}
		const unitIds = resource.data.units.map((u) => u.id);
		ref.units.forEach((unit, j) => {
			if (unitIds.includes(unit)) return;
			const guess = closestName(unit, unitIds);
			problems.push({
				file,
				field: `resources[${i}].units[${j}]`,
				message: `The resource ${quote(ref.resource)} has no unit ${quote(unit)}.`,
				fix: unitIds.length
					? `${didYouMean(guess)}Its units are ${unitIds.map(quote).join(', ')} (see \`${resource.file}\`).`
					: `It lists no units: remove \`units\` to recommend the whole resource, or add verified units to \`${resource.file}\`.`,
			});
		});
	});
	return problems;
};
