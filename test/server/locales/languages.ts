// The languages of the fixture site: one host each (es.aliexpress.com ...) and the locale the
// real site writes into its cookies (intl_locale=es_ES, aep_usuc_f=...&b_locale=es_ES).

export interface Language {
  code: string;
  /** Cookie form, as the real site writes it. */
  locale: string;
  /** The page's <html lang>. */
  html: string;
  rtl?: boolean;
}

const language = (code: string, locale: string, html = code, rtl = false): Language => ({ code, locale, html, ...(rtl ? { rtl } : {}) });

/** Language hosts named by the userscripts of the facts file (es., fr., pt., de., ru., it., nl. ...). */
export const LANGUAGES: Record<string, Language> = {
  es: language('es', 'es_ES'),
  fr: language('fr', 'fr_FR'),
  de: language('de', 'de_DE'),
  pt: language('pt', 'pt_BR', 'pt-BR'),
  ru: language('ru', 'ru_RU'),
  it: language('it', 'it_IT'),
  nl: language('nl', 'nl_NL'),
  pl: language('pl', 'pl_PL'),
  tr: language('tr', 'tr_TR'),
  ko: language('ko', 'ko_KR'),
  ja: language('ja', 'ja_JP'),
  ar: language('ar', 'ar_MA', 'ar', true),
  he: language('he', 'iw_IL', 'he', true),
  th: language('th', 'th_TH'),
  vi: language('vi', 'vi_VN'),
};

export const ENGLISH = language('en', 'en_US');

/** 'es_ES' -> 'es'; 'iw_IL' (the old code the site keeps for Hebrew) -> 'he'; 'en_US' -> 'en'. */
export function languageOfLocale(locale: string | undefined): string | undefined {
  const code = locale?.toLowerCase().split(/[_-]/)[0];
  if (!code) return undefined;
  if (code === 'en') return 'en';
  if (code === 'iw') return 'he';
  return code in LANGUAGES ? code : undefined;
}
