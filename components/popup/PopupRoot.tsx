import { useStore } from 'zustand';
import type { ProgressStore } from '@/store/progress';
import { TranslateProvider } from '../i18n';
import { usePageLocale } from '../pageLocale';
import { Popup } from './Popup';

interface Props {
  progress: ProgressStore;
  /** The person's languages, most preferred first (browser UI language, navigator.languages). */
  languages: readonly string[];
}

/** Wires the progress store to the popup; every change is written back and reaches open tabs. */
export function PopupRoot({ progress, languages }: Props) {
  const state = useStore(progress);
  const { locale, rtl, t } = usePageLocale(state.locale, languages, 'app.name');
  return (
    <TranslateProvider value={t}>
      <Popup progress={state} locale={locale} rtl={rtl} />
    </TranslateProvider>
  );
}
