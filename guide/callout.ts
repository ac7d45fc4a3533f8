import type { MessageKey, Translate } from '@/i18n';
import type { GuideView } from './view';

type Target = Pick<NonNullable<GuideView['target']>, 'kind' | 'revealing' | 'label'>;

function calloutKey(target: Target, word: string | null): MessageKey {
  if (target.revealing) return 'callout.reveal';
  if (target.kind === 'field') return word ? 'callout.typeWord' : 'callout.type';
  if (target.kind === 'choice') return 'callout.choose';
  return 'callout.press';
}

/** The short line beside the ring, e.g. Press “Delete my account”. */
export function calloutText(t: Translate, target: Target, word: string | null): string {
  return t(calloutKey(target, word), { label: target.label, word: word ?? '' });
}
