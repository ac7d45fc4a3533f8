import { useRef, useState } from 'react';
import type { WordCheck } from '@/engine/satisfied';
import { useT } from './i18n';

/** Copies through the panel's own hidden field when the async clipboard is unavailable (http pages). */
function copyWithField(field: HTMLTextAreaElement | null, word: string): boolean {
  if (!field) return false;
  field.value = word;
  field.select();
  try {
    return document.execCommand('copy');
  } finally {
    field.blur();
  }
}

/** The word to type, a copy button, and a live check of the page's field (read, never kept). */
export function WordToType({ check }: { check: WordCheck }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  async function copy() {
    let ok = false;
    try {
      await navigator.clipboard.writeText(check.word);
      ok = true;
    } catch {
      ok = copyWithField(field.current, check.word);
    }
    setCopied(ok);
  }

  const status =
    check.state === 'match' ? t('word.match') : check.state === 'mismatch' ? t('word.mismatch', { word: check.word }) : t('word.empty');
  return (
    <div className="word">
      <p>{t('word.title')}</p>
      <div className="word-row">
        <code className="word-text">{check.word}</code>
        <button type="button" className="secondary" onClick={copy}>
          {copied ? t('word.copied') : t('word.copy')}
        </button>
      </div>
      <p className={`word-state ${check.state}`} data-word-state={check.state} role="status">
        {status}
      </p>
      <textarea ref={field} className="copy-field" aria-hidden="true" tabIndex={-1} readOnly />
    </div>
  );
}
