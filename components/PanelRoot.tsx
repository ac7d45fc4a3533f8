import { useLayoutEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { isRtl, pickLocale, translator } from '@/i18n';
import type { ViewStore } from '@/guide/view';
import type { ProgressStore } from '@/store/progress';
import { TranslateProvider } from './i18n';
import { Panel } from './Panel';

interface Props {
  view: ViewStore;
  progress: ProgressStore;
  /** The person's languages, most preferred first (browser UI language, navigator.languages). */
  languages: readonly string[];
  pageUrl(): string;
  onRender?(): void;
  makeReport?(): string;
}

/** Wires the stores to the panel: it re-renders only when the view or progress changes. */
export function PanelRoot({ view, progress, languages, pageUrl, onRender, makeReport }: Props) {
  useLayoutEffect(() => onRender?.());
  const viewState = useStore(view);
  const progressState = useStore(progress);
  const locale = pickLocale([progressState.locale, ...languages]);
  const t = useMemo(() => translator(locale), [locale]);
  if (!progressState.active) return null;
  return (
    <TranslateProvider value={t}>
      <Panel view={viewState} progress={progressState} pageUrl={pageUrl()} locale={locale} rtl={isRtl(locale)} makeReport={makeReport} />
    </TranslateProvider>
  );
}
