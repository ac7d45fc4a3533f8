// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import noPageActions from '../../lint/noPageActions.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RULE = 'exit-guide/no-page-actions';
/** Issue 6: the code that ships in the extension. */
const CONTENT = ['engine', 'flows', 'guide', 'components', 'entrypoints', 'store', 'i18n'];

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } } });

const component = (body: string) => ({
  code: `function Box() { const box = useRef<HTMLTextAreaElement>(null); ${body}; return <textarea ref={box} />; }`,
  filename: 'components/Box.tsx',
  options: [{ allowRefs: true }],
});
const errors = (...messageIds: string[]) => messageIds.map((messageId) => ({ messageId }));

describe('exit-guide/no-page-actions', () => {
  tester.run('no-page-actions', noPageActions, {
    valid: [
      component('box.current?.focus()'),
      component('box.current!.focus()'),
      component('useEffect(() => { box.current!.value = ""; }, [])'),
      'const typed = input.value.trim();',
      'if (event.value === "x" && box.checked) report(event.value);',
      'const state = { value: 1, checked: true }; state.value;',
      'Object.assign({}, { value: 1 }); params.set("value", "1");',
      'el.addEventListener("click", onClick); el.removeEventListener("focus", onFocus);',
      'document.execCommand("copy");',
    ],
    invalid: [
      { code: `document.querySelector('button')!.click();`, errors: errors('method') },
      { code: 'form.submit(); form.requestSubmit(button);', errors: errors('method', 'method') },
      { code: 'field.dispatchEvent(change);', errors: errors('method') },
      { code: 'field.focus();', errors: errors('method') },
      { code: 'field.setRangeText("x"); field.stepUp();', errors: errors('method', 'method') },
      // computed and optional spellings
      { code: `el['click'](); el[\`submit\`](); el['cl' + 'ick']();`, errors: errors('method', 'method', 'method') },
      { code: 'el.click?.(); el?.focus();', errors: errors('method', 'method') },
      // through the prototype
      { code: 'HTMLElement.prototype.click.call(el);', errors: errors('method') },
      { code: 'HTMLFormElement.prototype.submit.apply(form, []);', errors: errors('method') },
      { code: 'Reflect.apply(HTMLElement.prototype.focus, el, []);', errors: errors('method') },
      { code: 'const { click } = HTMLElement.prototype; const go = el.click;', errors: errors('method', 'method') },
      // writes to controls
      { code: 'input.value = "DELETE";', errors: errors('write') },
      { code: 'input.value += "E"; input.value++;', errors: errors('write', 'write') },
      { code: 'box.checked = true; box.checked ||= true; option.selected = true; select.selectedIndex = 2;', errors: errors('write', 'write', 'write', 'write') },
      { code: '[input.value] = ["x"]; ({ word: input.value } = check);', errors: errors('write', 'write') },
      { code: `(form.elements.namedItem('word') as HTMLInputElement).value = 'DELETE';`, errors: errors('write') },
      { code: `form.elements['agree'].checked = true;`, errors: errors('write') },
      { code: `Object.assign(input, { value: 'x' }); Reflect.set(input, 'value', 'x'); input.setAttribute('checked', '');`, errors: errors('write', 'write', 'write') },
      { code: `Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, 'DELETE');`, errors: errors('descriptor') },
      { code: 'input.__lookupSetter__("value").call(input, "x");', errors: errors('descriptor') },
      { code: `document.execCommand('insertText', false, 'DELETE');`, errors: errors('execCommand') },
      // events exist only to be dispatched
      { code: `new MouseEvent('click'); new KeyboardEvent('keydown'); new InputEvent('input'); new Event('change');`, errors: errors('event', 'event', 'event', 'event') },
      { code: `new window.PointerEvent('pointerdown'); document.createEvent('MouseEvents');`, errors: errors('event', 'event') },
      // refs are own only in components/, only made empty, bound by JSX and never passed on or set
      { code: 'box.current.focus();', filename: 'guide/x.ts', errors: errors('method') },
      { ...component('box.current = document.querySelector("textarea"); box.current?.focus()'), errors: errors('method') },
      { ...component('watch(box); box.current?.focus()'), errors: errors('method') },
      { code: 'function F() { const r = useRef(document.body); r.current.click(); return <div />; }', filename: 'components/F.tsx', options: [{ allowRefs: true }], errors: errors('method') },
    ],
  });
});

describe('eslint.config.js on the content code', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const findings = (results: ESLint.LintResult[]) =>
    results.flatMap((r) => r.messages.map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.ruleId}: ${m.message}`));

  it.each(CONTENT)('applies the rule in %s/', async (dir) => {
    for (const file of [`${dir}/x.ts`, `${dir}/x.tsx`]) {
      const config = await eslint.calculateConfigForFile(path.join(ROOT, file));
      expect(config.rules[RULE]?.[0], file).toBe(2);
    }
  });

  it('finds no page action (and no other lint error) in the content folders', async () => {
    const results = await eslint.lintFiles(CONTENT);
    expect(results.length).toBeGreaterThan(50);
    expect(findings(results)).toEqual([]);
  });

  it('every exception sits under its own reasoned disable line, so a file-wide disable hides nothing', async () => {
    const results = await new ESLint({ cwd: ROOT, allowInlineConfig: false }).lintFiles(CONTENT);
    const unexplained = results.flatMap((r) => {
      const lines = readFileSync(r.filePath, 'utf8').split('\n');
      const reasoned = (line: number) => new RegExp(`^\\s*// eslint-disable-next-line ${RULE} -- \\S`).test(lines[line - 2] ?? '');
      return r.messages.filter((m) => m.ruleId === RULE && !reasoned(m.line)).map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.message}`);
    });
    expect(unexplained).toEqual([]);
  });

  const lintGuide = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, 'guide/x.ts') });
    return result!.messages.map((m) => `${m.line} ${m.ruleId}${m.messageId ? ` ${m.messageId}` : ''}`);
  };

  it('fails a .click() placed in guide/', async () => {
    expect(await lintGuide(`document.querySelector('button')!.click();\n`)).toEqual([`1 ${RULE} method`]);
  });

  it('accepts an exception only on the next line, and only with a reason', async () => {
    const code = (directive: string) => `declare const ownField: HTMLTextAreaElement;\n// ${directive}\nownField.value = 'x';\n`;
    expect(await lintGuide(code(`eslint-disable-next-line ${RULE} -- the panel's own hidden field`))).toEqual([]);
    expect(await lintGuide(code(`eslint-disable-next-line ${RULE}`))).toEqual([`2 ${RULE} reason`]);
    expect(await lintGuide(code('eslint-disable-next-line'))).toEqual([`2 ${RULE} reason`]);
    // A stale exception is an error too (reportUnusedDisableDirectives).
    expect(await lintGuide(`// eslint-disable-next-line ${RULE} -- was a click\nconst x = 1;\nexport { x };\n`)).toEqual([`1 null`]);
  });
});
