import { describe, expect, it } from 'vitest';
import { readPage } from '@/engine/detect';
import { styleProbe } from '@/engine/visibility';
import { flow, labels } from '@/flows';

function read(url: string, html: string) {
  document.body.innerHTML = html;
  const u = new URL(url);
  return readPage(flow, labels, u, document, { probe: styleProbe });
}

describe('smoke', () => {
  it('privacy delete', () => {
    const r = read('https://privacy.aliexpress.com/home#/request/delete', '<main><h1>Delete my account</h1><button class="x">Delete my account</button></main>');
    expect(r?.step).toBe('request-delete');
    expect(r?.target?.element?.tagName).toBe('BUTTON');
  });
  it('type agree', () => {
    const r = read('https://privacy.aliexpress.com/home#/request/delete', '<button>Delete my account</button><div role="dialog"><p>To confirm, type "agree" in the box below.</p><input placeholder="agree"><button class="btn-danger">Delete</button></div>');
    expect(r?.step).toBe('type-agree');
    expect(r?.target?.spec.id).toBe('agree-field');
    (document.querySelector('input') as HTMLInputElement).value = 'agree';
    const r2 = readPage(flow, labels, new URL('https://privacy.aliexpress.com/home#/request/delete'), document, { probe: styleProbe });
    expect(r2?.target?.spec.id).toBe('delete-button');
  });
});

describe('names in indented markup', () => {
  it('matches a button whose name is padded by indentation', () => {
    const padding = '\n' + ' '.repeat(120);
    const r = read('https://privacy.aliexpress.com/home#/request/delete', `<button>${padding}<span>${padding}Delete my account${padding}</span>${padding}</button>`);
    expect(r?.target?.element?.tagName).toBe('BUTTON');
  });
});

describe('signed out, on the privacy centre', () => {
  const url = 'https://privacy.aliexpress.com/home#/request/delete';
  it('a hidden Sign in copy (a header template) does not make a signed-in page signed out', () => {
    const r = read(url, '<a href="//login.aliexpress.com/" style="display:none">Sign in</a><main><button>Delete my account</button></main>');
    expect(r?.step).toBe('request-delete');
  });
  it('a Sign in link it shows does', () => {
    const r = read(url, '<header><a href="//login.aliexpress.com/">Sign in</a></header><main><p>Sign in to manage your data</p></main>');
    expect(r?.step).toBe('sign-in');
    expect(r?.reason).toBe('signed-out');
  });
  it('shop pages still count a Sign in link hidden in the account menu', () => {
    const r = read('https://www.aliexpress.com/', '<div id="nav-user-account"><span>Account</span><div style="display:none"><a href="//login.aliexpress.com/">Sign in</a></div></div>');
    expect(r?.step).toBe('sign-in');
    expect(r?.target?.revealing).toBe(true);
  });
});
