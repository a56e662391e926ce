// newsflow's built-in monitoring page. Plain JavaScript, no build step; charts by Apache ECharts (served from the
// webjar). Safe by construction: every value that comes from the index (titles, text, names, URLs) reaches the page
// through textContent or a checked href, never through innerHTML; chart tooltips are drawn on the canvas (richText).
'use strict';

const REFRESH_MS = 60000;
const QUAD_COLOURS = { VERBAL_COOPERATION: '#2e7d32', MATERIAL_COOPERATION: '#1565c0', VERBAL_CONFLICT: '#ef6c00', MATERIAL_CONFLICT: '#c62828' };
const charts = {};
let meta = { eventTypes: [], quadClasses: {} };
let relationWeeks = [];
let timer = null;

// ---- DOM helpers: text only -------------------------------------------------------------------------------------
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === 'class') node.className = v;
    else if (k === 'onclick') node.addEventListener('click', v);
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
const $ = (id) => document.getElementById(id);
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

/** A link to an article, or plain text when the URL is not http(s) (no javascript: or data: links). */
function articleLink(url, text, cls) {
  let safe = null;
  try { const u = new URL(url); if (u.protocol === 'http:' || u.protocol === 'https:') safe = u.href; } catch (e) { /* not a URL */ }
  if (!safe) return el('span', { class: cls || '' }, text);
  return el('a', { class: cls || '', href: safe, target: '_blank', rel: 'noopener noreferrer' }, text);
}

/** A passage with the API's [[...]] highlight markers as <mark> elements, the rest as text. */
function highlighted(passage) {
  const span = el('span', { class: 'snippet' });
  passage.split(/(\[\[.*?\]\])/s).forEach((part) => {
    if (part.startsWith('[[') && part.endsWith(']]')) span.append(el('mark', {}, part.slice(2, -2)));
    else if (part) span.append(document.createTextNode(part));
  });
  return span;
}

function actorChip(name) {
  return el('span', { class: 'chip actor', title: 'timeline of ' + name, onclick: () => openTimeline(name) }, name);
}

// ---- API -------------------------------------------------------------------------------------------------------
function filters() {
  return { q: $('f-q').value, actor: $('f-actor').value, type: $('f-type').value, outlet: $('f-outlet').value,
    lang: $('f-lang').value, from: $('f-from').value, to: $('f-to').value };
}

async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && String(v).trim() !== '') qs.set(k, v);
  const res = await fetch(path + (qs.toString() ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
  return body;
}

function showError(e) {
  const p = $('error');
  if (!e) { p.hidden = true; return; }
  p.hidden = false;
  p.textContent = String(e.message || e);
}

// ---- charts ----------------------------------------------------------------------------------------------------
function chart(id) {
  if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
  return charts[id];
}

/** Draws {@code option} in chart {@code id} and records how many data points it has (tests and screen readers read it). */
function draw(id, option, points) {
  const c = chart(id);
  option.tooltip = Object.assign({ renderMode: 'richText', confine: true }, option.tooltip || {});
  option.animation = false;
  c.setOption(option, true);
  $(id).setAttribute('data-points', String(points));
  $(id).setAttribute('aria-label', points + ' data points');
}

// ---- panels ----------------------------------------------------------------------------------------------------
async function loadSearch() {
  const body = await api('/api/search', Object.assign(filters(), { size: 20 }));
  const list = clear($('results'));
  $('results-count').textContent = body.hits.length + (body.hits.length === 20 ? '+' : '') + ' shown';
  for (const hit of body.hits) {
    const li = el('li', { class: 'result' },
      articleLink(hit.url, hit.title || '(no title)', 'title'),
      el('span', { class: 'meta' }, [hit.published ? hit.published.slice(0, 10) : 'undated', hit.language || '?'].join(' · ')));
    for (const h of hit.highlights.slice(0, 2)) li.append(el('div', {}, highlighted(h)));
    const chips = el('div', {});
    for (const a of hit.actorNames.slice(0, 12)) chips.append(actorChip(a));
    for (const t of hit.eventTypes) chips.append(el('span', { class: 'chip type' }, t));
    li.append(chips);
    list.append(li);
  }
  if (!body.hits.length) list.append(el('li', { class: 'hint' }, 'No article matches these filters.'));
}

async function loadCoverage() {
  const count = $('coverage-count').value;
  const body = await api('/api/dashboard/coverage-over-time', Object.assign(filters(), {
    split: $('coverage-split').value, interval: $('coverage-interval').value, size: 10 }));
  let points = 0;
  const series = body.series.map((s) => {
    const data = s[count];
    points += data.filter((n) => n > 0).length;
    return { name: s.name, type: 'bar', stack: 'all', data };
  });
  draw('chart-coverage', {
    legend: { type: 'scroll', top: 0 }, grid: { left: 40, right: 16, top: 34, bottom: 50 },
    tooltip: { trigger: 'axis' }, dataZoom: [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 6 }],
    xAxis: { type: 'category', data: body.periods }, yAxis: { type: 'value', minInterval: 1 }, series }, points);
}

