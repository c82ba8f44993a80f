// Drives the live editor in headless Debian Chromium through puppeteer-core:
// types a sentence, waits for its highlight, reads the finding beside it,
// marks it verified, builds its suppression comment, and takes a screenshot.
// Exits 0 when every step did what an editor expects; otherwise prints why
// and exits 1.
//
//   NODE_PATH=build/tools/node_modules node editor_browser.js \
//     URL CHROMIUM PROFILE_DIR SCREENSHOT.png
'use strict';

const puppeteer = require('puppeteer-core');

const [url, chromium, profile, screenshot] = process.argv.slice(2);
const SENTENCE = 'The minister repeated a falsehood about the budget, and a rumour spread.';

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function main() {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    userDataDir: profile,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({width: 1280, height: 720});
    const origin = new URL(url).origin;
    const problems = [];
    // Nothing may come from the network but this server (Chromium's own
    // data: icons, such as the date picker's, are not network requests).
    page.on('request', (request) => {
      const target = request.url();
      if (!target.startsWith(origin + '/') && !target.startsWith('data:')) {
        problems.push('request elsewhere: ' + target);
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push('console error: ' + message.text());
    });
    page.on('pageerror', (error) => problems.push('page error: ' + error.message));

    await page.goto(url, {waitUntil: 'load'});
    await page.evaluate(() => { window.sameDocument = true; });
    await page.$eval('#as-of', (box) => {
      box.value = '2023-06-15';
      box.dispatchEvent(new Event('change'));
    });
    await page.click('#text');
    await page.keyboard.type(SENTENCE, {delay: 5});

    // The highlight appears without a reload, coloured by verdict.
    await page.waitForFunction(
        () => Array.from(document.querySelectorAll('#backdrop mark.contradicted'))
                  .some((mark) => mark.textContent === 'falsehood'),
        {timeout: 15000});
    const marks = await page.$$eval('#backdrop mark', (all) =>
        all.map((mark) => mark.className + ':' + mark.textContent));
    expect(marks.includes('contradicted:falsehood') && marks.includes('needs-verification:rumour'),
           'highlights: ' + JSON.stringify(marks));
    expect(await page.evaluate(() => window.sameDocument === true), 'the page reloaded');

    // The finding beside it: verdict, rule, message, evidence.
    const item = await page.$eval('#finding-0', (li) => li.textContent);
    for (const part of ['contradicted', 'words/flagged-word', 'line 1',
                        "The word 'falsehood' is flagged.", 'test-plugin:1: configured word']) {
      expect(item.includes(part), 'finding lacks "' + part + '": ' + item);
    }

    // Mark it verified: name and note go to the ledger, the finding says so.
    await page.click('#finding-0 button.verify');
    await page.type('#finding-0 .panel input.by', 'Ann Editor');
    await page.type('#finding-0 .panel input.note', 'rang the ministry');
    await page.click('#finding-0 .panel button.record');
    await page.waitForFunction(
        () => /verified by Ann Editor on \d{4}-\d{2}-\d{2}: rang the ministry/.test(
            (document.querySelector('#finding-0 .verified') || {}).textContent || ''),
        {timeout: 15000});
    const status = await page.$eval('#status', (s) => s.textContent);
    expect(status.includes('Recorded in') && status.includes('.factcheck-verified.yaml'),
           'status after recording: ' + status);

    // The suppression comment for the other finding, with its reason.
    await page.click('#finding-1 button.suppress');
    await page.type('#finding-1 .panel input.reason', 'quoted from the 1987 speech');
    const comment = await page.$eval('#finding-1 .panel input.comment', (box) => box.value);
    expect(comment ===
               '<!-- factcheck-ignore words/flagged-word: quoted from the 1987 speech -->',
           'comment: ' + comment);
    await page.click('#finding-1 .panel button.copy');
    await page.waitForFunction(
        () => document.querySelector('#status').textContent.startsWith('Copied'),
        {timeout: 5000});

    // Editing moves on: a new sentence gets its own highlight.
    await page.click('#text');
    await page.keyboard.press('End');
    await page.keyboard.type(' The truth came later.', {delay: 5});
    await page.waitForFunction(
        () => Array.from(document.querySelectorAll('#backdrop mark.supported'))
                  .some((mark) => mark.textContent === 'truth'),
        {timeout: 15000});

    await page.screenshot({path: screenshot});

    // The checker's suggested fix is applied in place, and checked again:
    // the falsehood becomes a second truth.
    await page.click('#finding-0 button.apply');
    await page.waitForFunction(
        () => !document.querySelector('#text').value.includes('falsehood') &&
              Array.from(document.querySelectorAll('#backdrop mark.supported'))
                  .filter((mark) => mark.textContent === 'truth').length === 2,
        {timeout: 15000});
    expect(problems.length === 0, problems.join('\n'));
    console.log('ok: ' + JSON.stringify(marks));
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error('FAILED: ' + error.message);
  process.exit(1);
});
