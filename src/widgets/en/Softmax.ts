/** The softmax widget in English, for pages under `content/docs/en/` (see `../lib/entry.ts`). */
import Softmax from '../Softmax';
import strings from '../i18n/en/softmax';
import { inEnglish } from './bind';

export default inEnglish(Softmax, strings);
