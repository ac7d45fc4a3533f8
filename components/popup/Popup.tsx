import type { MouseEvent } from 'react';
import { browser } from '#imports';
import type { ProgressState } from '@/store/progress';
import { useT } from '../i18n';
import { GoalChoice } from './GoalChoice';
import { GuideControls } from './GuideControls';
import { LanguageSelect } from './LanguageSelect';
import { openTab } from './openTab';

interface Props {
  progress: ProgressState;
  locale: string;
  rtl: boolean;
}

/** The toolbar popup: where the guide stands, what to do with it, goal, language, privacy. */
export function Popup({ progress, locale, rtl }: Props) {
  const t = useT();
  const privacy = browser.runtime.getURL('/welcome.html#privacy');
  // Popups close when a link navigates; a tab keeps the privacy section open to read.
  const openPrivacy = (event: MouseEvent) => {
    event.preventDefault();
    openTab(privacy);
  };
  return (
    <main className="popup" data-testid="exit-guide-popup" dir={rtl ? 'rtl' : 'ltr'} lang={locale} aria-labelledby="eg-popup-title">
      <h1 id="eg-popup-title">{t('app.name')}</h1>
      <GuideControls progress={progress} />
      <GoalChoice goal={progress.goal} onChange={progress.setGoal} />
      <LanguageSelect value={progress.locale} onChange={progress.setLocale} />
      <footer>
        <a href={privacy} onClick={openPrivacy}>{t('popup.privacy')}</a>
      </footer>
    </main>
  );
}
