/** The convolution widget in English, for pages under `content/docs/en/` (see `../lib/entry.ts`). */
import Convolution from '../Convolution';
import strings from '../i18n/en/convolution';
import { inEnglish } from './bind';

export default inEnglish(Convolution, strings);
