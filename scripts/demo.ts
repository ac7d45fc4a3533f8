// npm run demo [-- --headless]: builds Exit Guide, serves the local AliExpress pages and opens
// Chromium with the extension. With a display it stays open for you to try; headless (or with
// --headless) it walks both flows as a person would and writes one screenshot per step.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startFixtureServer } from '../test/server/fixtureServer';
import { launchChromium } from '../test/e2e/harness/chromium';
import { expectStep, setScene } from '../test/e2e/harness/panel';
import { playwrightDriver } from '../test/e2e/harness/playwrightDriver';
import { walk } from '../test/e2e/harness/walker';
import { deactivationWalk, deletionWalk } from '../test/e2e/walks';

const SHOTS = path.resolve('docs/screenshots');
const STORE_SHOTS = path.resolve('store/listing/screenshots');
/** Store listings take 1280 x 800 screenshots; these points make the listing's five. */
const STORE_POINTS = ['sign-in-link', 'open-account', 'type-agree', 'delete', 'sign-in-frame'];

async function main() {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('wxt build failed');
  }
  const server = await startFixtureServer({ port: headless ? 0 : 8787 });
  const browser = await launchChromium(server.port, { headless, viewport: { width: 1280, height: 800 } });
  const page = await browser.context.newPage();

  if (!headless) {
    console.log('Chromium is open with Exit Guide. Start at http://www.aliexpress.com/ (local copies).');
    console.log('Close the browser window to stop.');
    await page.goto('http://www.aliexpress.com/');
    await new Promise((resolve) => browser.context.on('close', resolve));
    await server.close();
    return;
  }

  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(STORE_SHOTS, { recursive: true });
  let count = 0;
  for (const flow of [deletionWalk, deactivationWalk]) {
    await walk(playwrightDriver(page), flow, async (point, index) => {
      if (!point.shot) return;
      await page.waitForTimeout(250);
      const file = path.join(SHOTS, `${flow.name}-${String(index).padStart(2, '0')}-${point.shot}.jpg`);
      await page.screenshot({ path: file, type: 'jpeg', quality: 70 });
      count += 1;
      const storeIndex = STORE_POINTS.indexOf(point.shot);
      if (storeIndex >= 0) await page.screenshot({ path: path.join(STORE_SHOTS, `${storeIndex + 1}-${point.shot}.png`) });
      console.log(`✓ ${flow.name}: ${point.step} → ${path.relative(process.cwd(), file)}`);
    });
  }
  const extras: [string, Record<string, string>, string, string][] = [
    ['blocked-captcha', {}, 'http://www.aliexpress.com/_____tmd_____/punish?x5secdata=demo', 'blocked'],
    ['off-path', { eg_session: '1' }, 'http://ilogisticsaddress.aliexpress.com/addressList.htm', 'off-path'],
  ];
  for (const [name, scene, url, step] of extras) {
    await setScene(page, scene, url);
    await expectStep(page, step);
    await page.waitForTimeout(250);
    await page.screenshot({ path: path.join(SHOTS, `${name}.jpg`), type: 'jpeg', quality: 70 });
    count += 1;
    console.log(`✓ ${step} → docs/screenshots/${name}.jpg`);
  }
  console.log(`\nDemo walked both flows to done; ${count} screenshots in docs/screenshots/.`);
  await browser.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
