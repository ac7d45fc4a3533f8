import type { Goal } from '@/flows/steps';
import { useT } from '../i18n';

const GOALS: readonly Goal[] = ['delete', 'deactivate'];

/** Delete (recommended) or Deactivate, and the difference in one sentence. */
export function GoalChoice({ goal, onChange }: { goal: Goal; onChange(goal: Goal): void }) {
  const t = useT();
  return (
    <fieldset className="goal-choice" aria-describedby="eg-goal-difference">
      <legend>{t('popup.goal')}</legend>
      {GOALS.map((option) => (
        <label key={option} className="choice">
          <input type="radio" name="goal" value={option} checked={goal === option} onChange={() => onChange(option)} />
          <span>{t(option === 'delete' ? 'goal.delete' : 'goal.deactivate')}</span>
          {option === 'delete' && <span className="tag">{t('popup.recommended')}</span>}
        </label>
      ))}
      <p id="eg-goal-difference" className="hint">{t('popup.goalDifference')}</p>
    </fieldset>
  );
}
