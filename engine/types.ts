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
  | { role: Role; name?: LabelKey }
  /** Any element whose own visible text contains the label (messages, headings). */
  | { textIncludes: LabelKey; selector?: string }
  /** Form structure: an input of a kind, optionally whose label, placeholder or nearby text mentions a label. */
  | { field: FieldKind; mentions?: LabelKey; nth?: number }
  /** A set of radio buttons taken as one control: their closest common container. */
  | { radioGroup: true; mentions?: LabelKey }
  /** The one destructive or primary button of the scope (dialogs keep one). */
  | { primaryButton: true; name?: LabelKey }
);

export type FieldKind = 'text' | 'email' | 'password' | 'code' | 'checkbox' | 'radio';

/** Where a candidate looks: the whole document, the open dialog, or the page's main form. */
export type Scope = 'document' | 'dialog' | 'form';

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
  /** When absent the step still works (a checkbox shown on some variants only). */
  optional?: boolean;
}

/** A condition on the page: an element found by any of the candidates, optionally showing. */
export interface Condition {
  anyOf: Candidate[];
  showing?: boolean;
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
}

export type LabelTable = Record<LabelKey, readonly string[]>;
