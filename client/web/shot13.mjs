import { launchBrowser, newPage, signIn, chooseLanguage } from './test/harness.mjs';
const url = 'http://localhost:18080';
const browser = await launchBrowser();
for (const [w, h] of [[1280, 900], [375, 800]]) {
  for (const lang of ['en', 'ar']) {
    const page = await newPage(browser, { viewport: { width: w, height: h }, timezoneId: 'Asia/Amman' });
    page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
    await signIn(page, url, 'nour.benali.238@government.example');
    if (lang !== 'en') await chooseLanguage(page, lang);
    for (const [name, p] of [['people', '/people-to-meet'], ['meetings', '/meetings'], ['upcoming', '/meetings?box=upcoming'], ['schedule', '/schedule'], ['me', '/me']]) {
      await page.goto(url + p);
      await page.waitForTimeout(2500);
      await page.screenshot({ path: `/tmp/x/${name}-${w}-${lang}.png`, fullPage: true });
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      if (sw > w) console.log(name, w, lang, 'scrollWidth', sw);
    }
    await page.context().close();
  }
}
await browser.close();
