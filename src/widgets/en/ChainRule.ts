/** The chain-rule widget in English, for pages under `content/docs/en/` (see `../lib/entry.ts`). */
import ChainRule from '../ChainRule';
import strings from '../i18n/en/chain-rule';
import { inEnglish } from './bind';

export default inEnglish(ChainRule, strings);
