/**
 * Synthetic topics for the build-scaling measurement: valid topic YAML with prerequisites on
 * existing topics, and a Russian and an English MDX page with headings, text, inline and display
 * math, as a real topic page has. Written only into a temporary copy of the project.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const AREAS = ['foundations', 'linear-algebra', 'calculus', 'probability', 'neural-networks'] as const;

/** Deterministic pseudo-random numbers, so every run builds the same synthetic site. */
function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const RU_NOUNS = [
	'матрица', 'вектор', 'градиент', 'производная', 'функция потерь', 'слой', 'нейрон', 'вес', 'смещение', 'пачка примеров',
	'скалярное произведение', 'норма', 'собственное значение', 'распределение', 'вероятность', 'математическое ожидание',
	'дисперсия', 'энтропия', 'шаг обучения', 'активация', 'тензор', 'правило цепочки', 'частная производная', 'якобиан',
	'оптимизатор', 'регуляризация', 'свёртка', 'признак', 'выборка', 'правдоподобие',
];
const RU_SENTENCES = [
	(a: string, b: string, n: number) => `Здесь ${a} связана с тем, что уже встречалось на странице об умножении матриц: ${b} считается по тем же правилам.`,
	(a: string, b: string, n: number) => `Если взять ${n} примеров, то ${a} и ${b} удобно записать одной таблицей, где строки — примеры, а столбцы — признаки.`,
	(a: string, b: string, n: number) => `Для производной по весам нужно знать, как ${a} меняется при малом изменении, и тут помогает ${b}.`,
	(a: string, b: string, n: number) => `Обычно ${a} не вычисляют вручную: библиотека делает это сама, но понимать, откуда берётся ${b}, полезно при отладке.`,
	(a: string, b: string, n: number) => `На практике ${a} занимает около ${n} строк кода, а ${b} — ещё меньше.`,
	(a: string, b: string, n: number) => `Когда ${a} становится слишком большой, обучение расходится; уменьшите шаг в ${n} раз и посмотрите, что станет с величиной «${b}».`,
	(a: string, b: string, n: number) => `Заметьте, что ${a} и ${b} здесь — разные вещи, хотя в формулах их часто обозначают похоже.`,
];
const EN_NOUNS = [
	'matrix', 'vector', 'gradient', 'derivative', 'loss function', 'layer', 'neuron', 'weight', 'bias', 'batch',
	'dot product', 'norm', 'eigenvalue', 'distribution', 'probability', 'expectation', 'variance', 'entropy', 'learning rate',
	'activation', 'tensor', 'chain rule', 'partial derivative', 'Jacobian', 'optimizer', 'regularisation', 'convolution',
	'feature', 'sample', 'likelihood',
];
const EN_SENTENCES = [
	(a: string, b: string, n: number) => `Here the ${a} is tied to what the matrix multiplication page showed: the ${b} follows the same rules.`,
	(a: string, b: string, n: number) => `With ${n} examples, the ${a} and the ${b} fit in one table whose rows are examples and columns are features.`,
	(a: string, b: string, n: number) => `The derivative with respect to the weights needs to know how the ${a} changes under a small nudge, and the ${b} helps there.`,
	(a: string, b: string, n: number) => `Nobody computes the ${a} by hand: the library does, but knowing where the ${b} comes from helps when debugging.`,
	(a: string, b: string, n: number) => `In practice the ${a} takes about ${n} lines of code, and the ${b} even fewer.`,
	(a: string, b: string, n: number) => `When the ${a} grows too large, training diverges; shrink the step ${n} times and watch the ${b}.`,
	(a: string, b: string, n: number) => `Note that the ${a} and the ${b} are different things here, though formulas often write them alike.`,
];
const FORMULAS = [
	'z_{i} = \\sum_{k=1}^{n} w_{ik}\\, x_{k} + b_{i}',
	'\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial z}\\, \\frac{\\partial z}{\\partial w}',
	'\\mathbb{E}[X] = \\sum_{x} x\\, p(x)',
	'\\lVert v \\rVert_2 = \\sqrt{\\textstyle\\sum_i v_i^2}',
	'\\sigma(x) = \\frac{1}{1 + e^{-x}}',
	'W \\leftarrow W - \\eta\\, \\nabla_W L',
];

