/** The derivative widget in English, for pages under `content/docs/en/` (see `../lib/entry.ts`). */
import Derivative from '../Derivative';
import strings from '../i18n/en/derivative';
import { inEnglish } from './bind';

export default inEnglish(Derivative, strings);
