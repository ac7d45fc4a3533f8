// Variant `code-frame`: the privacy centre's email-code check runs in the passport frame
// `passport.aliexpress.com/iv/mini/identity_verify.htm` (docs/sources.md, "Email-code check
// (passport frame)"; test/fixtures/live/code-frame*.html): "Get code", six one-digit boxes
// `input.verify-code-input[type=tel][maxlength=1][data-id=0..5]`, "Verify". The verify view of
// the privacy app keeps its heading and sentence; its code form becomes a 420 x 360 iframe.
// The frame (static/variant-code-frame.js) asks the app to send the code and to check it, by
// postMessage; the app's script, as served under this variant, listens (checking that the
// message comes from the passport host), calls its own endpoints (/api/delete/send-code,
// /api/delete/verify) and, on a right code, goes to the final confirmation exactly as its own
// "Verify" does; a wrong code goes back to the frame as an error under the boxes.
// The frame's route is always there (test/server/routes.ts); page variants do not reach it.
import { BUYER } from '../fixtureData.ts';
import { sendHtml, type RequestContext } from '../context.ts';
import { hashedName } from './hashed.ts';
import { editTemplate } from './markup.ts';

export const CODE_FRAME_PATH = '/iv/mini/identity_verify.htm';
const TOKEN = 'CN-SPLIT-AROjN8d2kq9Zx4';
const FRAME_SRC = `//passport.aliexpress.com${CODE_FRAME_PATH}?identity_verify_token=${TOKEN}&amp;lang=en_US`;

const FRAME = `<iframe class="iv-frame--wrap--2Xk8Qm1" src="${FRAME_SRC}" width="420" height="360" title="Identity verification" style="display: block; border: 1px solid #eee; border-radius: 12px; margin: 16px 0;"></iframe>`;

/** The verify view: its heading and first sentence, then the frame in place of the code form. */
function inFrame(content: string): string {
  const sentence = content.indexOf('</p>');
  return sentence < 0 ? content : `${content.slice(0, sentence + '</p>'.length)}\n  ${FRAME}\n`;
}

export function codeFramePage(html: string, url: URL): string {
  if (!url.hostname.startsWith('privacy.')) return html;
  return editTemplate(html, ['view-verify', hashedName('view-verify')], inFrame);
}

/** The app's half of the conversation, added to static/privacy.js as served under the variant. */
const LISTENER = String.raw`
  // Variant code-frame (test/server/variants/codeFrame.ts): the code form sits in the passport
  // frame, which asks this app to send and to check the code through the app's own endpoints.
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!/^https?:\/\/passport\.aliexpress\.com(:\d+)?$/.test(event.origin)) return;
    if (!data || data.type !== 'aeIdentityVerify' || currentPath() !== '/request/delete/verify') return;
    var frame = event.source;
    function reply(message) {
      message.type = 'aeIdentityVerify';
      frame.postMessage(message, event.origin);
    }
    if (data.action === 'state') {
      if (state.codeSentAt) reply({ action: 'sent', left: 60 - Math.floor((Date.now() - state.codeSentAt) / 1000) });
    } else if (data.action === 'send') {
      api('send-code').then(function () {
        state.codeSentAt = Date.now() - 1000;
        reply({ action: 'sent', left: 59 });
      });
    } else if (data.action === 'verify') {
      if (!state.codeSentAt) {
        reply({ action: 'error', text: 'Please get a verification code first.' });
        return;
      }
      api('verify', { code: String(data.code || '') }).then(function (result) {
        if (!result.success) {
          reply({ action: 'error', text: 'The verification code is incorrect.' });
          return;
        }
        state.verified = true;
        go('/request/delete/confirm');
      });
    }
  });
`;

export function codeFrameAsset(name: string, text: string): string {
  if (name !== 'privacy.js') return text;
  // The verify view has no code form of its own any more: nothing to wire there.
  const guarded = text.replace(/(function wireVerify\(view\) \{\n)/, "$1    if (view.querySelector('iframe')) return;\n");
  // The listener goes in the app's scope (it uses state, api and go), before the first render.
  const at = guarded.lastIndexOf('\n  render();\n})();');
  return at < 0 ? text : `${guarded.slice(0, at)}\n${LISTENER}${guarded.slice(at)}`;
}

export const CODE_FRAME_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Identity verification</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/site.css">
<style>
  body { margin: 0; padding: 0; background: #fff; font-family: "Open Sans", Arial, sans-serif; }
  .iv-email--wrap--3nR7Kqa { padding: 20px 24px; }
  .iv-email--title--1bE4Fqm { font-size: 18px; margin: 0 0 6px; }
  .iv-email--desc--3xV8Hnd { margin: 0 0 12px; color: #333; }
  .iv-email--codeBox--1pQxZ8r { display: flex; gap: 8px; margin: 14px 0; }
  .verify-code-input { width: 40px; height: 48px; text-align: center; font-size: 20px; border: 1px solid #ccc; border-radius: 8px; }
  .verify-code-input:focus { outline: none; border-color: #191919; }
  .fm-error-tip { color: #e62e2e; font-size: 13px; margin: 0 0 8px; }
  .iv-email--tip--2Wc0Yhs { color: #666; font-size: 12px; }
  .iv-email--other--2Yc5Vqe { display: flex; justify-content: space-between; margin-top: 12px; font-size: 12px; }
</style>
</head>
<body>
<div id="identity-verify-root" class="iv-mini">
  <input type="hidden" name="identity_verify_token" value="${TOKEN}">
  <div class="iv-email--wrap--3nR7Kqa">
    <h2 class="iv-email--title--1bE4Fqm">Verify your identity</h2>
    <p class="iv-email--desc--3xV8Hnd"><span>We will send a verification code to</span> <b>${BUYER.userEmail}</b></p>
    <div class="iv-email--send--3Kq2bVx">
      <button class="comet-btn comet-btn-primary iv-email--sendBtn--2Lp6Ytc" type="button">Get code</button>
    </div>
    <div class="iv-email--codeBox--1pQxZ8r">
${[0, 1, 2, 3, 4, 5].map((i) => `      <input class="verify-code-input" type="tel" maxlength="1" data-id="${i}" autocomplete="${i === 0 ? 'one-time-code' : 'off'}" inputmode="numeric" value="">`).join('\n')}
    </div>
    <div class="fm-error-tip" style="display: none;"><span class="fm-error-text"></span></div>
    <p class="iv-email--tip--2Wc0Yhs">The code is sent from account@notice.aliexpress.com. If you do not see it, check your spam folder.</p>
    <button class="comet-btn comet-btn-primary comet-btn-block iv-email--verifyBtn--1Nf3Gzw" type="button" disabled>Verify</button>
    <div class="iv-email--other--2Yc5Vqe">
      <a href="//passport.aliexpress.com${CODE_FRAME_PATH}?identity_verify_token=${TOKEN}&amp;method=list">Try another verification method</a>
      <a href="//www.aliexpress.com/p/help-center/index.html" target="_top">Help</a>
    </div>
  </div>
</div>
<script src="/static/variant-code-frame.js"></script>
</body>
</html>
`;

/** The frame's own page, on the passport host, with or without the variant. */
export function sendIdentityVerifyFrame(ctx: RequestContext): void {
  sendHtml(ctx, 200, CODE_FRAME_HTML);
}
