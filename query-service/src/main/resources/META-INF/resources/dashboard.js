// AllyWatch dashboard: plain DOM over the query-service's own API, no framework.
'use strict';

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => k === 'class' ? node.className = v : node.setAttribute(k, v));
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c ?? '')));
  return node;
};
const getJson = async url => {
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  if (!response.ok) throw new Error(url + ': ' + response.status);
  return response.json();
};
const usd = n => n == null ? '–' : n >= 1e9 ? '$' + (n / 1e9).toFixed(1) + 'B' : n >= 1e6 ? '$' + (n / 1e6).toFixed(1) + 'M' : '$' + Math.round(n);

async function loadDesignations() {
  const asOf = document.getElementById('as-of').value;
  const query = asOf ? '?asOf=' + asOf : '';
  const rows = await getJson('/api/designations' + query);
  const body = document.querySelector('#designations tbody');
  const details = await Promise.all(rows.map(r => getJson('/api/designations/' + r.country + query).catch(() => null)));
  body.replaceChildren(...rows.map((r, i) => {
    const steps = (details[i]?.timeline ?? []).map(s => el('span', {
      class: 'step stage-' + s.stage + (s.contested ? ' contested' : '') + (s.afterAsOf ? ' after' : ''),
      title: s.mentions.map(m => m.evidence.text).join('\n')
    }, s.stage + ' ' + (s.date ?? 'undated') + (s.historical ? ' (background)' : '') + (s.contested ? ' ⚠' : '')));
    return el('tr', {'data-country': r.country},
      el('td', {}, r.countryName + ' ', el('span', {class: 'meta'}, r.country)),
      el('td', {class: 'stage-' + r.stage}, r.stage, r.conflict ? [' ', el('span', {class: 'badge conflict', title: details[i]?.resolution?.rule ?? ''}, 'conflict')] : []),
      el('td', {}, r.since ?? ''),
      el('td', {}, String(r.sources)),
      el('td', {}, el('span', {class: 'badge ' + (r.agreesWithReference ? 'agrees' : 'differs'), title: r.reference?.reason ?? ''},
        r.agreesWithReference ? 'agrees' : 'differs')),
      el('td', {}, el('div', {class: 'steps'}, steps)));
  }));
  if (!rows.length) body.replaceChildren(el('tr', {}, el('td', {colspan: 6}, 'No designation read yet.')));
}

function barChart(svg, groups, width = 420) {
  const ns = 'http://www.w3.org/2000/svg';
  const bars = groups.filter(g => g.amountUsd != null);
  const max = Math.max(1, ...bars.map(g => g.amountUsd));
  const rowHeight = 18, label = 60, height = Math.max(rowHeight, bars.length * rowHeight);
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  svg.replaceChildren();
  bars.forEach((g, i) => {
    const y = i * rowHeight;
    const w = Math.max(1, (width - label - 70) * g.amountUsd / max);
    const add = (tag, attrs, text) => {
      const n = document.createElementNS(ns, tag);
      Object.entries(attrs).forEach(([k, v]) => n.setAttribute(k, v));
      if (text) n.textContent = text;
      svg.append(n);
    };
    add('text', {x: 0, y: y + 13}, g.key ?? 'unknown');
    add('rect', {x: label, y: y + 3, width: w, height: rowHeight - 6, 'data-key': g.key ?? ''});
    add('text', {x: label + w + 4, y: y + 13}, usd(g.amountUsd));
  });
}

async function loadAid() {
  const [byYear, byRecipient] = await Promise.all([
    getJson('/api/aid/summary?groupBy=year&status=ACTUAL&scope=MILITARY_SECURITY'),
    getJson('/api/aid/summary?groupBy=recipient&status=ACTUAL&scope=MILITARY_SECURITY')]);
  barChart(document.getElementById('aid-by-year'), byYear.groups);
  barChart(document.getElementById('aid-by-recipient'),
    byRecipient.groups.sort((a, b) => (b.amountUsd ?? 0) - (a.amountUsd ?? 0)).slice(0, 15));
}

function eventItem(e) {
  const ev = e.event ?? {};
  const what = e.type === 'DESIGNATION' ? ev.country + ' ' + ev.stage
    : e.type === 'AID' ? ev.donor + ' → ' + ev.recipient + ' ' + (ev.amount ?? '') + ' ' + (ev.currency ?? '') + ' ' + (ev.status ?? '')
    : (ev.actors ?? []).join(', ') + ' ' + (ev.kind ?? '');
  return el('li', {'data-event-id': e.eventId},
    el('div', {}, el('strong', {}, e.type), ' ', what),
    el('div', {class: 'evidence'}, '“' + (ev.evidence?.text ?? '') + '”'),
    el('div', {class: 'meta'}, 'first seen ' + e.firstSeen + ' · ' + e.sourceCount + ' article(s)'));
}

async function loadEvents() {
  const page = await getJson('/api/events?limit=20');
  document.getElementById('events').replaceChildren(...page.items.map(eventItem));
}

function follow() {
  const live = document.getElementById('live');
  const source = new EventSource('/api/events/stream');
  source.onopen = () => { live.textContent = 'live'; live.className = 'badge live'; };
  source.onerror = () => { live.textContent = 'reconnecting…'; live.className = 'badge'; };
  source.onmessage = message => {
    const e = JSON.parse(message.data);
    const list = document.getElementById('events');
    list.querySelector(`[data-event-id="${e.eventId}"]`)?.remove();
    const item = eventItem(e);
    item.classList.add('fresh');
    list.prepend(item);
    while (list.children.length > 50) list.lastElementChild.remove();
    if (e.type === 'DESIGNATION') loadDesignations().catch(console.error);
    if (e.type === 'AID') loadAid().catch(console.error);
  };
}

document.getElementById('as-of').addEventListener('change', () => loadDesignations().catch(console.error));
follow();
Promise.all([loadDesignations(), loadAid(), loadEvents()])
  .then(() => document.body.setAttribute('data-loaded', 'true'))
  .catch(error => { console.error(error); document.body.setAttribute('data-error', String(error)); });
