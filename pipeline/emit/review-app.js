// Dari review page. Reads the JSON chunks the emitter wrote, lists pairs side by side per document,
// renders only the rows on screen, and keeps the reviewer's decisions (accept / reject / edited English)
// in localStorage until they are exported for `dari import`. Text reaches the page only as text nodes.
(() => {
  'use strict';
  const started = performance.now();
  const $ = (id) => document.getElementById(id);
  const meta = JSON.parse($('dari-meta').textContent);
  // record: [id, doc, ko, en, link, score, flags, reviewed, origin]; reject: [id, doc, ko, en, stage, reason, flags]
  // flag: [code, severity 1-3, message, side 0/1/2, start, end, terms]
  const docs = [];
  const recs = [];
  const rejs = [];
  for (const script of Array.from(document.querySelectorAll('script.dari-data'))) {
    const chunk = JSON.parse(script.textContent);
    for (const [index, name] of chunk.d) docs[index] = name;
    for (const record of chunk.r) recs.push(record);
    for (const reject of chunk.x) rejs.push(reject);
    script.remove();
  }

  const SEVERITY = ['', 'info', 'warning', 'error'];
  const ROW_ESTIMATE = 76;
  const scroller = $('scroller');
  const rowsBox = $('rows');
  const inner = $('inner');
  const spacer = $('spacer');
  const controls = {
    view: $('view'), search: $('f-search'), code: $('f-code'), link: $('f-link'), doc: $('f-doc'),
    min: $('f-min'), max: $('f-max'), decision: $('f-decision'), reset: $('f-reset'), exportButton: $('export'),
  };

  // ───── decisions, kept across reloads ─────
  const storageKey = `dari-review:${meta.title}:${meta.created}:${meta.records}`;
  const decisions = new Map();
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey) || '[]');
    for (const [id, decision] of saved) decisions.set(id, decision);
  } catch { /* storage unavailable or corrupt: start empty */ }
  let saveTimer = 0;
  function persist() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      try { localStorage.setItem(storageKey, JSON.stringify(Array.from(decisions))); } catch { /* quota or disabled */ }
    }, 200);
    updateDecided();
  }
  function updateDecided() {
    $('decided').textContent = decisions.size ? `${decisions.size} decided` : '';
  }

  // ───── filter options ─────
  const codeCount = new Map();
  const linkCount = new Map();
  const docCount = new Map();
  function countFlags(flags) {
    const seen = new Set();
    for (const flag of flags) if (!seen.has(flag[0])) { seen.add(flag[0]); codeCount.set(flag[0], (codeCount.get(flag[0]) || 0) + 1); }
  }
  for (const r of recs) {
    countFlags(r[6]);
    linkCount.set(r[4], (linkCount.get(r[4]) || 0) + 1);
    docCount.set(r[1], (docCount.get(r[1]) || 0) + 1);
  }
  for (const x of rejs) countFlags(x[6]);
  function addOptions(select, entries) {
    for (const [value, text] of entries) select.appendChild(new Option(text, value));
  }
  addOptions(controls.code, [['~any', 'with any finding'], ['~none', 'without findings'], ['~3', 'with an error'], ['~2', 'with a warning']]);
  addOptions(controls.code, Array.from(codeCount).sort((a, b) => b[1] - a[1]).map(([code, n]) => [code, `${code} (${n})`]));
  addOptions(controls.link, Array.from(linkCount).sort((a, b) => b[1] - a[1]).map(([link, n]) => [link, `${link} (${n})`]));
  addOptions(controls.doc, docs.map((name, index) => [String(index), `${name} (${docCount.get(index) || 0})`]));

  // ───── filtering ─────
  let view = new Int32Array(0); // entries: >= 0 an index into recs or rejs; < 0 a document header -(doc + 1)
  let showingRejects = false;
  function flagsPass(flags, code) {
    if (code === '') return true;
    if (code === '~any') return flags.length > 0;
    if (code === '~none') return flags.length === 0;
    if (code === '~3' || code === '~2') return flags.some((flag) => flag[1] === Number(code[1]));
    return flags.some((flag) => flag[0] === code);
  }
  function applyFilters() {
    showingRejects = controls.view.value === 'rejects';
    const query = controls.search.value.trim().toLowerCase();
    const code = controls.code.value;
    const link = controls.link.value;
    const doc = controls.doc.value === '' ? -1 : Number(controls.doc.value);
    const min = Number(controls.min.value) || 0;
    const max = controls.max.value === '' ? 1 : Number(controls.max.value);
    const decision = controls.decision.value;
    const list = showingRejects ? rejs : recs;
    const out = [];
    let lastDoc = -1;
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (doc >= 0 && r[1] !== doc) continue;
      if (!flagsPass(r[6], code)) continue;
      if (!showingRejects) {
        if (link && r[4] !== link) continue;
        if (r[5] < min || r[5] > max) continue;
        if (decision) {
          const d = decisions.get(r[0]);
          if (decision === 'none' ? d !== undefined : decision === 'edited' ? !(d && d.en !== undefined) : !(d && d.decision === decision)) continue;
        }
      }
      if (query) {
        const d = showingRejects ? undefined : decisions.get(r[0]);
        const en = d && d.en !== undefined ? d.en : r[3] || '';
        if (!r[2].toLowerCase().includes(query) && !en.toLowerCase().includes(query) && String(r[0]).toLowerCase() !== query) continue;
      }
      if (r[1] !== lastDoc) { out.push(-(r[1] + 1)); lastDoc = r[1]; }
      out.push(i);
    }
    view = Int32Array.from(out);
    cache.clear();
    selected = nextRow(-1, 1);
    spacer.style.height = `${Math.max(0, view.length * rowPixels())}px`;
    scroller.scrollTop = 0;
    const shown = out.length - countHeaders();
    $('count').textContent = `${shown.toLocaleString('en-US')} of ${list.length.toLocaleString('en-US')} ${showingRejects ? 'rejects' : 'pairs'}`;
    render();
  }
  function countHeaders() {
    let n = 0;
    for (const entry of view) if (entry < 0) n++;
    return n;
  }
  // Browsers cap an element's height (~16 million px in Chromium): huge lists scroll with smaller virtual rows.
  function rowPixels() {
    return Math.min(ROW_ESTIMATE, 8e6 / Math.max(1, view.length));
  }

  // ───── text with findings and numbers marked ─────
  const NUMBER = /\d+(?:[.,]\d+)*/g;
  const normaliseNumber = (text) => text.replace(/,/g, '');
  // A 300 KB line with no punctuation is one "sentence": show its start, say how much is hidden.
  const SHOWN_CHARS = 4000;
  function appendMarked(parent, fullText, flags, side, markRanges) {
    const text = fullText.length > SHOWN_CHARS ? fullText.slice(0, SHOWN_CHARS) : fullText;
    if (text !== fullText) {
      appendMarked(parent, text, flags, side, markRanges);
      parent.appendChild(element('span', 'chip sev1', `… ${(fullText.length - SHOWN_CHARS).toLocaleString('en-US')} more characters`));
      return;
    }
    const bounds = new Set([0, text.length]);
    const spans = [];
    if (markRanges) {
      for (const flag of flags) {
        if (flag[3] !== side || flag[4] < 0 || flag[5] <= flag[4]) continue;
        const start = Math.max(0, Math.min(text.length, flag[4]));
        const end = Math.max(start, Math.min(text.length, flag[5]));
        if (end > start) { spans.push([start, end, flag]); bounds.add(start); bounds.add(end); }
      }
    }
    const badNumbers = new Set();
    for (const flag of flags) for (const term of flag[6]) if (/\d/.test(term)) badNumbers.add(normaliseNumber(term));
    const numbers = [];
    for (const match of text.matchAll(NUMBER)) {
      numbers.push([match.index, match.index + match[0].length, badNumbers.has(normaliseNumber(match[0]))]);
      bounds.add(match.index); bounds.add(match.index + match[0].length);
    }
    if (spans.length === 0 && numbers.length === 0) { parent.appendChild(document.createTextNode(text)); return; }
    const points = Array.from(bounds).sort((a, b) => a - b);
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k];
      const b = points[k + 1];
      const piece = text.slice(a, b);
      let severity = 0;
      const titles = [];
      for (const [start, end, flag] of spans) if (start <= a && b <= end) { severity = Math.max(severity, flag[1]); titles.push(`${flag[0]}: ${flag[2]}`); }
      const number = numbers.find(([start, end]) => start <= a && b <= end);
      if (!severity && !number) { parent.appendChild(document.createTextNode(piece)); continue; }
      const node = document.createElement(severity ? 'mark' : 'span');
      if (severity) node.className = `m${severity}`;
      if (number) node.classList.add('num');
      if (number && number[2]) node.classList.add('bad');
      if (titles.length) node.title = titles.join('\n');
      node.textContent = piece;
      parent.appendChild(node);
    }
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function chips(parent, flags) {
    for (const flag of flags) {
      const chip = element('span', `chip sev${flag[1]}`, flag[0]);
      chip.title = `${SEVERITY[flag[1]]}: ${flag[2]}`;
      parent.appendChild(chip);
    }
  }
  function findings(row, flags) {
    if (!flags.length) return;
    const box = element('div', 'findings');
    for (const flag of flags) box.appendChild(element('span', '', `${SEVERITY[flag[1]]} ${flag[0]}: ${flag[2]}`));
    row.appendChild(box);
  }

  function buildRecordRow(index) {
    const r = recs[index];
    const decision = decisions.get(r[0]);
    const row = element('div', 'row');
    row.dataset.id = r[0];
    row.dariIndex = index;
    if (decision && decision.decision) row.classList.add(decision.decision);
    const info = element('div', 'meta');
    info.appendChild(element('span', 'id', r[0]));
    info.appendChild(document.createTextNode(`${r[4]} · ${r[5].toFixed(2)} · ${r[8]}${r[7] ? ' · reviewed' : ''}`));
    info.appendChild(document.createElement('br'));
    chips(info, r[6]);
    row.appendChild(info);
    row.appendChild(textCell('ko', r[2], r[6], 1, true));
    const edited = decision && decision.en !== undefined;
    const en = textCell('en', edited ? decision.en : r[3], r[6], 2, !edited);
    if (edited) {
      en.classList.add('edited');
      en.title = `edited; was: ${r[3]}`;
    }
    row.appendChild(en);
    const actions = element('div', 'act');
    for (const [act, label, title] of [['accept', '✓', 'Accept (a)'], ['reject', '✗', 'Reject (r)'], ['edit', '✎', 'Edit English (e)']]) {
      const button = element('button', '', label);
      button.type = 'button';
      button.title = title;
      button.dataset.act = act;
      actions.appendChild(button);
    }
    row.appendChild(actions);
    findings(row, r[6]);
    return row;
  }
  /** One side of a pair: `lang` is the class name too (ko, en). */
  function textCell(lang, text, flags, side, markNumbers) {
    const cell = element('div', lang);
    cell.lang = lang;
    appendMarked(cell, text, flags, side, markNumbers);
    return cell;
  }
  function buildRejectRow(index) {
    const x = rejs[index];
    const row = element('div', 'row reject');
    if (x[0] !== null) row.dataset.id = x[0];
    const info = element('div', 'meta');
    info.appendChild(element('span', 'id', x[0] === null ? '(no id)' : x[0]));
    info.appendChild(document.createTextNode(`${x[4]}: ${x[5]}`));
    info.appendChild(document.createElement('br'));
    chips(info, x[6]);
    row.appendChild(info);
    row.appendChild(textCell('ko', x[2], x[6], 1, true));
    row.appendChild(textCell('en', x[3] === null ? '' : x[3], x[6], 2, true));
    row.appendChild(element('div', 'act'));
    findings(row, x[6]);
    return row;
  }
  function buildHeader(doc) {
    const head = element('div', 'dochead', docs[doc]);
    const n = showingRejects ? '' : `${(docCount.get(doc) || 0).toLocaleString('en-US')} pairs`;
    head.appendChild(element('span', 'n', n));
    return head;
  }

  // ───── virtual list: the scroll position picks the first row; only rows on screen exist ─────
  const cache = new Map();
  let selected = -1;
  let firstShown = 0;
  let lastShown = -1;
  let renderQueued = false;
  function rowAt(position) {
    const entry = view[position];
    const key = entry < 0 ? `h${entry}` : `${showingRejects ? 'x' : 'r'}${entry}`;
    let node = cache.get(key);
    if (!node) {
      node = entry < 0 ? buildHeader(-entry - 1) : showingRejects ? buildRejectRow(entry) : buildRecordRow(entry);
      cache.set(key, node);
    }
    node.dariPosition = position;
    node.classList.toggle('sel', position === selected);
    return node;
  }
  function render() {
    renderQueued = false;
    const height = scroller.clientHeight;
    const n = view.length;
    const used = new Set();
    inner.textContent = '';
    if (n === 0) {
      inner.appendChild(element('div', 'empty', 'Nothing matches these filters.'));
      firstShown = 0; lastShown = -1;
      return;
    }
    const place = scroller.scrollTop / rowPixels();
    const first = Math.min(Math.floor(place), n - 1);
    const fraction = place - first;
    // Append the rows a screen likely needs in one go, then measure once (each measurement forces a layout).
    let position = first;
    const likely = Math.min(n, first + Math.ceil(height / 40) + 1);
    while (position < likely) {
      const node = rowAt(position++);
      inner.appendChild(node);
      used.add(node);
    }
    const firstHeight = inner.firstChild.offsetHeight;
    while (position < n && inner.offsetHeight < height + fraction * firstHeight) {
      const node = rowAt(position++);
      inner.appendChild(node);
      used.add(node);
    }
    let offset = fraction * firstHeight;
    let top = first;
    if (position >= n && inner.offsetHeight - offset < height) {
      // At the end: show the last rows flush with the bottom.
      while (top > 0 && inner.offsetHeight < height) {
        top--;
        const node = rowAt(top);
        inner.insertBefore(node, inner.firstChild);
        used.add(node);
      }
      offset = Math.max(0, inner.offsetHeight - height);
    }
    inner.style.transform = `translateY(${-offset}px)`;
    firstShown = top;
    lastShown = position - 1;
    for (const [key, node] of cache) if (!used.has(node) && cache.size > 400) cache.delete(key);
  }
  function queueRender() {
    if (!renderQueued) { renderQueued = true; requestAnimationFrame(render); }
  }
  scroller.addEventListener('scroll', queueRender, { passive: true });
  window.addEventListener('resize', queueRender);

  // ───── selection and actions ─────
  function nextRow(from, step) {
    for (let p = from + step; p >= 0 && p < view.length; p += step) if (view[p] >= 0) return p;
    return from >= 0 && from < view.length ? from : -1;
  }
  function fullyVisible(position) {
    if (position <= firstShown || position >= lastShown) return false;
    const node = cache.get(`${showingRejects ? 'x' : 'r'}${view[position]}`);
    if (!node || !node.isConnected) return false;
    const box = node.getBoundingClientRect();
    const frame = rowsBox.getBoundingClientRect();
    return box.top >= frame.top && box.bottom <= frame.bottom;
  }
  function select(position, reveal) {
    if (position < 0) return;
    selected = position;
    if (reveal && !fullyVisible(position)) {
      const shownRows = Math.max(1, lastShown - firstShown - 1);
      const target = position > lastShown - 1 ? position - shownRows + 1 : position - 1;
      scroller.scrollTop = Math.max(0, target) * rowPixels();
    }
    render();
  }
  function selectedRecord() {
    if (showingRejects || selected < 0 || view[selected] < 0) return -1;
    return view[selected];
  }
  function invalidate(index) {
    cache.delete(`r${index}`);
  }
  function decide(index, decision) {
    const id = recs[index][0];
    const current = Object.assign({}, decisions.get(id));
    if (decision === undefined) delete current.decision; else current.decision = decision;
    if (current.decision === undefined && current.en === undefined) decisions.delete(id); else decisions.set(id, current);
    invalidate(index);
    persist();
    render();
  }
  function undo(index) {
    decisions.delete(recs[index][0]);
    invalidate(index);
    persist();
    render();
  }
  function edit(index) {
    const row = cache.get(`r${index}`);
    if (!row) return;
    const id = recs[index][0];
    const current = decisions.get(id);
    const en = row.querySelector('.en');
    const box = document.createElement('textarea');
    box.value = current && current.en !== undefined ? current.en : recs[index][3];
    en.textContent = '';
    en.appendChild(box);
    box.focus();
    let done = false;
    const finish = (save) => {
      if (done) return;
      done = true;
      if (save) {
        const next = Object.assign({}, decisions.get(id));
        if (box.value === recs[index][3]) delete next.en; else next.en = box.value;
        if (next.decision === undefined && next.en === undefined) decisions.delete(id); else decisions.set(id, next);
        persist();
      }
      invalidate(index);
      render();
      scroller.focus();
    };
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') { event.preventDefault(); finish(false); }
      else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); finish(true); }
      event.stopPropagation();
    });
    box.addEventListener('blur', () => finish(true));
  }

  inner.addEventListener('click', (event) => {
    const row = event.target.closest('.row');
    if (!row || row.dariPosition === undefined) return;
    const button = event.target.closest('button[data-act]');
    if (event.target.closest('textarea')) return;
    select(row.dariPosition, false);
    if (!button || row.dariIndex === undefined) return;
    const act = button.dataset.act;
    if (act === 'edit') edit(row.dariIndex);
    else {
      const current = decisions.get(recs[row.dariIndex][0]);
      decide(row.dariIndex, current && current.decision === act ? undefined : act);
    }
  });
  inner.addEventListener('dblclick', (event) => {
    const row = event.target.closest('.row');
    if (row && row.dariIndex !== undefined && event.target.closest('.en') && !event.target.closest('textarea')) edit(row.dariIndex);
  });

  document.addEventListener('keydown', (event) => {
    const tag = event.target && event.target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') {
      if (event.key === 'Escape') event.target.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const index = selectedRecord();
    switch (event.key) {
      case 'j': case 'ArrowDown': select(nextRow(selected, 1), true); break;
      case 'k': case 'ArrowUp': select(nextRow(selected, -1), true); break;
      case 'a': if (index >= 0) decide(index, 'accept'); break;
      case 'r': if (index >= 0) decide(index, 'reject'); break;
      case 'u': if (index >= 0) undo(index); break;
      case 'e': case 'Enter': if (index >= 0) edit(index); break;
      case '/': controls.search.focus(); break;
      default: return;
    }
    event.preventDefault();
  });

  // ───── export for `dari import` ─────
  function exportText() {
    const byId = new Map();
    for (let i = 0; i < recs.length; i++) if (decisions.has(recs[i][0])) byId.set(recs[i][0], recs[i]);
    const list = [];
    for (const [id, decision] of decisions) {
      const r = byId.get(id);
      if (!r) continue;
      const entry = { id, doc: docs[r[1]], decision: decision.decision || null, ko: r[2] };
      if (decision.en !== undefined) { entry.en = decision.en; entry.previousEn = r[3]; }
      list.push(entry);
    }
    return JSON.stringify({ format: 'dari-review', version: 1, run: meta.title, created: meta.created, exported: new Date().toISOString(), decisions: list }, null, 1) + '\n';
  }
  controls.exportButton.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([exportText()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `review-decisions-${meta.title.replace(/[^\w.-]+/g, '_')}.json`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  });

  // ───── wiring ─────
  let filterTimer = 0;
  controls.search.addEventListener('input', () => { clearTimeout(filterTimer); filterTimer = setTimeout(applyFilters, 150); });
  for (const control of [controls.view, controls.code, controls.link, controls.doc, controls.min, controls.max, controls.decision]) {
    control.addEventListener('change', applyFilters);
  }
  controls.reset.addEventListener('click', () => {
    controls.search.value = ''; controls.code.value = ''; controls.link.value = ''; controls.doc.value = '';
    controls.min.value = '0'; controls.max.value = '1'; controls.decision.value = '';
    applyFilters();
  });
  window.dariReview = { exportText, records: recs.length, rejects: rejs.length };
  updateDecided();
  applyFilters();
  scroller.focus();
  document.documentElement.dataset.ready = String(Math.round(performance.now()));
  document.documentElement.dataset.appMs = String(Math.round(performance.now() - started));
})();
