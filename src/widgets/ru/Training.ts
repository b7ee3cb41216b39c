/** The training widget in Russian, for pages under `content/docs/` (see `../lib/entry.ts`). */
import Training from '../Training';
import strings from '../i18n/training';
import { inRussian } from './bind';

export default inRussian(Training, strings);
