/** The shapes widget in English, for pages under `content/docs/en/` (see `../lib/entry.ts`). */
import ShapeExplorer from '../ShapeExplorer';
import strings from '../i18n/en/shapes';
import { inEnglish } from './bind';

export default inEnglish(ShapeExplorer, strings);
