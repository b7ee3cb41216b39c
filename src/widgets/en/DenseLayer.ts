/** The dense-layer widget in English, for pages under `content/docs/en/` (see `../lib/entry.ts`). */
import DenseLayer from '../DenseLayer';
import strings from '../i18n/en/dense-layer';
import { inEnglish } from './bind';

export default inEnglish(DenseLayer, strings);
