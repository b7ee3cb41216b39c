/** The training widget in English, for pages under `content/docs/en/` (see `../lib/entry.ts`). */
import Training from '../Training';
import strings from '../i18n/en/training';
import { inEnglish } from './bind';

export default inEnglish(Training, strings);
