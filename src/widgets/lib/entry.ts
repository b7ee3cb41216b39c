/**
 * A widget in one language: what a page imports and Astro hydrates (`src/widgets/<lang>/<Widget>.ts`).
 *
 * Why entries: an island downloads its component's module and everything that module imports. A widget
 * that picked its strings from a table of both languages by its `lang` prop shipped both (on the
 * training page, a kilobyte of its 15 KB budget). The widget itself now takes its strings as props
 * (`WidgetProps` in `form.ts`), and each language has an entry that imports that language's strings
 * only and passes them in; a Russian page imports `~/widgets/ru/<Widget>`, an English one
 * `~/widgets/en/<Widget>`. The strings are not MDX props: Astro would write them into the HTML.
 *
 * The page still passes `lang` (it sets the numbers' notation, and Astro has always written it into
 * the island's props); while rendering on the server the entry checks that it matches its language.
 */
import { h, type ComponentType } from 'preact';
import type { CommonUi } from '../../i18n/widgets';
import type { Lang } from '../../schemas/areas';
import type { PageProps, WidgetProps } from './form';

/** The entry maker of one language: `inLanguage('ru', common)(Training, trainingStrings)`. */
export const inLanguage =
	(lang: Lang, c: CommonUi) =>
	<T>(Widget: ComponentType<WidgetProps<T>>, t: T): ComponentType<PageProps> =>
	(props) => {
		// Server only (Vite drops the branch from the browser bundle): the build fails on a mismatch.
		if (import.meta.env.SSR && props.lang !== lang) {
			const name = Widget.displayName ?? Widget.name;
			throw new Error(
				`The ${lang} entry of the ${name} widget got lang="${props.lang}": on a ${props.lang} page import it from '~/widgets/${props.lang}/${name}'.`,
			);
		}
		return h(Widget, { ...props, t, c });
	};