function paragraph(rand: () => number, nouns: readonly string[], sentences: typeof RU_SENTENCES, count: number): string {
	const out: string[] = [];
	for (let s = 0; s < count; s++) {
		const a = nouns[Math.floor(rand() * nouns.length)]!;
		const b = nouns[Math.floor(rand() * nouns.length)]!;
		out.push(sentences[Math.floor(rand() * sentences.length)]!(a, b, 2 + Math.floor(rand() * 60)));
	}
	return out.join(' ');
}

function page(lang: 'ru' | 'en', index: number, rand: () => number): string {
	const ru = lang === 'ru';
	const nouns = ru ? RU_NOUNS : EN_NOUNS;
	const sentences = ru ? RU_SENTENCES : EN_SENTENCES;
	const title = ru ? `Синтетическая тема ${index + 1}` : `Synthetic topic ${index + 1}`;
	const description = ru
		? `Сгенерированная страница для замера сборки: текст, формулы и ссылки, как на настоящей теме.`
		: `A generated page for the build benchmark: text, formulas and links, as on a real topic.`;
	const f1 = FORMULAS[index % FORMULAS.length]!;
	const f2 = FORMULAS[(index + 3) % FORMULAS.length]!;
	const sections = ru ? ['Где это в нейросети', 'Идея', 'Пример', 'Частые ошибки'] : ['Where it is in a network', 'The idea', 'An example', 'Common mistakes'];
	const ids = ['in-a-network', 'idea', 'example', 'mistakes'];
	const body = sections.map((heading, s) => {
		const parts = [`## ${heading} {#${ids[s]}}`, '', paragraph(rand, nouns, sentences, 4 + Math.floor(rand() * 4))];
		if (s === 1) parts.push('', '$$', f1, '$$', '', paragraph(rand, nouns, sentences, 3) + ` $${f2}$.`);
		if (s === 2) parts.push('', `- $x_{${s}} = ${index % 7}$`, `- $y = ${(index % 5) + 1}\\,x$`, `- ${paragraph(rand, nouns, sentences, 1)}`);
		return parts.join('\n');
	});
	return `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n${body.join('\n\n')}\n`;
}

function yaml(prerequisites: readonly string[], resource: string | undefined, index: number): string {
	const lines = [`hours: ${1 + (index % 6)}`, 'tracks: [research]', `formula: '${FORMULAS[index % FORMULAS.length]}'`];
	lines.push(prerequisites.length === 0 ? 'prerequisites: []' : 'prerequisites:');
	for (const topic of prerequisites) {
		lines.push(`  - topic: ${topic}`, '    why:', `      ru: Синтетическая зависимость для замера сборки.`, `      en: A synthetic dependency for the build benchmark.`);
	}
	if (resource) lines.push('resources:', `  - resource: ${resource}`);
	return lines.join('\n') + '\n';
}

/** Topic ids (`area/slug`) of the project at `root`. */
export function topicIds(root: string): string[] {
	const dir = join(root, 'content', 'topics');
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.ya?ml$/.test(f))
		.map((f) => f.split('\\').join('/').replace(/\.ya?ml$/, ''))
		.sort();
}

/**
 * Adds `count` synthetic topics to the project copy at `root`. Each depends on one or two topics
 * that exist before it (real or synthetic), so the graph stays acyclic and connected.
 */
export function addSyntheticTopics(root: string, count: number): void {
	const rand = rng(20240607);
	const existing = topicIds(root);
	const resources = readdirSync(join(root, 'content', 'resources')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
	for (let i = 0; i < count; i++) {
		const area = AREAS[i % AREAS.length]!;
		const slug = `bench-synthetic-${String(i + 1).padStart(3, '0')}`;
		const id = `${area}/${slug}`;
		const prerequisites = new Set<string>();
		const wanted = existing.length === 0 ? 0 : 1 + Math.floor(rand() * Math.min(2, existing.length));
		while (prerequisites.size < wanted) prerequisites.add(existing[Math.floor(rand() * existing.length)]!);
		const resource = resources.length > 0 ? resources[i % resources.length] : undefined;
		mkdirSync(join(root, 'content', 'topics', area), { recursive: true });
		writeFileSync(join(root, 'content', 'topics', area, `${slug}.yaml`), yaml([...prerequisites], resource, i));
		for (const lang of ['ru', 'en'] as const) {
			const dir = join(root, 'content', 'docs', ...(lang === 'en' ? ['en'] : []), area);
			mkdirSync(dir, { recursive: true });
			writeFileSync(join(dir, `${slug}.mdx`), page(lang, i, rand));
		}
		existing.push(id);
	}
}
