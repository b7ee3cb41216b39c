/** The drills widget in English, for pages under `content/docs/en/` (see `../lib/entry.ts`). */
import Drills from '../Drills';
import strings from '../i18n/en/drills';
import { inEnglish } from './bind';

export default inEnglish(Drills, strings);
