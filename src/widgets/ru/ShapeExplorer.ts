/** The shapes widget in Russian, for pages under `content/docs/` (see `../lib/entry.ts`). */
import ShapeExplorer from '../ShapeExplorer';
import strings from '../i18n/shapes';
import { inRussian } from './bind';

export default inRussian(ShapeExplorer, strings);
