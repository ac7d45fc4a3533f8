import { useRef, useState } from 'react';
import type { WordCheck } from '@/engine/satisfied';
import { copyText } from './copyText';
import { useT } from './i18n';

/** The word to type, a copy button, and a live check of the page's field (read, never kept). */
export function WordToType({ check }: { check: WordCheck }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  async function copy() {
    setCopied(await copyText(check.word, field.current));
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
