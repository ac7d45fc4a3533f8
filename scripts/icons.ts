// npx tsx scripts/icons.ts: renders assets/icon.svg to public/icon/{16,32,48,128}.png with
// Chromium, so every icon comes from one source image.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];

async function main() {
  const svg = readFileSync(path.resolve('assets/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
    await page.screenshot({ path: path.resolve(`public/icon/${size}.png`), omitBackground: true });
    console.log(`public/icon/${size}.png`);
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
