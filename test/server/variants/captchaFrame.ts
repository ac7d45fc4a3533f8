// Variant `captcha-frame`: the slider captcha in a frame over the privacy centre (docs/sources.md,
// "Captcha": `#baxia-dialog-content` is an iframe holding the punish page, `#baxia-punish`,
// `#nocaptcha`, ids `nc_2_*`, "Sorry, we have detected unusual traffic from your network." /
// "Please slide to verify."; test/fixtures/live/captcha-frame-punish.html). Until the cookie
// `x5sec` says the check was passed (the name Alibaba's captcha service uses; inferred here),
// every load of privacy.aliexpress.com puts a mask and the fixed iframe `#baxia-dialog-content`
// over the app. The frame loads `www.aliexpress.com/_____tmd_____/punish?x5secdata=frame`,
// which this variant serves as the punish page of the frame (instead of the fixture's own
// captcha page). Dragging the slider to the end with the mouse (static/variant-captcha-punish.js,
// mouse listeners like static/captcha.js) sets the cookie and tells the page, which removes
// the frame and the mask (static/variant-captcha-frame.js).
import { atBodyEnd, atHeadEnd, scriptTag, type VariantContext } from './markup.ts';

export const CAPTCHA_COOKIE = 'x5sec';
export const PUNISH_FRAME_SRC = '//www.aliexpress.com/_____tmd_____/punish?x5secdata=frame';

const STYLE = `<style>
.baxia-dialog-mask { position: fixed; inset: 0; z-index: 2147483000; background: rgba(0, 0, 0, 0.45); }
#baxia-dialog-content { position: fixed; top: 50%; left: 50%; z-index: 2147483001; width: 380px; height: 300px; max-width: calc(100% - 16px); transform: translate(-50%, -50%); border: 0; border-radius: 8px; background: #fff; box-shadow: 0 4px 24px rgba(0, 0, 0, 0.25); }
</style>`;

const OVERLAY = `<div class="baxia-dialog-mask"></div>
<iframe id="baxia-dialog-content" src="${PUNISH_FRAME_SRC}" title="Verification" scrolling="no"></iframe>`;

export const PUNISH_FRAME_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Captcha Interception</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { margin: 0; background: #fff; font: 14px/1.5 Arial, Helvetica, sans-serif; color: #333; }
  .baxia-punish .wrapper { padding: 28px 24px; }
  .warnning-text { font-size: 16px; font-weight: 700; margin-bottom: 18px; }
  .nc_wrapper { width: 300px; height: 34px; position: relative; background: #e8e8e8; user-select: none; }
  .nc_scale { position: absolute; inset: 0; }
  .nc_bg { position: absolute; left: 0; top: 0; height: 34px; width: 0; background: #7ac23c; }
  .nc_iconfont.btn_slide { position: absolute; left: 0; top: 0; width: 40px; height: 34px; background: #fff; border: 1px solid #ccc; box-sizing: border-box; display: grid; place-items: center; cursor: move; color: #888; font-weight: 700; }
  .scale_text { position: absolute; inset: 0; display: grid; place-items: center; color: #555; font-size: 13px; pointer-events: none; }
  .nc-done .scale_text { color: #fff; }
  .feedback-wrap { margin-top: 22px; font-size: 12px; }
  .feedback { color: #999; }
</style>
<script>
  window._config_ = {"action":"captcha","HOST":"www.aliexpress.com","PATH":"/_____tmd_____/punish","NCAPPKEY":"X82Y__4c1b5d8f7a9e2b3c6d0e1f2a3b4c5d6e","NCTOKENSTR":"7f3a9c1e8b2d4f6a0c5e7b9d1f3a5c7e","SECDATA":"frame","ncLang":"en_US"};
</script>
</head>
<body>
<div id="baxia-punish" class="baxia-punish captcha pc">
  <div class="wrapper">
    <div class="bannar"><div class="warnning-text">Sorry, we have detected unusual traffic from your network.</div></div>
    <div class="captcha-tips">
      <div id="nocaptcha" class="nc-container">
        <div id="nc_2_wrapper" class="nc_wrapper">
          <div id="nc_2_n1t" class="nc_scale">
            <div id="nc_2__bg" class="nc_bg"></div>
            <span id="nc_2_n1z" class="nc_iconfont btn_slide" role="slider" aria-label="Slide to verify" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0" tabindex="0">&gt;</span>
            <div id="nc_2__scale_text" class="scale_text slidetounlock"><span class="nc-lang-cnt" data-nc-lang="_startTEXT">Please slide to verify.</span></div>
          </div>
          <div id="nc_2_clickCaptcha" class="clickCaptcha" style="display: none;"></div>
          <div id="nc_2_imgCaptcha" class="imgCaptcha" style="display: none;"></div>
          <div class="errloading" style="display: none;">Oops... something went wrong. Please refresh and try again.</div>
        </div>
      </div>
    </div>
    <div class="feedback-wrap"><a class="feedback" href="//www.aliexpress.com/p/help-center/index.html" target="_top">Feedback</a></div>
  </div>
</div>
<script src="/static/variant-captcha-punish.js"></script>
</body>
</html>
`;

const isPunishFrame = (url: URL) => url.pathname === '/_____tmd_____/punish' && url.searchParams.get('x5secdata') === 'frame';

export function captchaFramePage(html: string, url: URL, ctx: VariantContext): string {
  if (isPunishFrame(url)) return PUNISH_FRAME_HTML;
  if (!url.hostname.startsWith('privacy.') || ctx.cookies[CAPTCHA_COOKIE]) return html;
  return atBodyEnd(atHeadEnd(html, STYLE), `${OVERLAY}\n${scriptTag('variant-captcha-frame.js')}`);
}
