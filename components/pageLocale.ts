import { useLayoutEffect, useMemo } from 'react';
import { isRtl, pickLocale, type MessageKey, type Translate } from '@/i18n';
import { extensionTranslator } from '@/i18n/extensionPages';

export interface PageLocale {
  locale: string;
  rtl: boolean;
  t: Translate;
}

/**
 * The language of an extension page (popup, first-run page): the popup's choice, else the
 * browser's. The document follows, so the page title, direction and fonts match.
 */
export function usePageLocale(chosen: string | null, languages: readonly string[], titleKey: MessageKey): PageLocale {
  const locale = pickLocale([chosen, ...languages]);
  const rtl = isRtl(locale);
  const t = useMemo(() => extensionTranslator(locale), [locale]);
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = rtl ? 'rtl' : 'ltr';
    document.title = t(titleKey);
  }, [locale, rtl, t, titleKey]);
  return { locale, rtl, t };
}
