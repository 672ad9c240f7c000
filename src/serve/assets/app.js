// newsdex search page: reads the state from the URL, asks /api/search or /api/articles/ID,
// and draws the results. No framework and no build step; every text from the index goes
// into the page as text nodes, never as HTML.
"use strict";

const PAGE_SIZE = 20;
const FACET_VALUES = 12;
// URL parameter -> key of the facet in the API's JSON, with the label the sidebar shows.
const FILTERS = [
  ["speaker", "speaker", "Speaker"],
  ["person", "person", "Person"],
  ["org", "organization", "Organisation"],
  ["place", "place", "Place"],
  ["source", "source", "Source"],
];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "onclick") node.addEventListener("click", value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// ---- state <-> URL ----

function readState(search) {
  const params = new URLSearchParams(search);
  const state = {
    q: params.get("q") || "",
    kind: params.get("kind") === "articles" ? "articles" : "quotes",
    since: params.get("since") || "",
    until: params.get("until") || "",
    sort: params.get("sort") === "date" ? "date" : "relevance",
    page: Math.max(1, parseInt(params.get("page") || "1", 10) || 1),
    article: params.get("article") || "",
    quote: params.get("quote") || "",
    filters: {},
  };
  for (const [param] of FILTERS) state.filters[param] = params.getAll(param);
  return state;
}

// The page's own parameters (page, article) are left out of API requests.
function searchParams(state, forPage) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  params.set("kind", state.kind);
  for (const [param] of FILTERS) for (const v of state.filters[param]) params.append(param, v);
  if (state.since) params.set("since", state.since);
  if (state.until) params.set("until", state.until);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  if (forPage) {
    if (state.page > 1) params.set("page", state.page);
    if (state.article) params.set("article", state.article);
    if (state.quote) params.set("quote", state.quote);
  }
  return params;
}

function pageUrl(state) {
  const query = searchParams(state, true).toString();
  return query ? "?" + query : location.pathname;
}

function withChanges(changes) {
  const state = readState(location.search);
  return Object.assign(state, { page: 1, article: "", quote: "" }, changes);
}

// A link that changes the state without reloading the page (and still opens in a new tab).
function stateLink(state, attrs, ...children) {
  const a = el("a", Object.assign({ href: pageUrl(state) }, attrs), ...children);
  a.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(state);
  });
  return a;
}

function navigate(state) {
  history.pushState(null, "", pageUrl(state));
  show();
}

// ---- rendering helpers ----

