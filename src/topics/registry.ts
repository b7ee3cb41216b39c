/**
 * Every topic module and its words, found by path, for the build and the tests. The browser does not
 * use this file: it loads one topic's module and one language's words on demand
 * (src/practice/client.ts), so a page downloads only its own generator.
 */
import type { Lang } from '../schemas/areas';
import type { Text } from '../practice/types';
import type { TopicModule } from './types';

const modules = import.meta.glob<TopicModule>('./*/*/index.ts', { eager: true });
const texts = import.meta.glob<{ default: Text }>('./*/*/{ru,en}.ts', { eager: true });

/** `calculus/derivative` from `./calculus/derivative/index.ts`. */
const idOf = (path: string) => path.split('/').slice(1, 3).join('/');

/** The topics that have a module, by id. */
export const TOPIC_MODULES: ReadonlyMap<string, TopicModule> = new Map(Object.entries(modules).map(([p, m]) => [idOf(p), m]));

/** A topic's module; the error names the file to create. */
export function topicModule(id: string): TopicModule {
	const m = TOPIC_MODULES.get(id);
	if (!m) throw new Error(`No topic module for "${id}": create src/topics/${id}/index.ts exporting \`practice\` (see src/topics/types.ts).`);
	return m;
}

/** A topic's words in a language; the error names the file to create. */
export function topicText(id: string, lang: Lang): Text {
	const t = texts[`./${id}/${lang}.ts`];
	if (!t) throw new Error(`No ${lang} words for "${id}": create src/topics/${id}/${lang}.ts exporting a default \`Text\` (src/practice/types.ts).`);
	return t.default;
}
