import { extensionCatalogs } from '@/i18n/extensionPages';
import { useT } from '../i18n';

/**
 * The language override. Each language is named in itself ("हिन्दी", "العربية"), from its own
 * catalog, so a person finds theirs whatever language the popup is in now.
 */
export function LanguageSelect({ value, onChange }: { value: string | null; onChange(locale: string | null): void }) {
  const t = useT();
  return (
    <label className="language">
      <span>{t('popup.language')}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t('popup.browserLanguage')}</option>
        {Object.entries(extensionCatalogs).map(([code, messages]) => (
          <option key={code} value={code} lang={code}>
            {messages['locale.name']}
          </option>
        ))}
      </select>
    </label>
  );
}
