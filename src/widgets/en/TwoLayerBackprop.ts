/** The two-layer backprop widget in English, for pages under `content/docs/en/` (see `../lib/entry.ts`). */
import TwoLayerBackprop from '../TwoLayerBackprop';
import strings from '../i18n/en/two-layer';
import { inEnglish } from './bind';

export default inEnglish(TwoLayerBackprop, strings);
