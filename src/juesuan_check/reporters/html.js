// The review page's script: sorts and filters the table of units, lists the units with a rule's findings
// when its bar is chosen, and renders a unit's findings beside its source when the unit is opened (from
// the unit's JSON, read only then). Text is only ever set with textContent.
(() => {
  "use strict";
  const page = JSON.parse(document.getElementById("page").textContent);
  const L = page.labels;
  const tbody = document.querySelector("#units tbody");
  const rows = Array.from(tbody.querySelectorAll("tr.unit"));
  const heads = Array.from(document.querySelectorAll("#units th"));
  const search = document.getElementById("search");
  const status = document.getElementById("status");
  const ruleFilter = document.getElementById("rule-filter");
  const shown = document.getElementById("shown");
  const bars = Array.from(document.querySelectorAll("svg.chart .rule"));
  let rule = "";

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  };
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (all, key) => (key in values ? values[key] : all));

  function filter() {
    const words = search.value.trim().toLowerCase();
    let count = 0;
    for (const row of rows) {
      const visible =
        (!words || row.cells[0].textContent.toLowerCase().includes(words)) &&
        (!status.value || row.dataset.status === status.value) &&
        (!rule || row.dataset.rules.split(" ").includes(rule));
      row.hidden = !visible;
      if (row.detail) row.detail.hidden = !visible || !isOpen(row);
      count += visible ? 1 : 0;
    }
    shown.textContent = fill(L.shown, { shown: count, total: rows.length });
  }

  function sortBy(th) {
    const column = Number(th.querySelector("button").dataset.column);
    const ascending = th.getAttribute("aria-sort") !== "ascending";
    for (const head of heads) head.setAttribute("aria-sort", "none");
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const numeric = th.querySelector("button").dataset.sort === "num";
    const collator = new Intl.Collator(page.lang === "en" ? "en" : "zh-CN", { numeric: true });
    const value = (row) => row.cells[column].dataset.v;
    const order = rows.slice().sort((a, b) => {
      const by = numeric ? Number(value(a)) - Number(value(b)) : collator.compare(value(a), value(b));
      return (ascending ? by : -by) || Number(a.dataset.i) - Number(b.dataset.i);
    });
    for (const row of order) {
      tbody.append(row);
      if (row.detail) tbody.append(row.detail);
    }
  }

  function chooseRule(code) {
    rule = rule === code ? "" : code;
    for (const bar of bars) bar.classList.toggle("chosen", bar.dataset.rule === rule);
    ruleFilter.hidden = !rule;
    ruleFilter.textContent = fill(L.rule_filter, { code: rule });
    filter();
    if (rule) document.getElementById("units").scrollIntoView();
  }

  const isOpen = (row) => row.querySelector("button.open").getAttribute("aria-expanded") === "true";

  function toggle(row, open) {
    const opening = open === undefined ? !isOpen(row) : open;
    if (opening && !row.detail) {
      const data = JSON.parse(document.getElementById("d" + row.dataset.i).textContent);
      const detail = el("tr", "detail");
      const cell = el("td");
      cell.colSpan = row.cells.length;
      cell.append(unit(data, row.querySelector(".file").textContent));
      detail.append(cell);
      row.after(detail);
      row.detail = detail;
    }
    row.querySelector("button.open").setAttribute("aria-expanded", String(opening));
    if (row.detail) row.detail.hidden = !opening;
  }

  function unit(data, file) {
    const box = document.createDocumentFragment();
    if (data.problems.length) {
      box.append(el("div", "section", L.invalid));
      for (const [line, col, message] of data.problems) {
        const where = line ? `${file}:${line}${col ? ":" + col : ""}` : file;
        box.append(el("div", "problem", where + L.colon + message));
      }
      return box;
    }
    if (!data.findings.length) {
      box.append(el("p", "empty", L.clean));
      return box;
    }
    let section = null;
    for (const row of data.findings) {
      if (row[6] !== section) {
        section = row[6];
        box.append(el("div", "section", section || L.whole));
      }
      box.append(finding(row, data, file));
    }
    return box;
  }

  function finding(row, data, file) {
    const [code, severity, message, line, col, path, section, place, explained, source, stated, figures, related] = row;
    const level = explained ? "explained" : severity;
    const box = el("article", "finding " + level);
    const what = el("div", "what");
    const head = el("div");
    head.append(el("span", "badge " + level, L[level]), el("span", "code-name", code));
    head.append(el("span", "rule-title", page.rules[code] || ""));
    what.append(head, el("span", "where", place ? `${file} · ${place}` : `${file}:${line}:${col}`));
    if (path) what.append(el("div", "path", path));
    what.append(el("div", "message", message));
    if (figures) {
      const [printed, recomputed, low, high, expression, off] = figures;
      const list = el("dl", "figures");
      const pairs = [
        [L.stated, printed],
        [L.expected, recomputed],
        [L.off, off],
        [L.expression, expression],
        [L.interval, `[${low}, ${high}]`],
      ];
      for (const [term, value] of pairs) if (value) list.append(el("dt", "", term), el("dd", "", value));
      what.append(list);
    }
    if (source) what.append(el("div", "rule-title", fill(L.found_by, { rule: source })));
    if (explained) what.append(el("div", "reason", L.explained + L.colon + explained));
    // a finding about the whole report (a missing part) has no place to show
    box.append(what, section ? excerpt(data, line, col, place, stated, related || []) : el("div"));
    return box;
  }

  function excerpt(data, line, col, place, stated, related) {
    const box = el("div", "source");
    if (!data.sourced) {
      box.append(el("div", "hint", L.no_source));
      return box;
    }
    const here = related.filter((r) => !r[4]); // places in this file, not in last year's report
    const first = line - page.around;
    const last = line + page.around;
    if (place) {
      box.append(paragraph(data, place, stated));
    } else if (line in data.lines) {
      const marked = new Set(here.map((r) => r[1]));
      box.append(lines(data, first, last, line, col, stated, marked));
    } else {
      box.append(el("div", "hint", L.no_source));
    }
    const seen = new Set();
    const others = here.filter(([, rline, , rplace]) => {
      const key = rplace || rline;
      const shownAbove = rplace ? rplace === place : !place && rline >= first && rline <= last;
      if (shownAbove || seen.has(key)) return false;
      seen.add(key);
      return rplace ? rplace in data.paragraphs : rline in data.lines;
    });
    if (others.length) {
      const list = el("div", "related");
      list.append(el("span", "related-title", L.related));
      for (const [rpath, rline, rcol, rplace] of others) {
        list.append(el("span", "related-title", rpath));
        list.append(rplace ? paragraph(data, rplace, null) : lines(data, rline, rline, rline, rcol, null, new Set()));
      }
      box.append(list);
    }
    return box;
  }

  function lines(data, first, last, hit, col, stated, related) {
    const block = el("div", "lines");
    for (let number = first; number <= last; number++) {
      if (!(number in data.lines)) continue;
      const text = data.lines[number];
      const row = el("div", number === hit ? "hit" : related.has(number) ? "rel" : "");
      const code = el("span", "text");
      if (number === hit) mark(code, text, col - 1, stated);
      else code.append(text);
      row.append(el("span", "ln", number), code);
      block.append(row);
    }
    return block;
  }

  function paragraph(data, place, stated) {
    const box = el("div", "paragraph");
    box.append(el("span", "place", place));
    const text = data.paragraphs[place] || "";
    mark(box, text, stated ? text.indexOf(stated) : -1, stated);
    return box;
  }

  // The figure at ``start`` marked: the printed figure when it stands there, else the word that does.
  function mark(parent, text, start, stated) {
    if (start < 0 || start >= text.length) {
      parent.append(text);
      return;
    }
    const rest = text.slice(start);
    const length = stated && rest.startsWith(stated) ? stated.length : (rest.match(/^[^\s,，、}\]]+/) || [" "])[0].length;
    parent.append(text.slice(0, start), el("mark", "", text.slice(start, start + length)), text.slice(start + length));
  }

  function openFromHash() {
    const row = location.hash.startsWith("#u") ? document.getElementById(location.hash.slice(1)) : null;
    if (row && row.classList.contains("unit")) {
      toggle(row, true);
      row.scrollIntoView();
    }
  }

  for (const th of heads) th.querySelector("button").addEventListener("click", () => sortBy(th));
  search.addEventListener("input", filter);
  status.addEventListener("change", filter);
  ruleFilter.addEventListener("click", () => chooseRule(rule));
  for (const bar of bars) {
    bar.addEventListener("click", () => chooseRule(bar.dataset.rule));
    bar.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        chooseRule(bar.dataset.rule);
      }
    });
  }
  tbody.addEventListener("click", (event) => {
    const button = event.target.closest("button.open");
    if (button) toggle(button.closest("tr"));
  });
  window.addEventListener("hashchange", openFromHash);
  filter();
  openFromHash();
})();
