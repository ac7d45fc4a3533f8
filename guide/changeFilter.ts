/**
 * Which DOM changes can change the reading. Heavy pages mutate all the time (carousels every
 * frame, endless grids, live prices); re-reading on each would cost more than the page itself.
 */
export interface ChangeFilterOptions {
  /** Exit Guide's own nodes (panel host, ring host). */
  isOwnNode(node: Node): boolean;
  /** What the last reading looked at, and the ringed control: changes in or around them count. */
  watched(): ReadonlySet<Element>;
  /** Whether new or renamed content could match a candidate of this page's steps. */
  mayMatter(roots: Element[]): boolean;
}

/** Attributes that can make an element match a candidate it did not match before. */
const NAMING = new Set(['href', 'role', 'aria-label', 'aria-labelledby', 'aria-modal', 'open', 'type', 'name', 'placeholder', 'id', 'data-role']);

/** The watched elements and every ancestor of theirs, built once for each reading's set. */
const around = new WeakMap<ReadonlySet<Element>, ReadonlySet<Node>>();

export function aroundOf(watched: ReadonlySet<Element>): ReadonlySet<Node> {
  let found = around.get(watched);
  if (!found) {
    const set = new Set<Node>();
    for (const el of watched) for (let node: Node | null = el; node && !set.has(node); node = node.parentNode) set.add(node);
    around.set(watched, (found = set));
  }
  return found;
}

/** Whether the node is a watched element or lies inside one: a walk up its ancestors. */
function inside(node: Node, watched: ReadonlySet<Element>): boolean {
  for (let at: Node | null = node; at; at = at.parentNode) if (watched.has(at as Element)) return true;
  return false;
}

/** Inside a watched element, or holding one (a container whose class can hide it). */
function near(node: Node, watched: ReadonlySet<Element>): boolean {
  return aroundOf(watched).has(node) || inside(node, watched);
}

export function isRelevantChange(records: MutationRecord[], options: ChangeFilterOptions): boolean {
  const watched = options.watched();
  const roots = new Set<Element>();
  for (const record of records) {
    const target = record.target;
    if (options.isOwnNode(target)) continue;
    if (record.type === 'attributes') {
      // A class or style change on a watched control or its container can show or hide it.
      if (near(target, watched)) return true;
      if (record.attributeName && NAMING.has(record.attributeName)) roots.add(target as Element);
      continue;
    }
    if (record.type === 'characterData') {
      if (inside(target, watched)) return true;
      if (target.parentElement) roots.add(target.parentElement);
      continue;
    }
    const removed = [...record.removedNodes];
    if (removed.some((node) => options.isOwnNode(node) || (node.isConnected === false && near(node, watched)))) return true;
    if (inside(target, watched)) return true;
    for (const node of record.addedNodes) {
      if (options.isOwnNode(node)) continue;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (el) roots.add(el);
    }
  }
  return roots.size > 0 && options.mayMatter([...roots]);
}
