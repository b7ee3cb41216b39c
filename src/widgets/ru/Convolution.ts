/** The convolution widget in Russian, for pages under `content/docs/` (see `../lib/entry.ts`). */
import Convolution from '../Convolution';
import strings from '../i18n/convolution';
import { inRussian } from './bind';

export default inRussian(Convolution, strings);
