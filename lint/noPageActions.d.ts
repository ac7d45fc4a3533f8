import type { Rule } from 'eslint';

/** exit-guide/no-page-actions: see noPageActions.js. */
declare const noPageActions: Rule.RuleModule;
export default noPageActions;
