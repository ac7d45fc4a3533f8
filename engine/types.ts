/**
 * The schema a flow is written in. The engine reads it; it holds no knowledge of any site.
 * A label key names an entry in the per-language label tables (see flows/labels).
 */
export type LabelKey = string;

/** Matches the current location. Every given part must match. */
export interface UrlRule {
  host?: RegExp;
  path?: RegExp;
  /** Tested against location.hash, so hash routes ("#/request/delete") are first-class. */
  hash?: RegExp;
  search?: RegExp;
}

export type Role = 'button' | 'link' | 'textbox' | 'checkbox' | 'radio' | 'radiogroup' | 'dialog';

/**
 * One way of finding an element. Candidates of a target are tried in order; the first that
 * yields an element wins. Every candidate carries a note saying which page variant it covers.
 */
export type Candidate = { note: string; within?: Scope } & (
  /** Legacy ids and data-role attributes: used when present, never depended on. */
  | { css: string }
  /**
   * Links by their target: survives redesigns and every language. `contains` lists pieces one
   * of which the href holds: the browser's selector engine narrows thousands of links first.
   */
  | { href: RegExp; contains?: string[]; name?: LabelKey }
  /** Controls by role and accessible name in any language (exact, normalised). */
  /**
   * `among` narrows the elements looked at (a selector): naming every link of a shop page
   * (thousands of product cards) costs more than a reading may.
   */
  | { role: Role; name?: LabelKey; among?: string }
  /** Any element whose own visible text contains the label (messages, headings). */
  | { textIncludes: LabelKey; selector?: string }
  /** Form structure: an input of a kind, optionally whose label, placeholder or nearby text mentions a label. */
  | { field: FieldKind; mentions?: LabelKey; nth?: number }
  /** A set of radio buttons taken as one control: their closest common container. */
  | { radioGroup: true; mentions?: LabelKey }
  /** The one destructive or primary button of the scope (dialogs keep one). */
  | { primaryButton: true; name?: LabelKey }
  /**
   * A hover menu's trigger told by what it says ("Account", "Hi, Asha", "Sign in / Register"),
   * whatever its markup: the outermost element whose whole text is short and holds the label,
   * outside the page's main content. Headers drop roles and ARIA from one release to the next.
   */
  | { menuTrigger: LabelKey }
);

export type FieldKind = 'text' | 'email' | 'password' | 'code' | 'checkbox' | 'radio';

/** Where a candidate looks: the whole document, the open dialog, or the page's main form. */
/**
 * Where a candidate looks: the whole document, the open dialog, the page's main form, or the
 * header and its menus (a <header>, the ids headers keep, and showing dialogs: popovers); 'modal'
 * is the open modal only, never a non-modal dialog (found without walking the page).
 */
export type Scope = 'document' | 'dialog' | 'modal' | 'form' | 'header';

export interface TargetSpec {
  /** Stable id, used by the panel's messages ("target.<id>") and by the debug report. */
  id: string;
  candidates: Candidate[];
  /** Words the user must type into this field; the panel offers a copy button and a live check. */
  expect?: LabelKey;
  /** A field target is satisfied once filled (or checked); a button never is. */
  kind: 'field' | 'choice' | 'button' | 'link';
  /** Hover menus: when the target is hidden, ring the trigger that reveals it. */
  reveal?: Candidate[];
  /**
   * The menu is rendered only on hover, elsewhere in the page (a popover at the end of body):
   * when no candidate finds the target at all, or only hidden, a showing trigger stands in.
   */
  revealAbsent?: boolean;
  /** When absent the step still works (a checkbox shown on some variants only). */
  optional?: boolean;
}

/** A condition on the page: an element found by any of the candidates, optionally showing. */
export interface Condition {
  anyOf: Candidate[];
  showing?: boolean;
  /**
   * Two states rendered side by side and shown one by style (a header's signed-in and
   * signed-out blocks, both inside a closed menu): the condition holds when an element of
   * anyOf is hidden by fewer layers than every element the rival candidates find.
   */
  rival?: Candidate[];
}

export interface PageRule {
  url: UrlRule[];
  all?: Condition[];
  none?: Condition[];
  /** Why this rule fired, for steps with several causes (blocked: captcha, open orders...). */
  reason?: string;
  /** Targets for this kind of page, when they differ from the step's (sign in: header link vs form). */
  targets?: TargetSpec[];
}

export interface Notice {
  /** A page message (an error tip, a refusal) that the panel should explain. */
  when: Condition;
  say: string;
}

export interface Step<Id extends string = string> {
  id: Id;
  pages: PageRule[];
  targets: TargetSpec[];
  notices?: Notice[];
}

export interface Flow<Id extends string = string> {
  /** Steps in detection order: the first whose page matches and is not complete wins. */
  steps: Step<Id>[];
  /** The step given for a page of the site that no step recognises. */
  fallback: Id;
  /** Hosts the flow belongs to; other hosts give no step at all. */
  hosts: RegExp;
  /** Modal containers that carry no dialog role (a site's own modal wrapper), as a selector. */
  modals?: string;
  /**
   * Overlays that belong to no step (a cookie banner and its detail modal): never the flow's
   * dialog. While one holds the page modally, nothing behind it is a candidate.
   */
  overlays?: string;
}

export type LabelTable = Record<LabelKey, readonly string[]>;
