// @ts-check
/** Shapes of ESTree / typescript-eslint nodes that lint/noPageActions.js asks about. */

const TS_WRAPPERS = new Set(['TSNonNullExpression', 'TSAsExpression', 'TSSatisfiesExpression', 'TSTypeAssertion', 'ChainExpression']);

/** A string known without running the code: 'a', `a`, 'cl' + 'ick'. */
export function staticString(node) {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  if (node.type === 'BinaryExpression' && node.operator === '+') {
    const left = staticString(node.left);
    const right = staticString(node.right);
    return left !== undefined && right !== undefined ? left + right : undefined;
  }
  return undefined;
}

export function keyName(node, computed) {
  if (!computed && node.type === 'Identifier') return node.name;
  return computed ? staticString(node) : node.type === 'Literal' ? String(node.value) : undefined;
}

export const unwrap = (node) => (TS_WRAPPERS.has(node.type) ? unwrap(node.expression) : node);

/** The node that stands where `node` is used, past `!`, `as`, `?.` wrappers. */
export function outermost(node) {
  while (node.parent && TS_WRAPPERS.has(node.parent.type)) node = node.parent;
  return node;
}

export function isCallee(member) {
  const used = outermost(member);
  return used.parent?.type === 'CallExpression' && used.parent.callee === used;
}

export function isWriteTarget(member) {
  const used = outermost(member);
  const parent = used.parent;
  switch (parent?.type) {
    case 'AssignmentExpression':
    case 'AssignmentPattern':
    case 'ForOfStatement':
    case 'ForInStatement':
      return parent.left === used;
    case 'UpdateExpression':
    case 'ArrayPattern':
    case 'RestElement':
      return true;
    case 'Property':
      return parent.value === used && parent.parent.type === 'ObjectPattern';
    default:
      return false;
  }
}

export function calleeName(callee) {
  const node = unwrap(callee);
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression') return keyName(node.property, node.computed);
  return undefined;
}

export function findVariable(scope, name) {
  for (let s = scope; s; s = s.upper) {
    const variable = s.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}
