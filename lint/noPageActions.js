// @ts-check
/**
 * exit-guide/no-page-actions (issue 6, "Never acts"): content code never clicks, submits,
 * focuses, types into or sends events to the page. The person presses every button.
 *
 * Forbidden: `.click()` `.submit()` `.requestSubmit()` `.dispatchEvent()` `.focus()`
 * `.setRangeText()` `.stepUp()` `.stepDown()` in any spelling (computed, optional, through
 * `.call`/`.apply`, destructured); writes to `.value` `.checked` `.selected` `.selectedIndex`
 * (plain, compound, ++, destructuring, `Object.assign`, `Reflect.set`, `setAttribute`);
 * property-descriptor setters of those; constructing events (`new XEvent`, `createEvent`), since
 * events are only made to be dispatched; `execCommand` other than `'copy'`.
 *
 * "Own" elements are recognised in two ways only, both visible in review:
 * - with `{ allowRefs: true }` (components/, which render only in our shadow root or our own
 *   extension pages): `r.current` where `r = useRef(null)` / `createRef()`, and `r` is used only
 *   as `r.current` reads and as a JSX `ref={r}`; a ref that is passed on or assigned is not own.
 * - `// eslint-disable-next-line exit-guide/no-page-actions -- <why the element is ours>`.
 *   The reason after `--` is required (reported here when missing); the lint test checks that
 *   every finding in content code sits under such a line, so a file-wide disable cannot hide one.
 */

import { calleeName, findVariable, isCallee, isWriteTarget, keyName, outermost, staticString, unwrap } from './syntax.js';

const RULE = 'exit-guide/no-page-actions';
const METHODS = new Set(['click', 'submit', 'requestSubmit', 'dispatchEvent', 'focus', 'setRangeText', 'stepUp', 'stepDown']);
const PROPERTIES = new Set(['value', 'checked', 'selected', 'selectedIndex']);
/** The key written by Reflect.set(el, 'value', v), Object.defineProperty(el, 'checked', ...), el.setAttribute('value', v). */
function writtenKey(call) {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const name = keyName(callee.property, callee.computed) ?? '';
  if (['setAttribute', 'toggleAttribute'].includes(name)) return staticString(call.arguments[0]);
  const object = unwrap(callee.object);
  const onGlobal = object.type === 'Identifier' && ['Reflect', 'Object'].includes(object.name);
  return onGlobal && ['set', 'defineProperty'].includes(name) ? staticString(call.arguments[1]) : undefined;
}

/** `r.current` of a ref made here, bound by JSX `ref={r}`, never passed on or assigned. */
function isOwnRef(sourceCode, receiver) {
  const node = unwrap(receiver);
  if (node.type !== 'MemberExpression' || node.computed || keyName(node.property, false) !== 'current') return false;
  if (node.object.type !== 'Identifier') return false;
  const variable = findVariable(sourceCode.getScope(node), node.object.name);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  const init = def?.type === 'Variable' && def.parent.kind === 'const' ? def.node.init : undefined;
  if (init?.type !== 'CallExpression' || !['useRef', 'createRef'].includes(calleeName(init.callee) ?? '')) return false;
  if (init.arguments.length > 1 || (init.arguments[0] && !(init.arguments[0].type === 'Literal' && init.arguments[0].value === null))) return false;
  return variable.references.every(({ identifier }) => {
    if (identifier === def.name) return true;
    const parent = identifier.parent;
    if (parent.type === 'MemberExpression' && parent.object === identifier && !parent.computed && keyName(parent.property, false) === 'current') return !isWriteTarget(parent);
    return parent.type === 'JSXExpressionContainer' && parent.parent.type === 'JSXAttribute' && parent.parent.name.name === 'ref';
  });
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Content code never clicks, submits, focuses, types into or sends events to page elements (issue 6).' },
    schema: [{ type: 'object', properties: { allowRefs: { type: 'boolean' } }, additionalProperties: false }],
    messages: {
      method: '`{{name}}` acts on the page: Exit Guide never does that (issue 6). On our own element: `// eslint-disable-next-line ' + RULE + ' -- <why it is ours>`.',
      write: 'Writing `{{name}}` types into or changes a page control: Exit Guide never does that (issue 6). On our own element: `// eslint-disable-next-line ' + RULE + ' -- <why it is ours>`.',
      descriptor: 'Reaching a setter or method through its property descriptor is how pages are acted on behind a framework\'s back (issue 6).',
      event: 'Events are only made to be dispatched: content code constructs none (issue 6).',
      execCommand: 'Only `execCommand(\'copy\')` is allowed: other commands type into the focused page field (issue 6).',
      reason: 'Say why the element is ours: `// eslint-disable-next-line ' + RULE + ' -- <reason>`.',
    },
  },
  create(context) {
    const allowRefs = context.options[0]?.allowRefs === true;
    const sourceCode = context.sourceCode;
    const own = (member) => allowRefs && isOwnRef(sourceCode, member.object);
    const report = (node, messageId, name) => context.report({ node, messageId, data: { name: name ?? '' } });

    return {
      Program() {
        for (const comment of sourceCode.getAllComments()) {
          const directive = /^\s*eslint-disable(?:-next-line|-line)?(?:\s+([^]*))?$/.exec(comment.value);
          if (!directive) continue;
          const [rules = '', reason = ''] = (directive[1] ?? '').split(/\s-{2,}(?:\s|$)/);
          // A directive naming no rule turns this one off too.
          if ((rules.includes(RULE) || !rules.trim()) && !reason.trim()) report(comment, 'reason');
        }
      },
      MemberExpression(node) {
        const name = keyName(node.property, node.computed);
        if (name === undefined) return;
        if (METHODS.has(name) && !(isCallee(node) && own(node))) report(node, 'method', name);
        else if (PROPERTIES.has(name) && isWriteTarget(node) && !own(node)) report(node, 'write', name);
        else if (name === 'createEvent') report(node, 'event');
        else if (name === '__lookupSetter__') report(node, 'descriptor');
        else if (name === 'execCommand' && !(isCallee(node) && staticString(outermost(node).parent.arguments[0]) === 'copy')) report(node, 'execCommand');
      },
      // const { click } = HTMLElement.prototype
      'ObjectPattern > Property'(node) {
        const name = keyName(node.key, node.computed);
        if (name !== undefined && METHODS.has(name)) report(node, 'method', name);
      },
      NewExpression(node) {
        if (/Event$/.test(calleeName(node.callee) ?? '')) report(node, 'event');
      },
      CallExpression(node) {
        const name = calleeName(node.callee);
        const [target, key, ...rest] = node.arguments;
        const keyString = staticString(key);
        if (name === 'getOwnPropertyDescriptor' && keyString !== undefined && (PROPERTIES.has(keyString) || METHODS.has(keyString))) report(node, 'descriptor');
        else if (name === 'getOwnPropertyDescriptors') report(node, 'descriptor');
        else if (PROPERTIES.has(writtenKey(node) ?? '') && !own(unwrap(node.callee))) report(node, 'write', writtenKey(node));
        else if (name === 'assign' && target && !['ObjectExpression', 'ArrayExpression'].includes(target.type)) {
          const sources = [key, ...rest].filter((source) => source?.type === 'ObjectExpression');
          const written = sources.flatMap((source) => source.properties).find((p) => p.type === 'Property' && PROPERTIES.has(keyName(p.key, p.computed) ?? ''));
          if (written) report(written, 'write', keyName(written.key, written.computed));
        }
      },
    };
  },
};
