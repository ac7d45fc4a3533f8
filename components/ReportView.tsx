import { useRef, useState } from 'react';
import { copyText } from './copyText';
import { useT } from './i18n';

/**
 * "Report what you see": the debug report of this page (steps, detector results, candidate
 * counts; no page text), made when opened, to copy and send to the maintainers.
 */
export function ReportView({ makeReport }: { makeReport(): string }) {
  const t = useT();
  const [report, setReport] = useState('');
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  return (
    <details className="report" onToggle={(event) => (event.currentTarget.open ? setReport(makeReport()) : setCopied(false))}>
      <summary>{t('report.open')}</summary>
      <p>{t('report.explain')}</p>
      <button type="button" className="secondary" onClick={async () => setCopied(await copyText(report, field.current))}>
        {copied ? t('report.copied') : t('report.copy')}
      </button>
      {/* Focusable, so that the keyboard can scroll it. */}
      <pre className="report-text" data-testid="exit-guide-report" tabIndex={0}>{report}</pre>
      <textarea ref={field} className="copy-field" aria-hidden="true" tabIndex={-1} readOnly />
    </details>
  );
}
