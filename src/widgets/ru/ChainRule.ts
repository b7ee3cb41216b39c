/** The chain-rule widget in Russian, for pages under `content/docs/` (see `../lib/entry.ts`). */
import ChainRule from '../ChainRule';
import strings from '../i18n/chain-rule';
import { inRussian } from './bind';

export default inRussian(ChainRule, strings);
