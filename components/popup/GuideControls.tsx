import { nextPageUrl } from '@/guide/nextPage';
import { stepPosition } from '@/guide/position';
import type { MessageKey } from '@/i18n';
import type { ProgressState } from '@/store/progress';
import { useT } from '../i18n';
import { openTab } from './openTab';

/** Where the guide stands, Start / Resume / Restart, and the page to open next. */
export function GuideControls({ progress }: { progress: ProgressState }) {
  const t = useT();
  const { active, lastStep, goal } = progress;
  const done = lastStep === 'done';
  const position = stepPosition(lastStep, goal);
  const onTheWay = active && lastStep !== null && !done;
  const next = nextPageUrl(lastStep, goal);

  // Resume only brings the panel back (the person's AliExpress tab is likely open); Start also
  // opens the page to begin on, so pressing it always shows something.
  function startOrResume() {
    progress.setActive(true);
    progress.setCollapsed(false);
    if (!onTheWay && next) openTab(next);
  }

  return (
    <section className="status" aria-labelledby="eg-status">
      {done ? (
        <h2 id="eg-status">{t('done.title')}</h2>
      ) : lastStep ? (
        <>
          {position && <p className="counter" data-testid="popup-progress">{t('panel.progress', { current: position.current, total: position.total })}</p>}
          <h2 id="eg-status">{t(`step.${lastStep}.title` as MessageKey)}</h2>
        </>
      ) : (
        <h2 id="eg-status">{t('popup.notStarted')}</h2>
      )}
      {!active && <p className="notice">{t('popup.off')}</p>}
      <div className="actions">
        {!(done && active) && (
          <button type="button" onClick={startOrResume}>{t(onTheWay ? 'popup.resume' : 'popup.start')}</button>
        )}
        {lastStep !== null && (
          <button type="button" className="secondary" onClick={progress.restart}>{t('popup.restart')}</button>
        )}
      </div>
      {next && (
        <button type="button" className="secondary wide" onClick={() => openTab(next)}>{t('popup.openNext')}</button>
      )}
    </section>
  );
}
