#!/usr/bin/env node
// The playground in a real browser, as a person uses it. Debian's chromium, driven by
// playwright-core (no browser download), loads site/dist/index.html from file:// with the network
// off and checks what shows on the screen. .ci/run runs it after `npm run site`; not `npm test`.
//   npm run site && npm run test:site      (CHROMIUM=/path/to/chromium to use another binary)
//   npm run test:site -- --screenshot      also rewrites docs/playground.png, the README's picture
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ICAL from "ical.js";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const page_ = join(root, "site", "dist", "index.html");
// The README's picture is replaced only when asked (--screenshot); otherwise it goes to a temp file.
const screenshot = process.argv.includes("--screenshot")
  ? join(root, "docs", "playground.png")
  : join(tmpdir(), "md-minutes-playground.png");
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(page_)) {
  console.error("test-site: no site/dist/index.html; run npm run site first");
  process.exit(2);
}
const url = pathToFileURL(page_).href;

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).replace(/\n/g, "\n    ")}`);
  }
}

// A --dump-dom run's helper processes can go on writing to its profile after the browser has
// exited (a CI machine once kept them alive past eleven seconds of retries), so a profile that
// will not go yet is removed again at the end, and a failure to remove a temporary directory is
// reported, never counted against the page.
const leftoverProfiles = [];
function removeProfileLater(profile) {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  } catch {
    leftoverProfiles.push(profile);
  }
}
function removeLeftoverProfiles() {
  for (const profile of leftoverProfiles) {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.log(`  note: could not remove ${profile}: ${error.code ?? error}`);
    }
  }
}

// The flags this machine needs: no sandbox as root, and no background connections to Google's
// hosts, which a closed network refuses many at a time.
const browser = await chromium.launch({
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const context = await browser.newContext({
  acceptDownloads: true,
  viewport: { width: 1440, height: 900 },
});
await context.setOffline(true);
const outside = [];
const pageErrors = [];
context.on("request", (request) => {
  if (!/^(file|blob|data):/.test(request.url())) outside.push(request.url());
});

/** A new tab on the page, its errors recorded. */
async function open(address) {
  const tab = await context.newPage();
  tab.on("pageerror", (error) => pageErrors.push(String(error)));
  tab.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  // The tab's renderer process starts on a blank page first, so that the time measured below is
  // the page's own, not the browser's start.
  await tab.goto("about:blank");
  await tab.goto(address, { waitUntil: "load" });
  return tab;
}

const taskRows = (tab) =>
  tab.$$eval("table.tasks tbody tr", (rows) =>
    rows.map((row) => ({
      line: Number(row.getAttribute("data-line")),
      section: row.getAttribute("data-section"),
      cells: [...row.cells].map((cell) => cell.textContent.trim()),
    })),
  );
/** Replaces the editor's text by a real paste event, as the clipboard gives it: CodeMirror reads clipboardData. */
async function pasteOver(tab, text) {
  await tab.click(".cm-content");
  await tab.keyboard.press("Control+A");
  await tab.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    document
      .querySelector(".cm-content")
      .dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
  }, text);
}

/** Waits for the worker's answer to an edit: the status line is no longer "reading…". */
const settled = (tab) =>
  tab.waitForFunction(() => !document.getElementById("status").textContent.startsWith("reading"));

console.log(`test-site: ${url} in ${executablePath}`);
const started = performance.now();
const page = await open(url);
const loadMs = performance.now() - started;
const navigation = await page.evaluate(() => {
  const entry = performance.getEntriesByType("navigation")[0];
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
  return {
    load: entry.loadEventEnd,
    domContentLoaded: entry.domContentLoadedEventEnd,
    scriptStart: mark("md-minutes:script-start"),
    shown: mark("md-minutes:shown"),
  };
});
const firstReading = await page.textContent("#parse-time");
console.log(
  `  page load: ${navigation.load.toFixed(0)} ms to the load event (script started at ${navigation.scriptStart.toFixed(0)} ms, note read and shown at ${navigation.shown.toFixed(0)} ms, the reading itself ${firstReading}); ${loadMs.toFixed(0)} ms as the test saw it, from goto`,
);

await check("opens with the Northwind note read, its tasks in the table", async () => {
  const rows = await taskRows(page);
  const actions = rows.filter((row) => row.section === "actionItems");
  assert.deepEqual(
    actions.map((row) => [row.cells[1], row.cells[2]]),
    [
      ["Book the production deployment for 8 PM today", "Omar Haddad"],
      ["Write the incident report", "Elena Rossi"],
      ["Give Northwind read access to the support queue", "Ken Ito"],
      ["Run a load test after the fix", "Priya Nair"],
    ],
  );
  assert.equal(rows.length, 13);
  assert.ok(rows.some((row) => row.cells[1] === "Ship Fix: Within 12 hours to production"));
});

// The screenshot in the README: the page as a first visit shows it.
mkdirSync(dirname(screenshot), { recursive: true });
await page.screenshot({ path: screenshot });

await check("an example picked from the list is read with its file name and options", async () => {
  await page.selectOption("#example", { label: "Sync dated by its file name" });
  await settled(page);
  assert.equal(await page.inputValue("#file-name"), "2026-2-3-sync.md");
  const rows = await taskRows(page);
  assert.ok(
    rows.some((row) => /Marco Bianchi/.test(row.cells[2]) && row.cells[3] === "2026-02-05"),
    JSON.stringify(rows.map((row) => row.cells.slice(1, 4))),
  );
  await page.selectOption("#example", { label: "Customer escalation (Northwind)" });
  await settled(page);
  assert.equal((await taskRows(page)).length, 13);
  // An edit makes it "your note" in the picker.
  await page.click(".cm-content");
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" ");
  await settled(page);
  assert.equal(await page.inputValue("#example"), "-1");
  await page.keyboard.press("Backspace");
  await settled(page);
  assert.equal(await page.inputValue("#example"), "0");
});

await check('"8 PM today" is shown as 2026-03-12 20:00, on the line it came from', async () => {
  const rows = await taskRows(page);
  const omar = rows.find((row) => row.cells[1].includes("8 PM today"));
  assert.equal(omar.cells[3], "2026-03-12 20:00");
  assert.equal(omar.cells[8], `L${omar.line}`);
  const note = readFileSync(join(root, "fixtures/escalation/northwind-escalation.md"), "utf8");
  assert.match(note.split("\n")[omar.line - 1], /Book the production deployment for 8 PM today/);
  // The row's link puts the cursor on that line of the editor.
  await page.click(`table.tasks tr[data-line="${omar.line}"] .line-link`);
  const active = await page.textContent(".cm-activeLine");
  assert.match(active, /Book the production deployment/);
});

await check("the meeting facts and attendees are shown", async () => {
  await page.click("#tab-meeting");
  const facts = await page.textContent("#facts");
  assert.match(facts, /2026-03-12 14:00–15:00/);
  assert.match(facts, /Attendees \(6\)/);
  assert.match(facts, /Maria Anders/);
  await page.click("#tab-tasks");
});

await check("the downloaded .ics parses with ical.js and holds the tasks", async () => {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.click("#download-ics"),
  ]);
  assert.equal(download.suggestedFilename(), "northwind-escalation.ics");
  const text = readFileSync(await download.path(), "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  const todos = calendar.getAllSubcomponents("vtodo");
  assert.ok(todos.length >= 4, `${todos.length} VTODOs`);
  const omar = todos.find((todo) =>
    /production deployment/.test(todo.getFirstPropertyValue("summary")),
  );
  assert.ok(omar, "a VTODO for Omar's task");
  assert.equal(omar.getFirstPropertyValue("due").toString(), "2026-03-12T20:00:00");
});

await check("the downloaded JSON is the model", async () => {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.click("#download-json"),
  ]);
  const minutes = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(minutes.date, "2026-03-12");
  assert.equal(minutes.actionItems[0].due, "2026-03-12T20:00");
  assert.equal(minutes.actionItems[0].owners[0].attendeeId, "omar-haddad");
  await page.click("#tab-json");
  assert.match(await page.textContent("#json"), /"dueText": "8 PM today"/);
  await page.click("#tab-tasks");
});

const broken = readFileSync(join(root, "fixtures/check/rules/action-owner/not-ok.md"), "utf8");
const expectedLines = [...broken.matchAll(/<!-- expect: (\d+):(\d+) action-owner -->/g)].map(
  (match) => Number(match[1]),
);

await check(
  "a pasted broken note shows action-owner on the right lines, in the list and the gutter",
  async () => {
    await pasteOver(page, broken);
    await settled(page);
    assert.match(await page.textContent("#status"), /\(worker\)/, "the reading ran in the worker");
    await page.click("#tab-check");
    const listed = await page.$$eval('#check li[data-rule="action-owner"]', (items) =>
      items.map((item) => ({
        line: Number(item.getAttribute("data-line")),
        text: item.textContent,
      })),
    );
    assert.deepEqual(
      listed.map((item) => item.line),
      expectedLines,
    );
    assert.match(listed[0].text, /error.*action-owner.*Unexpected action item without owner/);
    // The gutter: an error marker level with each of those line numbers, and nowhere else.
    const marked = await page.evaluate(() => {
      const tops = (selector) =>
        [...document.querySelectorAll(selector)].map((element) => ({
          top: Math.round(element.getBoundingClientRect().top),
          text: element.textContent,
        }));
      const numbers = tops(".cm-lineNumbers .cm-gutterElement");
      const markers = [...document.querySelectorAll(".cm-gutter-lint .cm-gutterElement")]
        .filter((element) => element.querySelector(".cm-lint-marker-error"))
        .map((element) => Math.round(element.getBoundingClientRect().top));
      return markers.map((top) => Number(numbers.find((number) => number.top === top)?.text));
    });
    assert.deepEqual(marked, expectedLines);
    // And the underline sits in the text of those lines.
    const underlined = await page.$$eval(".cm-line", (lines) =>
      lines.flatMap((line, index) =>
        line.querySelector(".cm-lintRange-error") ? [index + 1] : [],
      ),
    );
    assert.deepEqual(underlined, expectedLines);
  },
);

let link = "";
await check("the controls and rule toggles change the reading", async () => {
  await page.click("#tab-check");
  await page.click("#check-panel summary");
  await page.selectOption("#preset", "strict");
  await settled(page);
  await page.fill("#timezone", "Europe/Berlin");
  await page.dispatchEvent("#timezone", "change");
  await settled(page);
  await page.fill("#reference-date", "2025-10-06T09:00");
  await page.dispatchEvent("#reference-date", "change");
  await settled(page);
  await page.selectOption("#rule-action-owner", "warn");
  await settled(page);
  const severities = await page.$$eval('#check li[data-rule="action-owner"] .severity', (items) =>
    items.map((item) => item.textContent),
  );
  assert.deepEqual(severities, ["warning", "warning"]);
  // strict makes the other rules errors: the rest of the list has no warning.
  const others = await page.$$eval('#check li:not([data-rule="action-owner"]) .severity', (items) =>
    items.map((item) => item.textContent),
  );
  assert.ok(
    others.every((severity) => severity === "error"),
    others.join(),
  );
  link = page.url();
});

await check("the link in the address bar reproduces what was shown", async () => {
  assert.match(link, /#s=/);
  const copy = await open(link);
  const read = (tab) =>
    tab.evaluate(() => ({
      note: document.querySelector(".cm-content").cmView?.view?.state.doc.toString() ?? null,
      lines: [...document.querySelectorAll(".cm-line")].map((line) => line.textContent).join("\n"),
      timezone: document.getElementById("timezone").value,
      referenceDate: document.getElementById("reference-date").value,
      preset: document.getElementById("preset").value,
      rule: document.getElementById("rule-action-owner").value,
      check: document.getElementById("check").textContent,
      tasks: document.getElementById("tasks").textContent,
    }));
  const [before, after] = [await read(page), await read(copy)];
  assert.deepEqual(after, before);
  assert.equal(after.timezone, "Europe/Berlin");
  assert.equal(after.preset, "strict");
  assert.equal(after.rule, "warn");
  assert.match(after.lines, /Send the summary to Ana tomorrow/);
  await copy.close();
});

await check("reference date, date order and time zone change what is read", async () => {
  const undated =
    "# Sync\n\n**Attendees:** Ana Lima, Ben Ortiz\n\n## Action Items\n\n- **Ana:** Ship the fix tomorrow\n- **Ben:** Call the customer by 04/05\n";
  await page.click("#tab-tasks");
  await pasteOver(page, undated);
  const set = async (selector, value) => {
    if (selector === "#date-order") await page.selectOption(selector, value);
    else {
      await page.fill(selector, value);
      await page.dispatchEvent(selector, "change");
    }
    await settled(page);
  };
  const dues = async () => (await taskRows(page)).map((row) => row.cells[3]);
  await set("#reference-date", "");
  await set("#date-order", "");
  assert.deepEqual(await dues(), ["", ""], "no meeting date: nothing to count from");
  await set("#reference-date", "2026-03-12");
  assert.deepEqual(await dues(), ["2026-03-13", "2026-04-05"]);
  await set("#date-order", "DMY");
  assert.deepEqual(await dues(), ["2026-03-13", "2026-05-04"]);
  await set("#timezone", "America/New_York");
  await page.click("#tab-meeting");
  assert.match(await page.textContent("#facts"), /Time zone\s*America\/New_York/);
  await set("#reference-date", "2026-02-30");
  assert.match(await page.textContent("#status"), /referenceDate/);
  await set("#reference-date", "2026-03-12");
});

await check("a 100 KB note: typing stays quick while the worker reads it", async () => {
  const northwind = readFileSync(join(root, "fixtures/escalation/northwind-escalation.md"), "utf8");
  let big = northwind;
  for (let index = 1; big.length < 100_000; index++)
    big += `\n### Follow-up Actions ${index}\n- **Omar:** Book deployment ${index} for 8 PM today\n- **Elena:** Write report ${index} by Friday\n- Run load test ${index} within 2 days\n`;
  await page.click("#tab-tasks");
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
    }).observe({ type: "longtask" });
  });
  await pasteOver(page, big);
  // While the worker reads, a key typed at the end of the note shows at once.
  await page.keyboard.press("Control+End");
  const typedAt = performance.now();
  await page.keyboard.type("zq");
  await page.waitForFunction(() =>
    document.querySelector(".cm-content").textContent.includes("zq"),
  );
  const typed = performance.now() - typedAt;
  await settled(page);
  const rows = await page.$$eval("table.tasks tbody tr", (list) => list.length);
  const status = await page.textContent("#status");
  assert.equal(rows, 300, "the first 300 rows, and a button for the rest");
  assert.match(await page.textContent("#tasks .more"), /^Show all \d{4} tasks$/);
  assert.match(status, /\(worker\)/);
  const longest = await page.evaluate(() => Math.max(0, ...window.longTasks));
  console.log(
    `    ${big.length} characters, ${(await page.textContent("#tasks .more")).replace(/\D/g, "")} tasks; ${status.replace(/^.*— /, "")}; a key typed during the reading showed after ${typed.toFixed(0)} ms; longest task on the page's thread ${longest.toFixed(0)} ms`,
  );
});