/** "VERBAL_COOPERATION" as a reader says it: "verbal cooperation". */
function quadLabel(quad) {
  return quad.replace('_', ' ').toLowerCase();
}

async function loadRelations() {
  const body = await api('/api/dashboard/relations', Object.assign(filters(), { q: '', a: $('rel-a').value, b: $('rel-b').value }));
  relationWeeks = [...new Set(body.points.map((p) => p.week))].sort();
  const series = Object.keys(QUAD_COLOURS).map((quad) => ({
    name: quad, type: 'bar', stack: 'quad', itemStyle: { color: QUAD_COLOURS[quad] },
    data: relationWeeks.map((w) => { const p = body.points.find((x) => x.week === w && x.quadClass === quad); return p ? p.count : 0; }),
  }));
  draw('chart-relations', {
    legend: { top: 0, formatter: quadLabel }, grid: { left: 40, right: 16, top: 34, bottom: 50 }, tooltip: { trigger: 'item' },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 6 }],
    xAxis: { type: 'category', data: relationWeeks, name: 'week of' }, yAxis: { type: 'value', minInterval: 1 }, series },
    body.points.length);
}

async function openRelationEvents(week, quad) {
  const body = await api('/api/relations/events', Object.assign(filters(), {
    q: '', a: $('rel-a').value, b: $('rel-b').value, week, quad, size: 50 }));
  const title = $('rel-events-title');
  title.hidden = false;
  title.textContent = quadLabel(quad) + ' between ' + $('rel-a').value + ' and ' + $('rel-b').value
    + ', week of ' + week + ': ' + body.events.length + ' event(s)';
  renderEvents($('rel-events'), body.events);
}

/** An event's date as precise as the text said: 2025-05-12, 2025-05 (month), 2025 (year), or the article's date. */
function eventDate(e) {
  if (!e.date) return { text: e.timelineDate, note: 'undated: article date' };
  if (e.datePrecision === 'MONTH') return { text: e.date.slice(0, 7), note: 'month' };
  if (e.datePrecision === 'YEAR') return { text: e.date.slice(0, 4), note: 'year' };
  return { text: e.date, note: 'day' };
}

function renderEvents(list, events) {
  clear(list);
  for (const e of events) {
    const d = eventDate(e);
    const li = el('li', { class: 'event' },
      el('span', { class: 'when' }, d.text), el('span', { class: 'precision' }, '(' + d.note + ') '),
      el('strong', { class: 'quad-' + e.quadClass }, e.type + (e.mode ? ' (' + e.mode + ')' : '')), ' ',
      e.sourceName ? actorChip(e.sourceName) : '?', ' → ', e.targetName ? actorChip(e.targetName) : '–',
      e.locationName ? el('span', { class: 'meta' }, 'in ' + e.locationName) : null,
      el('blockquote', {}, e.sentence || ''),
      el('span', { class: 'meta' }, 'from '), articleLink(e.url, e.articleTitle || e.url || '', 'meta'));
    list.append(li);
  }
  if (!events.length) list.append(el('li', { class: 'hint' }, 'No events.'));
}

function openTimeline(actor) {
  $('timeline-actor').value = actor;
  loadTimeline().catch(showError);
  $('panel-timeline').scrollIntoView({ behavior: 'smooth', block: 'start' });
}

async function loadTimeline() {
  const actor = $('timeline-actor').value.trim();
  if (!actor) { clear($('timeline')).append(el('li', { class: 'hint' }, 'Pick an actor.')); return; }
  const body = await api('/api/events', Object.assign(filters(), { q: '', actor, size: 200 }));
  renderEvents($('timeline'), body.events);
}

function barsOf(buckets) {
  const rows = buckets.slice().reverse();
  return { yAxis: { type: 'category', data: rows.map((b) => b.term), axisLabel: { width: 230, overflow: 'truncate' } },
    xAxis: { type: 'value', minInterval: 1 }, grid: { left: 240, right: 16, top: 10, bottom: 24 },
    series: [{ type: 'bar', data: rows.map((b) => b.count), itemStyle: { color: '#1f5fa8' } }] };
}

async function loadTopActors() {
  const body = await api('/api/dashboard/actors', Object.assign(filters(), { size: 15 }));
  draw('chart-actors', barsOf(body.buckets), body.buckets.length);
  const names = clear($('actor-names'));
  for (const b of body.buckets) names.append(el('option', { value: b.term }));
}

async function loadTopPairs() {
  const body = await api('/api/dashboard/actor-pairs', Object.assign(filters(), { size: 15 }));
  draw('chart-pairs', barsOf(body.buckets), body.buckets.length);
}

