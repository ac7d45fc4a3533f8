import type { MessageKey } from '@/i18n';
import type { StepId } from '@/flows/steps';
import { useT } from './i18n';

interface Props {
  steps: readonly StepId[];
  /** Index of the current step in `steps`; steps.length when all are done; -1 when unknown. */
  current: number;
}

/** The short version: every step of the path, the current one marked. */
export function Checklist({ steps, current }: Props) {
  const t = useT();
  return (
    <ol className="checklist" aria-label={t('panel.checklist')}>
      {steps.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li key={step} className={state} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="mark" aria-hidden="true">{state === 'done' ? '✓' : index + 1}</span>
            {t(`step.${step}.title` as MessageKey)}
          </li>
        );
      })}
    </ol>
  );
}
