import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { FINAL_STEPS, PATHS, pathFor, type StepId } from '@/flows/steps';
import type { MessageKey } from '@/i18n';
import { PANEL_SHORTCUT } from '@/guide/keyboard';
import { stanceOf } from '@/guide/placement';
import type { GuideView } from '@/guide/view';
import type { ProgressState } from '@/store/progress';
import { Checklist } from './Checklist';
import { Farewell } from './Farewell';
import { useT } from './i18n';
import { BlockedCard, DoneCard, OffPathCard } from './StateCards';
import { ReportView } from './ReportView';
import { StepCard } from './StepCard';
import { takePanelFocusIntent } from './focusIntent';

export interface PanelProps {
  view: GuideView;
  progress: ProgressState;
  pageUrl: string;
  locale: string;
  rtl: boolean;
  /** The debug report of this page, made on demand. */
  makeReport?(): string;
}

function position(steps: readonly StepId[], step: StepId, lastStep: StepId | null): number {
  if (step === 'done') return steps.length;
  const here = steps.indexOf(step);
  return here >= 0 ? here : lastStep ? steps.indexOf(lastStep) : -1;
}

function Body({ view, progress, pageUrl }: Omit<PanelProps, 'locale' | 'rtl'>) {
  if (view.step === 'blocked') return <BlockedCard reason={view.reason} pageUrl={pageUrl} />;
  if (view.step === 'off-path') return <OffPathCard goal={progress.goal} pageUrl={pageUrl} />;
  if (view.step === 'done') return <DoneCard reason={view.reason} cleared={progress.cleared} onClear={progress.clear} />;
  return <StepCard view={view} pageUrl={pageUrl} />;
}

/** The guide beside the page: where you are, what to do next, and the whole path. */
export function Panel({ view, progress, pageUrl, locale, rtl, makeReport }: PanelProps) {
  const t = useT();
  const path = pathFor(view.step, progress.goal);
  const steps = PATHS[path];
  const current = position(steps, view.step, progress.lastStep);
  // Folded to keep a wide control clear; the person can still open it on top.
  const [openedAnyway, setOpenedAnyway] = useState(false);
  const stance = stanceOf(view.placement);
  const collapsed = progress.collapsed || (stance.folded && !openedAnyway);
  const counter = { current: Math.min(current + 1, steps.length), total: steps.length };

  function open() {
    progress.setCollapsed(false);
    setOpenedAnyway(true);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && !collapsed) progress.setCollapsed(true);
  }

  // Only the person's shortcut opens the panel by focusing it (guide/keyboard.ts); a page's focus() does not.
  function onFocus(event: FocusEvent) {
    if (event.target === event.currentTarget && takePanelFocusIntent() && collapsed) open();
  }

  return (
    <aside
      data-testid="exit-guide-panel"
      data-step={view.step}
      className={`panel side-${stance.side}${stance.top ? ' tab-top' : ''}${collapsed ? ' collapsed' : ''}`}
      dir={rtl ? 'rtl' : 'ltr'}
      lang={locale}
      aria-label={t('panel.label')}
      aria-keyshortcuts={PANEL_SHORTCUT}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <p className="sr-only" aria-live="polite">{t(`step.${view.step}.title` as MessageKey)}</p>
      {collapsed ? (
        <button type="button" className="tab" aria-expanded="false" onClick={open}>
          {current >= 0 ? t('panel.tab', counter) : t('app.name')}
        </button>
      ) : (
        <>
          <header>
            <h1>{t('app.name')}</h1>
            {current >= 0 && <p className="counter">{t('panel.progress', counter)}</p>}
            <button type="button" className="icon" aria-expanded="true" aria-label={t('panel.collapse')} onClick={() => progress.setCollapsed(true)}>
              ›
            </button>
          </header>
          <p className="goal">{t(path === 'delete' ? 'goal.deleteHint' : 'goal.deactivateHint')}</p>
          {progress.wasReset && <p className="notice" role="status">{t('notice.reset')}</p>}
          {progress.notSaved && <p className="notice" role="status">{t('notice.notSaved')}</p>}
          {progress.goal === 'delete' && path === 'deactivate' && <p className="notice">{t('goal.switchToDelete')}</p>}
          <Body view={view} progress={progress} pageUrl={pageUrl} />
          {!progress.introSeen && (
            <div className="intro">
              <Farewell headingId="eg-intro" />
              <button type="button" onClick={progress.markIntroSeen}>{t('intro.start')}</button>
            </div>
          )}
          {FINAL_STEPS.includes(view.step) && progress.introSeen && <Farewell headingId="eg-farewell" />}
          <Checklist steps={steps} current={current} />
          <p className="footnote">{t('panel.youPress')}</p>
          {makeReport && <ReportView makeReport={makeReport} />}
        </>
      )}
    </aside>
  );
}
