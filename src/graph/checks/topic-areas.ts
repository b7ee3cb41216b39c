import { AREAS } from '../../schemas/areas';
import { areaOf } from '../build-graph';
import type { Check } from './context';
import { quote } from './messages';

/** Every topic sits in an area folder: the area is read from its path and colours it on the roadmap. */
export const topicAreas: Check = ({ topics, topicsDir }) =>
	[...topics]
		.filter(([id]) => !areaOf(id))
		.map(([id, { file }]) => ({
			file,
			field: '(file name)',
			message: `The topic ${quote(id)} is not inside an area folder.`,
			fix: `Move it under one of: ${AREAS.map((a) => `\`${topicsDir}/${a}/\``).join(', ')}.`,
		}));