async function loadOutlets() {
  const body = await api('/api/dashboard/coverage', { size: 50 });
  const select = $('f-outlet');
  const chosen = select.value;
  const outlets = [...new Set(body.buckets.map((b) => b.outlet))].sort();
  clear(select).append(el('option', { value: '' }, 'any outlet'));
  for (const o of outlets) select.append(el('option', { value: o }, o));
  select.value = outlets.includes(chosen) ? chosen : '';
}

function table(id, header, rows) {
  const t = clear($(id));
  t.append(el('tr', {}, ...header.map((h) => el('th', {}, h))));
  for (const r of rows) t.append(el('tr', {}, ...r.map((c) => el('td', { class: typeof c === 'number' ? 'num' : '' }, c))));
  if (!rows.length) t.append(el('tr', {}, el('td', { class: 'hint' }, 'none')));
}

function bytes(n) {
  return n > 1 << 20 ? (n / (1 << 20)).toFixed(1) + ' MiB' : n > 1024 ? (n / 1024).toFixed(0) + ' KiB' : n + ' B';
}

async function loadHealth() {
  const body = await api('/api/pipeline');
  const aliases = {};
  for (const i of body.indexes) {
    const a = aliases[i.alias] || (aliases[i.alias] = { indexes: 0, documents: 0, bytes: 0 });
    a.indexes += 1; a.documents += i.documents; a.bytes += i.bytes;
  }
  table('health-indexes', ['alias', 'indexes', 'documents', 'size'],
    Object.entries(aliases).map(([alias, a]) => [alias, a.indexes, a.documents, bytes(a.bytes)]));
  const k = body.kafka;
  if (!k) {
    $('health-note').textContent = 'Kafka is not known to this server: lag, dead letters, fetch errors and polls are not shown.';
    return;
  }
  table('health-lag', ['stage', 'consumer group', 'lag (records)'], k.lag.map((l) => [l.stage, l.group, l.lag === null ? 'not started' : l.lag]));
  table('health-fetch', ['host', 'errors', 'last reason'], k.fetchErrors.map((f) => [f.host, f.count, f.lastReason]));
  table('health-polls', ['source', 'last successful poll (UTC)'], k.polls.map((p) => [p.source, p.lastPoll ? p.lastPoll.replace('T', ' ').slice(0, 19) : 'never']));
  const dl = k.deadLetters;
  draw('chart-dead-letters', {
    legend: { top: 0 }, grid: { left: 40, right: 16, top: 30, bottom: 24 }, tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: dl.days }, yAxis: { type: 'value', minInterval: 1 },
    series: dl.series.map((s) => ({ name: s.name, type: 'bar', stack: 'dl', data: s.counts })) }, dl.total);
  $('health-note').textContent = k.note + ' Read at ' + k.readAt.replace('T', ' ').slice(0, 19) + ' UTC.';
}

async function loadMeta() {
  meta = await api('/api/meta');
  const select = $('f-type');
  for (const t of meta.eventTypes) select.append(el('option', { value: t }, t));
}

// ---- wiring ----------------------------------------------------------------------------------------------------
async function refreshAll() {
  showError(null);
  const jobs = [loadSearch(), loadCoverage(), loadRelations(), loadTopActors(), loadTopPairs(), loadHealth(), loadOutlets()];
  if ($('timeline-actor').value.trim()) jobs.push(loadTimeline());
  const results = await Promise.allSettled(jobs);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) showError(failed.reason);
  $('updated').textContent = 'updated ' + new Date().toLocaleTimeString();
  document.body.setAttribute('data-loaded', String(Date.now()));
}

function schedule() {
  if (timer) clearInterval(timer);
  timer = $('auto-refresh').checked ? setInterval(() => refreshAll(), REFRESH_MS) : null;
}

async function start() {
  try { await loadMeta(); } catch (e) { showError(e); }
  $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); refreshAll(); });
  $('clear-filters').addEventListener('click', () => { $('filters').reset(); refreshAll(); });
  $('timeline-form').addEventListener('submit', (ev) => { ev.preventDefault(); loadTimeline().catch(showError); });
  $('rel-apply').addEventListener('click', () => loadRelations().catch(showError));
  for (const id of ['coverage-split', 'coverage-interval', 'coverage-count']) $(id).addEventListener('change', () => loadCoverage().catch(showError));
  $('auto-refresh').addEventListener('change', schedule);
  chart('chart-relations').on('click', (p) => { if (p.componentType === 'series') openRelationEvents(relationWeeks[p.dataIndex], p.seriesName).catch(showError); });
  chart('chart-actors').on('click', (p) => { if (p.name) openTimeline(p.name); });
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  await refreshAll();
  schedule();
}

document.addEventListener('DOMContentLoaded', start);
