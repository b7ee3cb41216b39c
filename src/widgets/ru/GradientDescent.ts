/** The gradient-descent widget in Russian, for pages under `content/docs/` (see `../lib/entry.ts`). */
import GradientDescent from '../GradientDescent';
import strings from '../i18n/descent';
import { inRussian } from './bind';

export default inRussian(GradientDescent, strings);
