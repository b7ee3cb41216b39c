/**
 * Where the browser finds each topic's generator and words: a map from file to lazy import, one entry
 * per topic module and text. Loaded itself only when a reader asks for a new problem
 * (src/practice/client.ts), so a page's first load does not carry the whole site's map.
 */
import type { Lang } from '../schemas/areas';
import type { TopicModule } from '../topics/types';
import type { Text } from './types';

// Only `practice`: a module exports its worked examples apart, so the bundler leaves them (build-time only) out.
const modules = import.meta.glob<TopicModule['practice']>('../topics/*/*/index.ts', { import: 'practice' });
const texts = import.meta.glob<{ default: Text }>('../topics/*/*/{ru,en}.ts');

/** A topic's module and its words in `lang`; rejects for a topic this build does not have. */
export async function loadTopic(topic: string, lang: Lang): Promise<[Pick<TopicModule, 'practice'>, Text]> {
	const mod = modules[`../topics/${topic}/index.ts`];
	const words = texts[`../topics/${topic}/${lang}.ts`];
	if (!mod || !words) throw new Error(`No practice module for "${topic}" (${lang}) in this build.`);
	const [m, w] = await Promise.all([mod(), words()]);
	return [{ practice: m }, w.default];
}
