/** The dense-layer widget in Russian, for pages under `content/docs/` (see `../lib/entry.ts`). */
import DenseLayer from '../DenseLayer';
import strings from '../i18n/dense-layer';
import { inRussian } from './bind';

export default inRussian(DenseLayer, strings);
