import type { MessageKey } from '@/i18n';
import { useT } from '../i18n';

const CHECKS: readonly MessageKey[] = [
  'welcome.check.orders',
  'welcome.check.disputes',
  'welcome.check.refunds',
  'welcome.check.coins',
  'welcome.check.history',
];

/** What to settle before deleting. The ticks are for the person only: never stored. */
export function BeforeDeleting() {
  const t = useT();
  return (
    <section className="before-deleting" aria-labelledby="eg-checklist">
      <h2 id="eg-checklist">{t('welcome.checklistTitle')}</h2>
      <p>{t('welcome.checklistIntro')}</p>
      <ul className="checks">
        {CHECKS.map((key) => (
          <li key={key} data-check={key.split('.').pop()}>
            <label>
              <input type="checkbox" />
              <span>{t(key)}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
