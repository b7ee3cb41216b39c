/** The derivative widget in Russian, for pages under `content/docs/` (see `../lib/entry.ts`). */
import Derivative from '../Derivative';
import strings from '../i18n/derivative';
import { inRussian } from './bind';

export default inRussian(Derivative, strings);
