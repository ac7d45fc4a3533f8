import { NEXT_PAGE, resolveLink } from '@/flows/links';
import { calloutText } from '@/guide/callout';
import type { MessageKey } from '@/i18n';
import type { GuideView } from '@/guide/view';
import { useT } from './i18n';
import { WordToType } from './WordToType';
import { SafeLink } from './SafeLink';

/** The current step's short instruction, then what the ring shows, then the long version. */
export function StepCard({ view, pageUrl }: { view: GuideView; pageUrl: string }) {
  const t = useT();
  const key = (part: string) => `step.${view.step}.${part}` as MessageKey;
  const direct = NEXT_PAGE[view.step];
  const { target } = view;
  return (
    <section className="step-card" aria-labelledby="eg-step-title">
      <h2 id="eg-step-title">{t(key('title'))}</h2>
      <p className="do">{t(key('do'))}</p>
      {view.notices.map((notice) => (
        <p key={notice} className="notice" role="alert">
          {t(`notice.${notice}` as MessageKey)}
        </p>
      ))}
      {view.status === 'ringed' && target && (
        <p className="status ringed" data-status="ringed">
          <span className="dot" aria-hidden="true" />
          {target.inFrame ? t('status.inFrame') : calloutText(t, target, view.word?.word ?? null)}
        </p>
      )}
      {view.status === 'waiting' && (
        <p className="status waiting" data-status="waiting">{t('status.waiting')}</p>
      )}
      {view.status === 'missing' && (
        <div className="status missing" data-status="missing" role="alert">
          <p>{t('status.missing')}</p>
          <p>{t(key('missing'))}</p>
        </div>
      )}
      {view.word && <WordToType check={view.word} />}
      {direct && view.status === 'missing' && (
        <SafeLink className="button-link" href={resolveLink(direct, pageUrl)}>
          {t('status.openDirect')}
        </SafeLink>
      )}
      <details className="long">
        <summary>{t('panel.whatYouSee')}</summary>
        <p>{t(key('see'))}</p>
        <h3>{t('panel.why')}</h3>
        <p>{t(key('why'))}</p>
        <h3>{t('panel.ifMissing')}</h3>
        <p>{t(key('missing'))}</p>
      </details>
    </section>
  );
}
