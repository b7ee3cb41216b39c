/** Makes a widget's English entry: its English strings and the shared ones (see `../lib/entry.ts`). */
import common from '../../i18n/en/widgets';
import { inLanguage } from '../lib/entry';

export const inEnglish = inLanguage('en', common);
