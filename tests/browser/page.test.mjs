// The page of `extract --format html`, checked in Debian's Chromium through
// Playwright (playwright-core: no browser download of its own).
//
//   EXTRACT=target/release/examples/extract node --test   (in tests/browser)
//
// Writes its pages and screenshots under target/browser/. `.ci/run` runs it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'target', 'browser');
const EXTRACT = path.resolve(ROOT, process.env.EXTRACT || 'target/release/examples/extract');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Inputs named relative to ROOT, as a person would type them there (the
// page shows the names as given).
const SEED = 'examples/data/tianning-justice-2023.txt';
const INJECTION = 'tests/data/html/injection.txt';
const AUDIT = 'tests/data/html/audit.txt';
const read = (name) => fs.readFileSync(path.join(ROOT, name), 'utf8');
// The scale check: `extract --format html` of a report this large must open
// and answer in the browser within this time.
const BIG_BYTES = 3 * 1024 * 1024;
const BUDGET_MS = 2000;

let context;
let profile;

function extract(args) {
  return execFileSync(EXTRACT, args, { cwd: ROOT, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
}

function htmlPage(name, files) {
  const out = path.join(OUT, name + '.html');
  extract(['--format', 'html', '--output', out, ...files]);
  return out;
}

function jsonl(file) {
  return extract([file]).toString('utf8').split('\n').filter((l) => l).map((l) => JSON.parse(l));
}

// A page opened in a fresh tab, with every request and dialog recorded.
async function open(file) {
  const page = await context.newPage();
  const seen = { requests: [], dialogs: [], errors: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-ready="true"]');
  return { page, seen };
}

const records = (page) => page.evaluate(() =>
  JSON.parse(document.getElementById('zh-data').textContent).files.map((f) => f.records));

before(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-metrics-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await context?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

async function checkMarks(page, i, name, recs) {
  const marks = await page.$$eval(`article[data-file="${i}"] mark`,
    (ms) => ms.map((m) => [Number(m.dataset.index), m.textContent]));
  assert.equal(marks.length, recs.length, name);
  assert.deepEqual(marks.map(([j]) => j).sort((a, b) => a - b), recs.map((_, j) => j), name);
  for (const [j, text] of marks) assert.equal(text, recs[j].text, `${name}: mark ${j}`);
  const shown = await page.$eval(`article[data-file="${i}"]`, (a) => a.textContent);
  assert.equal(shown, read(name).replace(/\r\n?/g, '\n'), name);
}

test('seed report: every record marked, text intact, records as jsonl prints them', async () => {
  const { page, seen } = await open(htmlPage('seed', [SEED]));
  const [recs] = await records(page);
  assert.deepEqual(recs, jsonl(SEED));
  assert.ok(recs.length > 50, `only ${recs.length} records`);
  await checkMarks(page, 0, SEED, recs);
  assert.deepEqual(seen.requests, [pathToFileURL(path.join(OUT, 'seed.html')).href]);
  assert.deepEqual(seen.errors, []);
  await page.screenshot({ path: path.join(OUT, 'seed.png') });
  await page.close();
});

test('hover and keyboard focus show the record', async () => {
  const { page } = await open(path.join(OUT, 'seed.html'));
  const [recs] = await records(page);
  const i = recs.findIndex((r) => r.subject && r.parent === null && r.period);
  assert.ok(i >= 0);
  await page.hover(`mark[data-index="${i}"]`);
  const tip = page.locator('#tip');
  await tip.waitFor({ state: 'visible' });
  await page.screenshot({ path: path.join(OUT, 'seed-hover.png') });
  const text = await tip.textContent();
  const time = recs[i].time ? [recs[i].time.start || recs[i].time.end] : [];
  for (const part of [recs[i].subject, recs[i].kind, recs[i].period, recs[i].section.at(-1), ...time]) {
    assert.ok(text.includes(part), `tooltip lacks ${part}: ${text}`);
  }
  const part = recs.findIndex((r) => r.parent !== null);
  if (part >= 0) {
    await page.focus(`mark[data-index="${part}"]`);
    const whole = recs[recs[part].parent];
    assert.ok((await tip.textContent()).includes(`#${recs[part].parent} ${whole.text}`));
  }
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });
  await page.close();
});

async function visibleRows(page) {
  return page.$$eval('#table tbody tr.row', (rows) => rows.map((r) => ({
    index: Number(r.dataset.index),
    kind: r.querySelector('td.kind').textContent,
    subject: r.querySelector('td.subject').textContent,
  })));
}

test('kind and subject filters; sort by value, kind and section', async () => {
  const { page } = await open(path.join(OUT, 'seed.html'));
  const [recs] = await records(page);
  const all = (await page.textContent('#count')).trim();
  assert.equal(all, `${recs.length} of ${recs.length} metrics`);
  const kind = 'percent';
  const want = recs.filter((r) => r.kind === kind).length;
  assert.ok(want > 0 && want < recs.length);
  await page.selectOption('#kind-filter', kind);
  assert.equal(await page.textContent('#count'), `${want} of ${recs.length} metrics`);
  const rows = await visibleRows(page);
  assert.ok(rows.length > 0 && rows.every((r) => r.kind === kind), JSON.stringify(rows));
  await page.selectOption('#kind-filter', '');
  const needle = recs.find((r) => r.subject)?.subject.slice(0, 2);
  await page.fill('#subject-filter', needle);
  const expect = recs.filter((r) => (r.subject || '').includes(needle) || (r.resolved_subject || '').includes(needle)).length;
  await page.waitForFunction((t) => document.getElementById('count').textContent === t,
    `${expect} of ${recs.length} metrics`);
  await page.fill('#subject-filter', '');
  await page.click('th button[data-sort="value"]');
  await page.waitForFunction(() => document.querySelector('th button[data-sort="value"]').getAttribute('aria-sort') === 'ascending');
  const values = (await visibleRows(page)).map((r) => recs[r.index].value);
  assert.deepEqual(values, [...values].sort((a, b) => a - b));
  await page.click('th button[data-sort="value"]');
  const down = (await visibleRows(page)).map((r) => recs[r.index].value);
  assert.equal(down[0], Math.max(...recs.map((r) => r.value)));
  const sortedBy = async (key, of) => {
    await page.click(`th button[data-sort="${key}"]`);
    const got = (await visibleRows(page)).map((r) => of(recs[r.index]));
    assert.deepEqual(got, [...got].sort(), key);
    return got;
  };
  const kinds = await sortedBy('kind', (r) => r.kind);
  assert.equal(kinds[0], recs.map((r) => r.kind).sort()[0]);
  await sortedBy('section', (r) => r.section.join('\u0001'));
  await page.close();
});

test('clicking a row brings its mark into view', async () => {
  const { page } = await open(path.join(OUT, 'seed.html'));
  const [recs] = await records(page);
  const last = recs.length - 1;
  await page.evaluate(() => { const s = document.getElementById('table-scroll'); s.scrollTop = s.scrollHeight; });
  const row = page.locator(`#table tbody tr.row[data-index="${last}"]`);
  await row.waitFor();
  await row.click();
  const mark = page.locator(`mark[data-index="${last}"]`);
  await page.waitForFunction((i) => {
    const m = document.querySelector(`mark[data-index="${i}"]`);
    const box = m.getBoundingClientRect();
    const pane = document.getElementById('text-pane').getBoundingClientRect();
    return m.classList.contains('hl') && box.top >= pane.top && box.bottom <= pane.bottom;
  }, last);
  assert.ok(await mark.isVisible());
  await page.close();
});

test('injection report: shown as text, runs nothing', async () => {
  const file = htmlPage('injection', [INJECTION]);
  const { page, seen } = await open(file);
  await page.waitForTimeout(300);
  assert.equal(await page.title(), `zh-metrics: ${INJECTION}`);
  assert.deepEqual(seen.dialogs, []);
  assert.deepEqual(seen.errors, []);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('script', (s) => s.length), 2);
  assert.equal(await page.$$eval('body img, body iframe, body svg:not(#summary svg), body style', (e) => e.length), 0);
  const [recs] = await records(page);
  assert.deepEqual(recs, jsonl(INJECTION));
  await checkMarks(page, 0, INJECTION, recs);
  const i = recs.findIndex((r) => r.subject && r.subject.includes('<script>'));
  assert.ok(i >= 0, 'the injection report should give a subject holding <script>');
  await page.hover(`mark[data-index="${i}"]`);
  assert.ok((await page.textContent('#tip')).includes(recs[i].subject));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(seen.requests, [pathToFileURL(file).href]);
  await page.close();
});

test('several files: a selector switches; each file marked; audit findings on their marks', async () => {
  const reports = fs.readdirSync(path.join(ROOT, 'tests', 'data')).filter((f) => f.endsWith('.txt'))
    .sort().map((f) => `tests/data/${f}`);
  const names = [INJECTION, AUDIT, ...reports];
  const { page, seen } = await open(htmlPage('several-files', names));
  const recs = await records(page);
  assert.equal(await page.isVisible('#file-pick'), true);
  for (let i = names.length - 1; i >= 0; i--) {
    await page.selectOption('#file', String(i));
    for (let k = 0; k < names.length; k++) {
      assert.equal(await page.isVisible(`article[data-file="${k}"]`), k === i);
    }
    assert.equal(await page.textContent('#count'), `${recs[i].length} of ${recs[i].length} metrics`);
    await checkMarks(page, i, names[i], recs[i]);
  }
  await page.selectOption('#file', '1');
  const flagged = await page.$$eval('article[data-file="1"] mark.flag', (ms) => ms.map((m) => Number(m.dataset.index)));
  assert.ok(flagged.length >= 2, `flagged marks: ${flagged}`);
  await page.hover(`article[data-file="1"] mark[data-index="${flagged[0]}"]`);
  assert.match(await page.textContent('#tip'), /parts sum to/);
  assert.ok(await page.$('#table tbody td.warn'));
  assert.deepEqual(seen.errors, []);
  await page.close();
});

// Reports of the corpus, repeated to BIG_BYTES.
function bigReport() {
  const file = path.join(OUT, 'big.txt');
  const dir = path.join(ROOT, 'tests', 'data');
  const parts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  let text = '';
  for (let k = 0; Buffer.byteLength(text) < BIG_BYTES; k++) text += parts[k % parts.length] + '\n';
  fs.writeFileSync(file, text);
  return file;
}

async function timed(page, action, ready) {
  const t0 = Date.now();
  await action();
  await page.waitForFunction(ready);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return Date.now() - t0;
}

test(`a ${BIG_BYTES >> 20} MB report opens and answers within ${BUDGET_MS} ms`, async () => {
  const big = bigReport();
  const file = htmlPage('big', [big]);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  const times = {};
  times.open = await timed(page, () => page.goto(pathToFileURL(file).href, { waitUntil: 'commit' }),
    () => document.documentElement.dataset.ready === 'true');
  const n = await page.evaluate(() => document.querySelectorAll('mark').length);
  times.hover = await timed(page, () => page.hover('mark[data-index="5"]'),
    () => !document.getElementById('tip').hidden);
  times.filter = await timed(page, () => page.selectOption('#kind-filter', 'percent'),
    () => document.querySelector('#table tbody td.kind')?.textContent === 'percent');
  times.sort = await timed(page, () => page.click('th button[data-sort="value"]'),
    () => document.querySelector('th button[data-sort="value"]').hasAttribute('aria-sort'));
  await page.selectOption('#kind-filter', '');
  times.click = await timed(page, async () => {
    await page.click('th button[data-sort="index"]');
    await page.click('th button[data-sort="index"]'); // descending: the last record first
    await page.click('#table tbody tr.row');
  }, () => {
    const m = document.querySelector('mark.hl');
    if (!m) return false;
    const box = m.getBoundingClientRect();
    const pane = document.getElementById('text-pane').getBoundingClientRect();
    return box.top >= pane.top && box.bottom <= pane.bottom;
  });
  const size = fs.statSync(file).size;
  console.log(`big report: ${fs.statSync(big).size} bytes of text, ${n} marks, page ${size} bytes; ms: ${JSON.stringify(times)}`);
  fs.writeFileSync(path.join(OUT, 'big-timings.json'), JSON.stringify({ marks: n, page_bytes: size, ms: times }, null, 1));
  for (const [step, ms] of Object.entries(times)) assert.ok(ms <= BUDGET_MS, `${step} took ${ms} ms`);
  await page.close();
});