await check(
  "without workers (a strict policy, an old browser) edits are read on the page",
  async () => {
    const tab = await context.newPage();
    tab.on("pageerror", (error) => pageErrors.push(String(error)));
    await tab.addInitScript(() => {
      delete window.Worker;
    });
    await tab.goto(url, { waitUntil: "load" });
    await tab.click(".cm-content");
    await tab.keyboard.press("Control+End");
    await tab.keyboard.type("\n- **Ken:** Close the ticket by 9 PM today\n");
    await settled(tab);
    assert.match(await tab.textContent("#status"), /\(page\)/);
    const rows = await taskRows(tab);
    assert.ok(
      rows.some(
        (row) =>
          row.cells[1] === "Close the ticket by 9 PM today" && row.cells[3] === "2026-03-12 21:00",
      ),
      JSON.stringify(rows.map((row) => row.cells.slice(1, 4))),
    );
    await tab.close();
  },
);

await check(
  "chromium --headless --dump-dom shows the Northwind tasks, read at the first paint",
  () => {
    const profile = mkdtempSync(join(tmpdir(), "md-minutes-dump-"));
    const dumped = spawnSync(
      executablePath,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-breakpad",
        "--disable-crash-reporter",
        `--user-data-dir=${profile}`,
        "--dump-dom",
        url,
      ],
      { encoding: "utf8", timeout: 60_000 },
    );
    removeProfileLater(profile);
    assert.equal(dumped.status, 0, dumped.stderr.slice(-2000));
    assert.match(dumped.stdout, /Book the production deployment for 8 PM today/);
    assert.match(dumped.stdout, /2026-03-12 20:00/);
  },
);

await check("nothing left the machine and the page logged no error", async () => {
  assert.deepEqual(outside, []);
  assert.deepEqual(pageErrors, []);
});

await browser.close();
removeLeftoverProfiles();
console.log(`  screenshot: ${screenshot}`);
console.log(`site: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
