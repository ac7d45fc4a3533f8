import { useT } from './i18n';

/** The "before you say goodbye" points: shown once at the start and again at the final step. */
export function Farewell({ headingId }: { headingId: string }) {
  const t = useT();
  return (
    <section className="farewell" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('farewell.title')}</h3>
      <ul>
        <li>{t('farewell.permanent')}</li>
        <li>{t('farewell.orders')}</li>
        <li>{t('farewell.coins')}</li>
        <li>{t('farewell.deactivate')}</li>
      </ul>
    </section>
  );
}
