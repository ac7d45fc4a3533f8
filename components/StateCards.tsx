import { useState } from 'react';
import { LINKS, resolveLink } from '@/flows/links';
import type { Goal } from '@/flows/steps';
import type { MessageKey } from '@/i18n';
import { useT } from './i18n';
import { SafeLink } from './SafeLink';

/** Blocked: what stopped the flow and what the person can do about it. */
export function BlockedCard({ reason, pageUrl }: { reason: string | null; pageUrl: string }) {
  const t = useT();
  const known = ['captcha', 'open-orders', 'terminated'].includes(reason ?? '') ? reason : 'captcha';
  return (
    <section className="step-card" aria-labelledby="eg-step-title">
      <h2 id="eg-step-title">{t('blocked.title')}</h2>
      <p className="notice" data-reason={known}>{t(`blocked.${known}` as MessageKey)}</p>
      {known === 'open-orders' && (
        <SafeLink className="button-link" href={resolveLink(LINKS.myOrders, pageUrl)}>{t('blocked.openOrders')}</SafeLink>
      )}
    </section>
  );
}

/** Off the path: the way back, and the direct link for the goal. */
export function OffPathCard({ goal, pageUrl }: { goal: Goal; pageUrl: string }) {
  const t = useT();
  return (
    <section className="step-card" aria-labelledby="eg-step-title">
      <h2 id="eg-step-title">{t('offPath.title')}</h2>
      <p>{t('offPath.body')}</p>
      <div className="links">
        {goal === 'delete' && (
          <SafeLink className="button-link" href={resolveLink(LINKS.deletePage, pageUrl)}>{t('offPath.deletePage')}</SafeLink>
        )}
        <SafeLink className={goal === 'delete' ? 'text-link' : 'button-link'} href={resolveLink(LINKS.myAliExpress, pageUrl)}>
          {t('offPath.myAliExpress')}
        </SafeLink>
      </div>
    </section>
  );
}

/** Done: congratulations, and the offer to forget everything Exit Guide kept. */
export function DoneCard({ reason, cleared, onClear }: { reason: string | null; cleared: boolean; onClear(): Promise<void> }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  return (
    <section className="step-card done" aria-labelledby="eg-step-title">
      <h2 id="eg-step-title">{t('done.title')}</h2>
      <p>{t(reason === 'deactivated' ? 'done.deactivated' : 'done.deleted')}</p>
      {cleared ? (
        <p role="status">{t('done.cleared')}</p>
      ) : (
        <button type="button" disabled={busy} onClick={() => { setBusy(true); void onClear().finally(() => setBusy(false)); }}>
          {t('done.clear')}
        </button>
      )}
    </section>
  );
}
