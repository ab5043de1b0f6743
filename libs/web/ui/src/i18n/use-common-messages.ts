import { commonMessages } from './common-messages';
import { createTranslationHook } from './messages';

export const useCommonMessages = createTranslationHook(commonMessages);
