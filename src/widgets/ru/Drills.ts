/** The drills widget in Russian, for pages under `content/docs/` (see `../lib/entry.ts`). */
import Drills from '../Drills';
import strings from '../i18n/drills';
import { inRussian } from './bind';

export default inRussian(Drills, strings);
