/** The two-layer backprop widget in Russian, for pages under `content/docs/` (see `../lib/entry.ts`). */
import TwoLayerBackprop from '../TwoLayerBackprop';
import strings from '../i18n/two-layer';
import { inRussian } from './bind';

export default inRussian(TwoLayerBackprop, strings);
