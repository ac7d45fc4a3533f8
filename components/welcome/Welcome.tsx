import { useEffect } from 'react';
import type { MessageKey } from '@/i18n';
import { useT } from '../i18n';
import { BeforeDeleting } from './BeforeDeleting';

export const ALIEXPRESS_HOME = 'https://www.aliexpress.com/';

function Points({ id, title, points }: { id: string; title: MessageKey; points: readonly MessageKey[] }) {
  const t = useT();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(title)}</h2>
      <ul>
        {points.map((key) => <li key={key}>{t(key)}</li>)}
      </ul>
    </section>
  );
}

/** Opened once on install: what Exit Guide does and never does, what to settle first, privacy. */
export function Welcome({ locale, rtl }: { locale: string; rtl: boolean }) {
  const t = useT();
  // The page renders after the store loads, too late for the browser's own jump to #privacy.
  useEffect(() => {
    const id = location.hash.slice(1);
    if (id) document.getElementById(id)?.scrollIntoView?.();
  }, []);
  return (
    <main className="welcome" data-testid="exit-guide-welcome" dir={rtl ? 'rtl' : 'ltr'} lang={locale}>
      <header>
        <p className="brand">{t('app.name')}</p>
        <h1>{t('welcome.title')}</h1>
        <p className="lead">{t('welcome.intro')}</p>
      </header>
      <Points id="eg-does" title="welcome.doesTitle" points={['welcome.does.panel', 'welcome.does.ring', 'welcome.does.follow']} />
      <Points id="eg-never" title="welcome.neverTitle" points={['welcome.never.press', 'welcome.never.send', 'welcome.never.store']} />
      <BeforeDeleting />
      <section className="start">
        <a className="button-link" href={ALIEXPRESS_HOME}>{t('welcome.start')}</a>
        <p className="hint">{t('welcome.startHint')}</p>
      </section>
      <section id="privacy" aria-labelledby="eg-privacy">
        <h2 id="eg-privacy">{t('welcome.privacyTitle')}</h2>
        <p>{t('welcome.privacy.kept')}</p>
        <p>{t('welcome.privacy.read')}</p>
        <p>{t('welcome.privacy.clear')}</p>
        <p>{t('welcome.privacy.permissions')}</p>
      </section>
    </main>
  );
}
