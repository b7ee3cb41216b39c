/** The softmax widget in Russian, for pages under `content/docs/` (see `../lib/entry.ts`). */
import Softmax from '../Softmax';
import strings from '../i18n/softmax';
import { inRussian } from './bind';

export default inRussian(Softmax, strings);
