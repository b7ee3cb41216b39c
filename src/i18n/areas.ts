import type { Area } from '../schemas/areas';

/** Area names, one place per language (house style: no user-facing literal buried in logic). */
export const AREA_LABELS: Record<Area, { ru: string; en: string }> = {
	foundations: { ru: 'Школьная база', en: 'Foundations' },
	'linear-algebra': { ru: 'Линейная алгебра', en: 'Linear algebra' },
	calculus: { ru: 'Математический анализ', en: 'Calculus' },
	probability: { ru: 'Теория вероятностей и статистика', en: 'Probability and statistics' },
	'neural-networks': { ru: 'Нейронные сети', en: 'Neural networks' },
};
