// Drives the search page of a running `newsdex serve` in headless Chromium, as a reader would:
// search quotes for a topic, tick a speaker in the sidebar, check that every quote shown is
// by that speaker, open an article, reload a bookmarked URL, and take screenshots at desktop
// and phone widths.
//
// Usage: node serve.mjs BASE_URL SCREENSHOT_DIR [TOPIC]   (run by tests/serve.rs)
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [base, shots, topic = "Syria"] = process.argv.slice(2);
if (!base || !shots) {
  console.error("usage: node serve.mjs BASE_URL SCREENSHOT_DIR [TOPIC]");
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

// Playwright gives every launch a fresh temporary profile (its own --user-data-dir). The
// network flags keep Chromium from calling home, which on a machine without a network
// stalls it.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
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

let checks = 0;
function check(condition, message) {
  assert.ok(condition, message);
  checks++;
}

const problems = [];
function watch(page) {
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // A 400 is the API's answer to the bad query this script types on purpose.
    if (message.type() === "error" && !message.text().includes("status of 400")) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  return page;
}

// The speakers of the quote cards once they show `speaker`, read when the page has redrawn.
async function speakersShown(page, speaker) {
  await page.waitForFunction(
    (name) => {
      const cards = document.querySelectorAll("#results .quote-card");
      return cards.length > 0 &&
        [...cards].every((card) => card.querySelector(".who .speaker")?.textContent === name);
    },
    speaker,
    { timeout: 10000 },
  ).catch(() => {});
  return page.$$eval("#results .quote-card .who .speaker", (nodes) => nodes.map((n) => n.textContent));
}

try {
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = watch(await desktop.newPage());
  await page.goto(base + "/", { waitUntil: "domcontentloaded" });
  await page.waitForSelector("#results .summary");

  // Search quotes for the topic.
  await page.check('input[name=kind][value=quotes]');
  await page.fill("#q", topic);
  await page.press("#q", "Enter");
  await page.waitForFunction((t) => new URLSearchParams(location.search).get("q") === t, topic);
  await page.waitForSelector("#results .quote-card blockquote b");
  const before = await page.$$eval("#results .quote-card", (cards) => cards.length);
  check(before > 0, `no quote cards for ${topic}`);
  const marked = await page.$$eval("#results blockquote b", (bs) => bs.map((b) => b.textContent.toLowerCase()));
  check(marked.includes(topic.toLowerCase()), `no highlighted ${topic} in the quotes: ${marked}`);

  // Tick the first speaker in the sidebar.
  const firstSpeaker = page.locator('[data-facet=speaker] a.value').first();
  const speaker = await firstSpeaker.getAttribute("data-value");
  const speakerCount = Number((await firstSpeaker.locator(".count").textContent()).replace(/\D/g, ""));
  await firstSpeaker.click();
  await page.waitForFunction((s) => new URLSearchParams(location.search).getAll("speaker").includes(s), speaker);
  const shown = await speakersShown(page, speaker);
  check(shown.length > 0, `no quotes shown after ticking speaker ${speaker}`);
  check(shown.every((s) => s === speaker), `quotes by others shown under speaker ${speaker}: ${shown}`);
  check(shown.length === Math.min(speakerCount, 20), `facet said ${speakerCount} quotes by ${speaker}, page shows ${shown.length}`);
  const ticked = await page.$$eval('[data-facet=speaker] a.value[aria-checked=true]', (as) => as.map((a) => a.dataset.value));
  check(ticked.length === 1 && ticked[0] === speaker, `ticked speakers: ${ticked}`);
  // Disjunctive counts: the other speakers stay listed, so a second one can be added.
  const speakerValues = await page.$$eval('[data-facet=speaker] a.value', (as) => as.length);
  check(speakerValues > 1, "the other speakers disappeared from the sidebar");
  await page.screenshot({ path: join(shots, "serve.png"), fullPage: true });

  // The state is in the URL: a bookmark opened in a fresh page shows the same quotes.
  const bookmark = page.url();
  const reopened = watch(await desktop.newPage());
  await reopened.goto(bookmark, { waitUntil: "domcontentloaded" });
  const again = await speakersShown(reopened, speaker);
  check(again.length === shown.length && again.every((s) => s === speaker), `bookmark shows ${again}`);
  check(await reopened.inputValue("#q") === topic, "bookmark lost the search text");
  await reopened.close();

  // Open the article of the first quote: the quote is marked in the text.
  await page.click("#results .quote-card .meta a.title");
  await page.waitForSelector("#articleview .full mark.quote.current", { timeout: 10000 });
  const current = await page.textContent("#articleview mark.quote.current");
  check(current.includes(speaker) || current.length > 0, "the current quote is empty");
  check(await page.isHidden("#searchview"), "the results still show beside the article");
  await page.screenshot({ path: join(shots, "serve-article.png"), fullPage: false });

  // Back returns to the filtered results.
  await page.goBack();
  const back = await speakersShown(page, speaker);
  check(back.length === shown.length, `after Back: ${back}`);

  // Pages: every quote, then the next 20, with the page number in the URL.
  await page.goto(base + "/?kind=quotes", { waitUntil: "domcontentloaded" });
  await page.waitForSelector("#results .pager a[rel=next]");
  const quoteTexts = () => page.$$eval("#results .quote-card blockquote", (qs) => qs.map((q) => q.textContent));
  const firstPage = await quoteTexts();
  await page.click("#results .pager a[rel=next]");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("page") === "2" &&
    document.querySelector("#results .summary")?.textContent.includes("21–40"));
  const secondPage = await quoteTexts();
  check(secondPage.length === 20 && secondPage.join() !== firstPage.join(), "page 2 repeats page 1");

  // The kind switch: articles, with titles and highlighted snippets.
  await page.goto(base + "/?kind=quotes&q=" + encodeURIComponent(topic), { waitUntil: "domcontentloaded" });
  await page.waitForSelector("#results .quote-card");
  await page.check("input[name=kind][value=articles]");
  await page.waitForSelector("#results .article-card .snippet b");
  check(new URL(page.url()).searchParams.get("kind") === "articles", "the kind is not in the URL");
  await page.screenshot({ path: join(shots, "serve-articles.png"), fullPage: false });

  // A month in the sidebar sets the date range; every result is from that month.
  const month = page.locator('[data-facet=month] a.value').first();
  const monthValue = await month.getAttribute("data-value");
  await month.click();
  await page.waitForFunction((m) => new URLSearchParams(location.search).get("since") === `${m}-01`, monthValue);
  await page.waitForFunction((m) => {
    const dates = [...document.querySelectorAll("#results .article-card time")].map((t) => t.textContent);
    return dates.length > 0 && dates.every((d) => d.startsWith(m));
  }, monthValue, { timeout: 10000 }).catch(() => {});
  const dates = await page.$$eval("#results .article-card time", (ts) => ts.map((t) => t.textContent));
  check(dates.length > 0 && dates.every((d) => d.startsWith(monthValue)), `dates outside ${monthValue}: ${dates}`);
  check(await page.inputValue("#since") === `${monthValue}-01`, "the date range is not in the form");

  // A query syntax error is shown, not thrown.
  await page.fill("#q", "(unclosed");
  await page.press("#q", "Enter");
  await page.waitForSelector("#results .error");
  check((await page.textContent("#results .error")).includes("invalid query"), "no message for a bad query");

  // Phone width: one column, everything readable without sideways scrolling.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const small = watch(await phone.newPage());
  await small.goto(bookmark, { waitUntil: "domcontentloaded" });
  await speakersShown(small, speaker);
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `the page is ${overflow}px wider than a phone screen`);
  await small.screenshot({ path: join(shots, "serve-phone.png"), fullPage: false });

  check(problems.length === 0, problems.join("\n"));
  console.log(`e2e: ${checks} checks passed (speaker ${speaker}, ${shown.length} quotes), screenshots in ${shots}`);
} catch (error) {
  console.error(`e2e failed: ${error.message}`);
  if (problems.length) console.error(problems.join("\n"));
  process.exitCode = 1;
} finally {
  await browser.close();
}
