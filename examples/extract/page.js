// The page of `extract --format html`: tooltips on the marks, the metrics
// table (sorted, filtered, virtualised: only the rows in view exist), the
// audit findings, the summary charts and the file selector. Report text only
// ever reaches the DOM as textContent; the marked text itself is written by
// the Rust side, escaped.
(function () {
  'use strict';

  const KINDS = ['count', 'percent', 'percentage_point', 'permille', 'money', 'multiple',
    'duration', 'age', 'length', 'area', 'volume', 'mass', 'energy', 'power',
    'temperature', 'other'];
  // Fields the tooltip shows in its own way; any other field of a record is
  // shown as it is, so fields the library adds appear without a change here.
  const SHOWN = new Set(['start', 'end', 'text', 'value', 'upper', 'approx', 'unit', 'kind',
    'subject', 'action', 'sentence', 'period', 'time', 'change', 'section', 'parent',
    'distributive', 'resolved_subject']);
  const OVERSCAN = 10;
  const SVG = 'http://www.w3.org/2000/svg';

  const data = JSON.parse(document.getElementById('zh-data').textContent);
  const $ = (id) => document.getElementById(id);
  const tip = $('tip');
  const scroller = $('table-scroll');
  const tbody = document.querySelector('#table tbody');
  const rowHeight = parseFloat(getComputedStyle(document.documentElement)
    .getPropertyValue('--row-h')) || 26;

  let cur = null; // the state of the file shown
  let tipMark = null; // the mark whose record the tooltip shows
  const sort = { key: 'index', dir: 1 };

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function num(x) {
    return typeof x === 'number' ? x.toLocaleString('en-US', { maximumFractionDigits: 6 }) : '';
  }

  // ---- the state of one file ----

  function fileState(i) {
    const file = data.files[i];
    const recs = file.records;
    const children = new Map();
    const flags = new Map();
    recs.forEach((r, j) => {
      if (r.parent !== null && r.parent !== undefined) {
        if (!children.has(r.parent)) children.set(r.parent, []);
        children.get(r.parent).push(j);
      }
    });
    for (const f of file.findings) {
      for (const j of [f.whole].concat(f.others)) {
        if (!flags.has(j)) flags.set(j, []);
        flags.get(j).push(f.message);
      }
    }
    const article = document.querySelector('article.doc[data-file="' + i + '"]');
    const sectionKey = recs.map((r) => (r.section || []).join('\u0001'));
    const subjectKey = recs.map((r) =>
      ((r.subject || '') + '\u0000' + (r.resolved_subject || '')).toLowerCase());
    return { file, recs, children, flags, article, sectionKey, subjectKey,
      marks: null, rows: [], selected: null };
  }

  // The mark of record j, from one pass over the file's marks.
  function markOf(j) {
    if (!cur.marks) {
      cur.marks = [];
      for (const m of cur.article.getElementsByTagName('mark')) {
        cur.marks[Number(m.dataset.index)] = m;
      }
    }
    return cur.marks[j];
  }

  // ---- tooltip ----

  function describe(r) {
    if (!r) return '';
    return r.text + (r.subject ? ' ' + r.subject : '');
  }

  function valueText(r) {
    let v = num(r.value);
    if (r.upper !== null && r.upper !== undefined) v += ' – ' + num(r.upper);
    return v;
  }

  function timeText(t) {
    if (!t || typeof t !== 'object') return null;
    return (t.start || '…') + ' → ' + (t.end || '…');
  }

  function tipRows(j) {
    const r = cur.recs[j];
    const rows = [
      ['text', r.text], ['value', valueText(r)], ['approx', r.approx], ['unit', r.unit],
      ['kind', r.kind], ['subject', r.subject],
    ];
    if (r.resolved_subject && r.resolved_subject !== r.subject) {
      rows.push(['resolved', r.resolved_subject]);
    }
    rows.push(['action', r.action], ['period', r.period]);
    if ('time' in r) rows.push(['time', timeText(r.time)]);
    if (r.change) rows.push(['change', r.change.direction + (r.change.basis ? ' (' + r.change.basis + ')' : '')]);
    rows.push(['section', (r.section || []).join(' › ')]);
    if (r.parent !== null && r.parent !== undefined) {
      rows.push(['whole', '#' + r.parent + ' ' + describe(cur.recs[r.parent])]);
    }
    const parts = cur.children.get(j);
    if (parts) rows.push(['parts', parts.map((p) => '#' + p + ' ' + describe(cur.recs[p])).join('；')]);
    if (r.distributive) rows.push(['each', 'yes (各)']);
    for (const key of Object.keys(r)) {
      if (!SHOWN.has(key) && r[key] !== null) rows.push([key, JSON.stringify(r[key])]);
    }
    rows.push(['bytes', r.start + '..' + r.end]);
    return rows;
  }

  function showTip(mark) {
    const j = Number(mark.dataset.index);
    const dl = el('dl');
    for (const [name, value] of tipRows(j)) {
      if (value === null || value === undefined || value === '') continue;
      dl.append(el('dt', null, name), el('dd', null, value));
    }
    tip.replaceChildren(el('div', null, '#' + j), dl);
    for (const msg of cur.flags.get(j) || []) tip.append(el('div', 'finding', '⚠ ' + msg));
    tip.hidden = false;
    tipMark = mark;
    placeTip();
  }

  function placeTip() {
    const box = tipMark.getBoundingClientRect();
    const t = tip.getBoundingClientRect();
    const below = box.bottom + 6 + t.height < window.innerHeight;
    tip.style.top = Math.max(4, below ? box.bottom + 6 : box.top - 6 - t.height) + 'px';
    tip.style.left = Math.max(4, Math.min(box.left, window.innerWidth - t.width - 8)) + 'px';
  }

  function hideTip() { tip.hidden = true; tipMark = null; }

  // Scrolling moves the mark: the tip follows while the mark is still
  // hovered or focused (a scroll into view comes after the hover).
  function onScroll() {
    if (!tipMark) return;
    if (tipMark.matches(':hover') || document.activeElement === tipMark) placeTip();
    else hideTip();
  }

  function onTextEvents(pane) {
    pane.addEventListener('mouseover', (e) => {
      const m = e.target.closest('mark');
      if (m) showTip(m);
    });
    pane.addEventListener('mouseout', (e) => {
      const m = e.target.closest('mark');
      if (m && !m.contains(e.relatedTarget) && document.activeElement !== m) hideTip();
    });
    pane.addEventListener('focusin', (e) => {
      if (e.target.tagName === 'MARK') showTip(e.target);
    });
    pane.addEventListener('focusout', hideTip);
    pane.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTip(); });
  }

  // ---- the table ----

  function compare(key) {
    const recs = cur.recs;
    if (key === 'value') return (a, b) => recs[a].value - recs[b].value || a - b;
    if (key === 'kind') return (a, b) => (recs[a].kind < recs[b].kind ? -1 : recs[a].kind > recs[b].kind ? 1 : a - b);
    if (key === 'section') {
      const s = cur.sectionKey;
      return (a, b) => (s[a] < s[b] ? -1 : s[a] > s[b] ? 1 : a - b);
    }
    return (a, b) => a - b;
  }

  function applyFilters() {
    const kind = $('kind-filter').value;
    const needle = $('subject-filter').value.trim().toLowerCase();
    const rows = [];
    for (let j = 0; j < cur.recs.length; j++) {
      if (kind && cur.recs[j].kind !== kind) continue;
      if (needle && !cur.subjectKey[j].includes(needle)) continue;
      rows.push(j);
    }
    const cmp = compare(sort.key);
    rows.sort(sort.dir > 0 ? cmp : (a, b) => cmp(b, a));
    cur.rows = rows;
    $('count').textContent = rows.length + ' of ' + cur.recs.length + ' metrics';
    for (const b of document.querySelectorAll('th button')) {
      if (b.dataset.sort === sort.key) b.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
      else b.removeAttribute('aria-sort');
    }
    scroller.scrollTop = 0;
    renderRows();
  }

  function row(j) {
    const r = cur.recs[j];
    const tr = el('tr', 'row');
    tr.dataset.index = j;
    tr.tabIndex = 0;
    if (cur.selected === j) tr.classList.add('sel');
    // The innermost heading in the cell, the whole path on hover.
    const path = r.section || [];
    const section = path.join(' › ');
    const flags = cur.flags.get(j);
    const cells = [
      el('td', 'num', j), el('td', null, r.text), el('td', 'num', valueText(r)),
      el('td', null, r.unit), el('td', 'kind', r.kind), el('td', 'subject', r.subject),
      el('td', null, path.length ? path[path.length - 1] : ''), el('td', flags ? 'warn' : null, flags ? '⚠' : ''),
    ];
    cells[1].title = r.text;
    cells[5].title = r.subject || '';
    cells[6].title = section;
    if (flags) cells[7].title = flags.join('\n');
    tr.append(...cells);
    return tr;
  }

  function spacer(height) {
    const tr = el('tr', 'spacer');
    const td = el('td');
    td.colSpan = 8;
    td.style.height = height + 'px';
    tr.append(td);
    return tr;
  }

  // Builds only the rows in view (and a few around), between two spacers.
  function renderRows() {
    const total = cur.rows.length;
    const first = Math.max(0, Math.floor(scroller.scrollTop / rowHeight) - OVERSCAN);
    const count = Math.ceil(scroller.clientHeight / rowHeight) + 2 * OVERSCAN;
    const last = Math.min(total, first + count);
    const frag = document.createDocumentFragment();
    frag.append(spacer(first * rowHeight));
    for (let k = first; k < last; k++) frag.append(row(cur.rows[k]));
    frag.append(spacer((total - last) * rowHeight));
    tbody.replaceChildren(frag);
  }

  function goTo(j) {
    const m = markOf(j);
    if (!m) return;
    if (cur.selected !== null) {
      const old = markOf(cur.selected);
      if (old) old.classList.remove('hl');
    }
    cur.selected = j;
    for (const tr of tbody.querySelectorAll('tr.sel')) tr.classList.remove('sel');
    const tr = tbody.querySelector('tr[data-index="' + j + '"]');
    if (tr) tr.classList.add('sel');
    m.classList.add('hl');
    // Blocks off screen are laid out only once near the view, which may
    // move the mark: scroll again until it stays.
    let tries = 0;
    const settle = () => {
      m.scrollIntoView({ block: 'center', inline: 'nearest' });
      const box = m.getBoundingClientRect();
      const pane = $('text-pane').getBoundingClientRect();
      if ((box.top < pane.top || box.bottom > pane.bottom) && ++tries < 5) requestAnimationFrame(settle);
    };
    settle();
  }

  function onTableEvents() {
    let pending = false;
    scroller.addEventListener('scroll', () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => { pending = false; renderRows(); });
    }, { passive: true });
    tbody.addEventListener('click', (e) => {
      const tr = e.target.closest('tr.row');
      if (tr) goTo(Number(tr.dataset.index));
    });
    tbody.addEventListener('keydown', (e) => {
      const tr = e.target.closest('tr.row');
      if (tr && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); goTo(Number(tr.dataset.index)); }
    });
    for (const b of document.querySelectorAll('th button')) {
      b.addEventListener('click', () => {
        sort.dir = sort.key === b.dataset.sort ? -sort.dir : 1;
        sort.key = b.dataset.sort;
        applyFilters();
      });
    }
    $('kind-filter').addEventListener('change', applyFilters);
    let timer = 0;
    $('subject-filter').addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(applyFilters, 120);
    });
  }

  // ---- legend, summary, kind filter ----

  function countBy(keys) {
    const counts = new Map();
    for (const k of keys) counts.set(k, (counts.get(k) || 0) + 1);
    return counts;
  }

  function legend(byKind) {
    const box = $('legend');
    box.replaceChildren();
    for (const k of KINDS.filter((k) => byKind.has(k))) {
      const item = el('span');
      item.append(el('span', 'swatch k-' + k), k + ' ' + byKind.get(k));
      box.append(item);
    }
  }

  // A horizontal bar chart of `counts` as inline SVG.
  function barChart(caption, counts, kindColours) {
    const entries = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
    const max = Math.max(1, ...entries.map((e) => e[1]));
    const labelW = 170; const barW = 150; const h = 16;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', labelW + barW + 50);
    svg.setAttribute('height', entries.length * h + 4);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', caption);
    entries.forEach(([label, n], i) => {
      const y = i * h + 2;
      const name = document.createElementNS(SVG, 'text');
      name.setAttribute('x', 0); name.setAttribute('y', y + 11);
      name.textContent = label.length > 14 ? label.slice(0, 13) + '…' : label;
      const title = document.createElementNS(SVG, 'title');
      title.textContent = label + ': ' + n;
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('class', 'bar' + (kindColours ? ' k-' + label : ''));
      rect.setAttribute('x', labelW); rect.setAttribute('y', y + 2);
      rect.setAttribute('height', h - 4);
      rect.setAttribute('width', Math.max(1, (n / max) * barW));
      rect.append(title);
      const count = document.createElementNS(SVG, 'text');
      count.setAttribute('x', labelW + (n / max) * barW + 4); count.setAttribute('y', y + 11);
      count.textContent = n;
      svg.append(name, rect, count);
    });
    const fig = el('figure');
    fig.append(el('figcaption', null, caption), svg);
    return fig;
  }

  function summary(byKind) {
    const bySection = countBy(cur.recs.map((r) => (r.section && r.section[0]) || '(no heading)'));
    const flagged = cur.file.findings.length;
    $('summary').replaceChildren(
      barChart('metrics by kind', byKind, true),
      barChart('metrics by top-level section', bySection, false),
      el('p', 'findings', flagged + ' audit finding' + (flagged === 1 ? '' : 's')
        + (flagged ? ': marks underlined in red, ⚠ in the table' : '')),
    );
  }

  function kindOptions(byKind) {
    const select = $('kind-filter');
    select.replaceChildren(el('option', null, 'all'));
    select.firstChild.value = '';
    for (const k of KINDS.filter((k) => byKind.has(k))) {
      const o = el('option', null, k + ' (' + byKind.get(k) + ')');
      o.value = k;
      select.append(o);
    }
  }

  // ---- files ----

  function showFile(i) {
    if (cur) {
      cur.article.hidden = true;
      hideTip();
    }
    cur = fileState(i);
    cur.article.hidden = false;
    for (const j of cur.flags.keys()) {
      const m = markOf(j);
      if (m) m.classList.add('flag');
    }
    const byKind = countBy(cur.recs.map((r) => r.kind));
    legend(byKind);
    summary(byKind);
    kindOptions(byKind);
    $('subject-filter').value = '';
    $('text-pane').scrollTop = 0;
    applyFilters();
  }

  function fileSelector() {
    const select = $('file');
    data.files.forEach((f, i) => {
      const o = el('option', null, f.name + ' (' + f.records.length + ')');
      o.value = i;
      select.append(o);
    });
    $('file-pick').hidden = data.files.length < 2;
    select.addEventListener('change', () => showFile(Number(select.value)));
  }

  onTextEvents($('text-pane'));
  onTableEvents();
  fileSelector();
  if (data.files.length) showFile(0);
  window.addEventListener('resize', () => cur && renderRows());
  document.documentElement.dataset.ready = 'true';
}());
