import type { ComponentType } from 'preact';
import type { Lang } from '../../src/schemas/areas';
import type { PageProps } from '../../src/widgets/lib/form';

/** Every widget entry (`src/widgets/<lang>/<Widget>.ts`), the components the pages import, by path. */
export const ENTRIES = import.meta.glob<ComponentType<PageProps>>('../../src/widgets/{ru,en}/[A-Z]*.ts', { eager: true, import: 'default' });

/** The entry a page in `lang` imports for the widget `name` (`Training`, …). */
export function widgetEntry(lang: Lang, name: string): ComponentType<PageProps> {
	const entry = ENTRIES[`../../src/widgets/${lang}/${name}.ts`];
	if (!entry) throw new Error(`No ${lang} entry for the widget \`${name}\`: add src/widgets/${lang}/${name}.ts (see src/widgets/lib/entry.ts).`);
	return entry;
}
