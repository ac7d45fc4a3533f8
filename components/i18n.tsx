import { createContext, useContext } from 'react';
import { translator, type Translate } from '@/i18n';

const TranslateContext = createContext<Translate>(translator('en'));

export const TranslateProvider = TranslateContext.Provider;

/** Every string a component shows comes through this, from the locale's messages. */
export function useT(): Translate {
  return useContext(TranslateContext);
}
