/** The gradient-descent widget in English, for pages under `content/docs/en/` (see `../lib/entry.ts`). */
import GradientDescent from '../GradientDescent';
import strings from '../i18n/en/descent';
import { inEnglish } from './bind';

export default inEnglish(GradientDescent, strings);
