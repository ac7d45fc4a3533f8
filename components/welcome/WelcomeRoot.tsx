import { useStore } from 'zustand';
import type { ProgressStore } from '@/store/progress';
import { TranslateProvider } from '../i18n';
import { usePageLocale } from '../pageLocale';
import { Welcome } from './Welcome';

/** The first-run page in the language the panel uses; it follows a change made in the popup. */
export function WelcomeRoot({ progress, languages }: { progress: ProgressStore; languages: readonly string[] }) {
  const chosen = useStore(progress, (state) => state.locale);
  const { locale, rtl, t } = usePageLocale(chosen, languages, 'welcome.title');
  return (
    <TranslateProvider value={t}>
      <Welcome locale={locale} rtl={rtl} />
    </TranslateProvider>
  );
}
