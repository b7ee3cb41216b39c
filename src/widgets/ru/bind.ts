/** Makes a widget's Russian entry: its Russian strings and the shared ones (see `../lib/entry.ts`). */
import common from '../../i18n/widgets';
import { inLanguage } from '../lib/entry';

export const inRussian = inLanguage('ru', common);
