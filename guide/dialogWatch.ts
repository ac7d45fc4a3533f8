import { DIALOG_LIKE } from '@/engine/candidates';

/**
 * The page's dialogs, followed as they come and go: one scan when the guide starts, then only
 * what each batch of changes adds or renames (a product card is a small subtree). A reading
 * then knows every dialog without walking a page of twenty thousand elements.
 */
export interface DialogWatch {
  /** Takes every batch of the page watcher's records, relevant or not. */
  note(records: MutationRecord[]): void;
  list(): Iterable<Element>;
}

export function createDialogWatch(doc: Document): DialogWatch {
  const known = new Set<Element>(doc.querySelectorAll(DIALOG_LIKE));
  const take = (el: Element) => {
    if (el.matches(DIALOG_LIKE)) known.add(el);
    for (const inside of el.querySelectorAll(DIALOG_LIKE)) known.add(inside);
  };
  return {
    note(records) {
      for (const record of records) {
        if (record.type === 'attributes') {
          if ((record.target as Element).matches?.(DIALOG_LIKE)) known.add(record.target as Element);
          continue;
        }
        for (const node of record.addedNodes) if (node.nodeType === 1) take(node as Element);
      }
    },
    list() {
      for (const el of known) if (!el.isConnected) known.delete(el);
      return known;
    },
  };
}