// Snippets are HTML from the API: matched words in <b>, everything else escaped. Only the
// <b> tags become elements; the rest is decoded and added as text.
function snippetNodes(html) {
  const decode = (text) =>
    text.replace(/&(lt|gt|quot|#39|amp);/g, (_, name) =>
      ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[name]);
  return html.split(/(<b>.*?<\/b>)/s).map((part) =>
    part.startsWith("<b>") && part.endsWith("</b>")
      ? el("b", {}, decode(part.slice(3, -4)))
      : document.createTextNode(decode(part)));
}

function day(date) {
  return date ? date.slice(0, 10) : "undated";
}

function lastDayOfMonth(month) {
  const [y, m] = month.split("-").map(Number);
  return `${month}-${String(new Date(y, m, 0).getDate()).padStart(2, "0")}`;
}

// The answer's JSON; on any failure an object whose `error` says what went wrong, as the
// API's own errors do.
async function api(path) {
  try {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    return response.ok ? body : { error: body.error || `HTTP ${response.status}` };
  } catch (error) {
    return { error: `The server did not answer (${error.message}).` };
  }
}

// Every show() takes a turn; an answer that arrives after a newer show() began is dropped,
// so quick clicks cannot leave older results on the page.
let latestTurn = 0;

// ---- search view ----

function facetSection(state, label, param, counts) {
  const selected = param ? state.filters[param] : [];
  const shown = counts.map((c) => c.value);
  // A selected value outside the top counts still shows, so it can be unticked.
  const missing = selected.filter((v) => !shown.includes(v)).map((v) => ({ value: v, count: null }));
  const items = [...missing, ...counts];
  if (items.length === 0) return null;
  const wide = window.matchMedia("(min-width: 48rem)").matches;
  return el("details", { class: "facet", "data-facet": param || "month", open: wide || selected.length > 0 },
    el("summary", {}, label, selected.length ? el("span", { class: "badge" }, selected.length) : null),
    el("ul", {}, items.map((c) => {
      const on = selected.includes(c.value);
      let next;
      if (param) {
        const values = on ? selected.filter((v) => v !== c.value) : [...selected, c.value];
        next = withChanges({ filters: Object.assign({}, state.filters, { [param]: values }) });
      } else {
        // Months narrow the date range to that month.
        next = withChanges({ since: `${c.value}-01`, until: lastDayOfMonth(c.value) });
      }
      return el("li", {},
        stateLink(next, { class: on ? "value on" : "value", "data-value": c.value, role: "checkbox", "aria-checked": on ? "true" : "false" },
          el("span", { class: "box", "aria-hidden": "true" }, on ? "✓" : ""),
          el("span", { class: "name" }, c.value),
          c.count === null ? null : el("span", { class: "count" }, c.count.toLocaleString())));
    })));
}

function drawFacets(state, facets) {
  const aside = document.getElementById("facets");
  const months = [...facets.month].sort((a, b) => b.value.localeCompare(a.value));
  aside.replaceChildren(
    ...FILTERS.map(([param, key, label]) => facetSection(state, label, param, facets[key])).filter(Boolean),
    facetSection(state, "Month", null, months) || "");
}

function chips(state) {
  const list = [];
  for (const [param, , label] of FILTERS) {
    for (const value of state.filters[param]) {
      const values = state.filters[param].filter((v) => v !== value);
      list.push(stateLink(withChanges({ filters: Object.assign({}, state.filters, { [param]: values }) }),
        { class: "chip", title: "Remove this filter" }, `${label}: ${value} ×`));
    }
  }
  if (state.since || state.until) {
    list.push(stateLink(withChanges({ since: "", until: "" }), { class: "chip", title: "Remove the date range" },
      `${state.since || "…"} to ${state.until || "…"} ×`));
  }
  return list.length ? el("p", { class: "chips" }, list) : null;
}

function articleLink(state, id, quote, ...children) {
  return stateLink(Object.assign({}, state, { article: id, quote: quote || "" }), { class: "title" }, ...children);
}

function quoteCard(state, hit) {
  const speaker = hit.speaker
    ? stateLink(withChanges({ filters: Object.assign({}, state.filters, { speaker: [hit.speaker] }) }),
      { class: "speaker", title: `Only quotes by ${hit.speaker}` }, hit.speaker)
    : el("span", { class: "speaker unknown" }, "speaker unknown");
  return el("article", { class: "card quote-card" },
    el("blockquote", { class: hit.direct ? "direct" : "reported" }, snippetNodes(hit.snippet)),
    el("p", { class: "who" }, "— ", speaker,
      hit.speaker_role ? el("span", { class: "role" }, `, ${hit.speaker_role}`) : null,
      hit.direct ? null : el("span", { class: "tag" }, "reported")),
    el("p", { class: "meta" },
      articleLink(state, hit.article_id, hit.quote, hit.title || "(untitled)"), " · ",
      el("time", { datetime: hit.date || "" }, day(hit.date)), " · ", hit.source || "unknown source"));
}

function articleCard(state, hit) {
  return el("article", { class: "card article-card" },
    el("h2", {}, articleLink(state, hit.id, "", hit.title || "(untitled)")),
    el("p", { class: "meta" }, el("time", { datetime: hit.date || "" }, day(hit.date)), " · ",
      hit.source || "unknown source",
      hit.authors.length ? ` · ${hit.authors.join(", ")}` : ""),
    el("p", { class: "snippet" }, snippetNodes(hit.snippet), "…"),
    hit.speakers.length ? el("p", { class: "speakers muted" }, "Quotes from ", hit.speakers.join(", ")) : null);
}

function pager(state, total) {
  const pages = Math.ceil(Math.min(total, 100000) / PAGE_SIZE);
  if (pages <= 1) return null;
  const go = (page, label, rel) =>
    stateLink(Object.assign({}, state, { page }), { class: "page", rel }, label);
  return el("nav", { class: "pager", "aria-label": "Pages" },
    state.page > 1 ? go(state.page - 1, "← Previous", "prev") : el("span", {}),
    el("span", { class: "muted" }, `Page ${state.page} of ${pages.toLocaleString()}`),
    state.page < pages ? go(state.page + 1, "Next →", "next") : el("span", {}));
}

async function showSearch(state, turn) {
  const results = document.getElementById("results");
  const params = searchParams(state, false);
  params.set("limit", PAGE_SIZE);
  params.set("offset", (state.page - 1) * PAGE_SIZE);
  params.set("facets", FACET_VALUES);
  results.setAttribute("aria-busy", "true");
  const data = await api("/api/search?" + params);
  if (turn !== latestTurn) return;
  results.removeAttribute("aria-busy");
  if (data.error) {
    results.replaceChildren(chips(state) || "", el("p", { class: "error", role: "alert" }, data.error));
    document.getElementById("facets").replaceChildren();
    return;
  }
  drawFacets(state, data.facets);
  const noun = state.kind === "quotes" ? "quote" : "article";
  const first = (state.page - 1) * PAGE_SIZE + 1;
  const summary = data.num_hits === 0
    ? `No ${noun}s match.`
    : `${data.num_hits.toLocaleString()} ${noun}${data.num_hits === 1 ? "" : "s"}` +
      (data.hits.length ? ` · ${first}–${first + data.hits.length - 1} shown` : "") +
      ` · ${(data.elapsed_time_micros / 1000).toFixed(1)} ms`;
  results.replaceChildren(
    chips(state) || "",
    el("p", { class: "summary muted" }, summary),
    ...data.hits.map((hit) => (state.kind === "quotes" ? quoteCard(state, hit) : articleCard(state, hit))),
    pager(state, data.num_hits) || "");
}

// ---- article view ----

// The body with quotes and entity mentions marked. Offsets from the API count code points,
// so the text is split into code points first.
function markedBody(article, current) {
  const chars = Array.from(article.body);
  const quoteAt = new Array(chars.length).fill(-1);
  const entityAt = new Array(chars.length).fill(null);
  // Each piece of a quote split around its attribution; the narration between stays plain.
  article.quotes.forEach((q, n) => {
    for (const [start, end] of q.spans) for (let i = start; i < end && i < chars.length; i++) quoteAt[i] = n;
  });
  for (const e of article.entities) for (let i = e.start; i < e.end && i < chars.length; i++) entityAt[i] = e;
  const paragraphs = [];
  let paragraph = el("p");
  let quoteNode = null;
  let i = 0;
  // The speaker follows the last piece of a quote only.
  const closeQuote = (n, at) => {
    const q = article.quotes[n];
    if (at >= q.end) quoteNode.append(el("span", { class: "said-by" }, q.speaker ? ` — ${q.speaker}` : " — speaker unknown"));
    quoteNode = null;
  };
  while (i < chars.length) {
    if (chars[i] === "\n") {
      if (quoteNode) closeQuote(quoteAt[i - 1], i);
      paragraphs.push(paragraph);
      paragraph = el("p");
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && chars[j] !== "\n" && quoteAt[j] === quoteAt[i] && entityAt[j] === entityAt[i]) j++;
    const text = chars.slice(i, j).join("");
    const entity = entityAt[i];
    const piece = entity
      ? el("span", { class: `entity ${entity.type}`, title: `${entity.type}: ${entity.name}` }, text)
      : document.createTextNode(text);
    const n = quoteAt[i];
    if (n >= 0) {
      if (!quoteNode) {
        const q = article.quotes[n];
        quoteNode = el("mark", {
          class: q.quote === current ? "quote current" : "quote",
          title: q.speaker ? `${q.speaker}${q.speaker_role ? ", " + q.speaker_role : ""}` : "speaker unknown",
        });
        paragraph.append(quoteNode);
      }
      quoteNode.append(piece);
      if (j >= chars.length || quoteAt[j] !== n) closeQuote(n, j);
    } else {
      paragraph.append(piece);
    }
    i = j;
  }
  paragraphs.push(paragraph);
  return paragraphs;
}

async function showArticle(state, turn) {
  const view = document.getElementById("articleview");
  const back = stateLink(Object.assign({}, state, { article: "", quote: "" }), { class: "back" }, "← Back to results");
  view.replaceChildren(back, el("p", { class: "muted" }, "Loading…"));
  const article = await api("/api/articles/" + encodeURIComponent(state.article));
  if (turn !== latestTurn) return;
  if (article.error) {
    view.replaceChildren(back, el("p", { class: "error", role: "alert" }, article.error));
    return;
  }
  document.title = `${article.title} · newsdex`;
  const speakers = [...new Set(article.quotes.map((q) => q.speaker).filter(Boolean))];
  view.replaceChildren(back,
    el("article", { class: "full" },
      el("h1", {}, article.title || "(untitled)"),
      el("p", { class: "meta" }, el("time", { datetime: article.date || "" }, day(article.date)), " · ",
        article.source || "unknown source",
        article.authors.length ? ` · ${article.authors.join(", ")}` : "",
        article.url ? [" · ", el("a", { href: article.url, rel: "noopener noreferrer" }, "original")] : null),
      el("p", { class: "legend muted" },
        `${article.quotes.length} quote${article.quotes.length === 1 ? "" : "s"}`,
        speakers.length ? ` from ${speakers.join(", ")}` : "", ". ",
        el("mark", { class: "quote" }, "quotes"), " ",
        el("span", { class: "entity person" }, "people"), " ",
        el("span", { class: "entity organization" }, "organisations"), " ",
        el("span", { class: "entity place" }, "places")),
      el("div", { class: "body" }, markedBody(article, state.quote))));
  const current = view.querySelector("mark.current");
  if (current) current.scrollIntoView({ block: "center" });
}

// ---- wiring ----

function fillForm(state) {
  const form = document.getElementById("search");
  form.q.value = state.q;
  for (const radio of form.kind) radio.checked = radio.value === state.kind;
  form.since.value = state.since;
  form.until.value = state.until;
  form.sort.value = state.sort;
}

function show() {
  const turn = ++latestTurn;
  const state = readState(location.search);
  fillForm(state);
  const inArticle = Boolean(state.article);
  document.getElementById("searchview").hidden = inArticle;
  document.getElementById("articleview").hidden = !inArticle;
  if (inArticle) return showArticle(state, turn);
  document.title = state.q ? `${state.q} · newsdex` : "newsdex";
  return showSearch(state, turn);
}

async function showArchive() {
  const stats = await api("/api/stats");
  const range = stats.first_date ? ` · ${stats.first_date} to ${stats.last_date}` : "";
  document.getElementById("archive").textContent = stats.error ||
    `${stats.articles.toLocaleString()} articles · ${stats.quotes.toLocaleString()} quotes${range}`;
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("search");
  const fromForm = () => withChanges({
    q: form.q.value.trim(),
    kind: form.kind.value,
    since: form.since.value,
    until: form.until.value,
    sort: form.sort.value,
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(fromForm());
  });
  // Switches apply at once; the text waits for Enter or the button.
  for (const input of form.querySelectorAll("input[type=radio], input[type=date], select")) {
    input.addEventListener("change", () => navigate(fromForm()));
  }
  window.addEventListener("popstate", show);
  showArchive();
  show();
});
