// The linkage explorer: draws `linkage` (or a province's `linkages` rows) with Cytoscape.js; a click shows a node's
// details, money and cited lines; expand, paths (`linkPaths`), PNG and CSV export.
import {
  gql, header, t, lang, levelName, labelName, baht, fiscalYear, escapeHtml, toCsv, download, citationHtml, CITATION,
} from './phakee.js';

// ---- colours: by label, and plans by level (national red → agency orange → provincial purple → community green)
const LEVEL_COLOURS = {
  NATIONAL_STRATEGY: '#7b1c1c', NATIONAL_STRATEGY_GOAL: '#9c2a2a', SDG_GOAL: '#a83e5a', SDG_TARGET: '#c0607a',
  NESDP: '#8e3b12', NESDP_MILESTONE: '#a9501f', MASTER_PLAN: '#c0392b', SUB_PLAN: '#d9634f', REFORM_PLAN: '#b84f3c',
  LEVEL3_PLAN: '#cc6d3c', BUDGET_STRATEGY: '#b9770e', BUDGET_PLAN: '#d68910', AGENCY_PLAN: '#e67e22',
  STRATEGIC_ISSUE: '#eb984e', PROGRAMME: '#f0a04b', SUB_PROGRAMME: '#f5b971', OUTPUT: '#f8c471',
  REGIONAL_PLAN: '#6c3483', PROVINCIAL_PLAN: '#7d3c98', PROVINCIAL_STRATEGY: '#a569bd', LOCAL_PLAN: '#bb8fce',
  COMMUNITY_PLAN: '#1e8449', COMMUNITY_STRATEGY: '#27ae60',
};
const LABEL_COLOURS = {
  Project: '#2471a3', Budget: '#f1c40f', Agency: '#148f77', Province: '#34495e', Region: '#5d6d7e', District: '#85929e',
  Tambon: '#aab7b8', Council: '#52be80', Community: '#7dcea0', Indicator: '#c2185b', Observation: '#e91e63', Source: '#555',
};
const SHAPES = { Budget: 'round-rectangle', Agency: 'hexagon', Province: 'diamond', Region: 'diamond', Project: 'round-rectangle' };
const colourOf = n => (n.label === 'Plan' ? LEVEL_COLOURS[n.kind] : LABEL_COLOURS[n.label]) ?? '#999';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);
const state = {
  focus: params.get('focus') || 'TH-63', mode: params.get('mode') || '', direction: params.get('direction') || 'BOTH',
  depth: Number(params.get('depth') || 4), fy: params.get('fy') || '', layout: params.get('layout') || 'breadthfirst',
  names: new Map(), // ids of `via` agencies and budgets → what to print
  edges: [], // the graph's relationships drawn (not the explorer's helper edges)
  rows: null,
};

const cy = cytoscape({
  container: $('graph'),
  wheelSensitivity: 0.3,
  style: [
    { selector: 'node', style: {
      'background-color': 'data(colour)', shape: 'data(shape)', label: 'data(caption)', 'font-size': 10,
      'text-wrap': 'wrap', 'text-max-width': 150, 'text-valign': 'bottom', 'text-margin-y': 3, width: 22, height: 22,
      'font-family': 'Sarabun, "Noto Sans Thai", Loma, Garuda, Tahoma, sans-serif', color: '#1d2733' } },
    { selector: 'node[label = "Budget"]', style: { width: 34, height: 16 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#1f4e79', width: 30, height: 30 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f6c343' } },
    { selector: 'edge', style: {
      width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#99a3ad',
      'target-arrow-color': '#99a3ad', label: 'data(caption)', 'font-size': 8, color: '#5b6876', 'text-rotation': 'autorotate',
      'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
    { selector: 'edge[type = "LINKS_TO"]', style: { 'line-color': '#1f4e79', 'target-arrow-color': '#1f4e79', width: 2 } },
    { selector: 'edge[type = "FUNDS"]', style: { 'line-color': '#d4ac0d', 'target-arrow-color': '#d4ac0d' } },
    { selector: 'edge[type = "UNDER"]', style: { 'line-color': '#2471a3', 'target-arrow-color': '#2471a3' } },
    { selector: 'edge.implied', style: { 'line-style': 'dashed' } },
    { selector: 'edge.via', style: { 'line-style': 'dotted', 'target-arrow-shape': 'none', 'line-color': '#148f77', width: 1 } },
    { selector: '.path', style: { 'line-color': '#e74c3c', 'target-arrow-color': '#e74c3c', width: 4, 'border-width': 3, 'border-color': '#e74c3c' } },
  ],
});
window.phakee = { cy, state }; // for the browser tests and the curious

// ---- drawing ---------------------------------------------------------------------------------------------------

function caption(n) {
  if (n.label === 'Budget') {
    const b = state.names.get(n.id);
    return b ? `${baht(b.baht)}\n${b.fiscalYear ?? ''}` : n.id;
  }
  const short = s => (s.length > 50 ? s.slice(0, 48) + '…' : s);
  return short(lang() === 'en' && n.nameEn ? n.nameEn : n.name);
}

function edgeCaption(e) {
  if (e.via && !e.type) return 'via';
  const parts = [e.type];
  if (e.role) parts.push(e.role);
  if (e.via) parts.push('via ' + (state.names.get(e.via)?.name ?? e.via));
  return parts.join(' · ');
}

/** Adds nodes and relationships not drawn yet; returns the new elements. */
function add(nodes, edges) {
  const fresh = [];
  for (const n of nodes) {
    if (cy.getElementById(n.id).nonempty()) continue;
    fresh.push({ group: 'nodes', data: { ...n, colour: colourOf(n), shape: SHAPES[n.label] ?? 'ellipse', caption: caption(n) } });
  }
  for (const e of edges) {
    const id = `${e.from}|${e.type}|${e.to}`;
    if (cy.getElementById(id).nonempty()) continue;
    state.edges.push(e);
    fresh.push({ group: 'edges', classes: e.stated === false ? 'implied' : '',
      data: { id, source: e.from, target: e.to, type: e.type, role: e.role, via: e.via, stated: e.stated, caption: '' } });
  }
  return cy.add(fresh);
}

/** Names of the `via` agencies and amounts of the budgets, fetched in one request (aliased `node` fields). */
async function fetchNames() {
  const wanted = new Set();
  cy.nodes('[label = "Budget"]').forEach(n => { if (!state.names.has(n.id())) wanted.add(n.id()); });
  state.edges.forEach(e => { if (e.via && !state.names.has(e.via)) wanted.add(e.via); });
  if (wanted.size) {
    const ids = [...wanted];
    const fields = ids.map((id, i) => `n${i}: node(id: ${JSON.stringify(id)}) { id
      ... on Agency { nameTh } ... on Budget { amount { baht } fiscalYear } }`).join('\n');
    const data = await gql(`{ ${fields} }`);
    ids.forEach((id, i) => {
      const n = data[`n${i}`];
      if (n) state.names.set(id, { name: n.nameTh, baht: n.amount?.baht, fiscalYear: n.fiscalYear });
    });
  }
  cy.nodes().forEach(n => n.data('caption', caption(n.data())));
  cy.edges().forEach(e => e.data('caption', edgeCaption(e.data())));
}

function layout(elements = cy.elements()) {
  const name = state.mode === 'province' ? 'preset' : state.layout;
  const options = { name, animate: false, fit: true, padding: 30 };
  if (name === 'breadthfirst') {
    // the top of each hierarchy (no edge leaving it: the national strategy, a region, a plan) first
    const roots = cy.nodes().filter(n => n.outgoers('edge').empty());
    Object.assign(options, { roots: roots.nonempty() ? roots : cy.getElementById(state.focus), spacingFactor: 1.4 });
  }
  if (name === 'concentric') {
    Object.assign(options, { concentric: n => (n.id() === state.focus ? 10 : 10 - (n.data('depth') ?? 5)), levelWidth: () => 1 });
  }
  elements.layout(options).run();
}

function status(text) {
  $('status').textContent = text ?? `${cy.nodes().length} ${t('explore.nodes')} · ${state.edges.length} ${t('explore.edges')}`;
}

function legend() {
  const seen = new Map();
  cy.nodes().forEach(n => {
    const d = n.data();
    const key = d.label === 'Plan' ? levelName(d.kind) : labelName(d.label);
    seen.set(key, d.colour);
  });
  $('legend').innerHTML = [...seen].map(([k, c]) => `<span style="--c:${c}">${escapeHtml(k)}</span>`).join('');
}

const SUBGRAPH = 'nodes { id label kind name nameEn } edges { from to type role via stated }';

async function draw() {
  cy.elements().remove();
  state.edges = [];
  state.rows = null;
  $('rows').hidden = true;
  status(t('loading'));
  const fy = state.fy ? Number(state.fy) : null;
  try {
    if (state.mode === 'province') {
      await drawProvince(fy);
    } else {
      const data = await gql(`query($from: ID!, $direction: Direction, $depth: Int, $fy: Int) {
        linkage(from: $from, direction: $direction, maxDepth: $depth, fiscalYear: $fy) { ${SUBGRAPH} } }`,
      { from: state.focus, direction: state.direction, depth: state.depth, fy });
      add(data.linkage.nodes, data.linkage.edges);
      layout();
    }
    cy.getElementById(state.focus).addClass('focus');
    await fetchNames();
    status(cy.nodes().length ? undefined : t('explore.empty'));
    legend();
    state.drawn = (state.drawn ?? 0) + 1; // the drawing is complete (names and amounts in place)
    if (cy.getElementById(state.focus).nonempty()) showDetails(state.focus);
  } catch (e) {
    status(`${t('error')}: ${e.message}`);
  }
}

// ---- the province view: community strategy → agency → provincial strategy (and plan) → projects → money ---------

async function drawProvince(fy) {
  const data = await gql(`query($id: ID!) { province(id: $id) { id nameTh nameEn
      linkages {
        communityStrategy { id nameTh nameEn level }
        via { id nameTh nameEn kind }
        provincialStrategy { id nameTh nameEn level }
        provincialPlan { id nameTh nameEn level startFY endFY }
        projects { id nameTh nameEn kind totalBudget { baht } plan { id } budgets { id fiscalYear amount { baht } } }
        budget { baht }
        sources { ${CITATION} }
      } } }`, { id: state.focus });
  const p = data.province;
  if (!p) throw new Error(`${state.focus}: not a province`);
  state.rows = p.linkages;
  const node = (x, label) => ({ id: x.id, label, kind: x.level ?? x.kind ?? null, name: x.nameTh, nameEn: x.nameEn });
  const nodes = [{ id: p.id, label: 'Province', kind: null, name: p.nameTh, nameEn: p.nameEn }];
  const edges = [];
  const via = [];
  const pos = {};
  const X = [0, 300, 600, 900, 1200];
  let y = 0;
  const planAt = new Map();
  for (const row of p.linkages) {
    const rowTop = y;
    const projects = row.projects.filter(pj => !fy || pj.budgets.some(b => b.fiscalYear === fy) || pj.budgets.length === 0);
    const height = Math.max(1, projects.reduce((s, pj) => s + Math.max(1, pj.budgets.length), 0)) * 90;
    const mid = rowTop + height / 2 - 45;
    const cs = node(row.communityStrategy, 'Plan');
    nodes.push(cs);
    pos[cs.id] = { x: X[0], y: mid };
    via.push({ from: cs.id, to: p.id }); // the row's province (a helper line, not a relationship of the graph)
    const target = row.provincialStrategy ?? row.provincialPlan;
    if (row.via) {
      nodes.push(node(row.via, 'Agency'));
      pos[row.via.id] ??= { x: X[1], y: mid };
      via.push({ from: cs.id, to: row.via.id }, ...(target ? [{ from: row.via.id, to: target.id }] : []));
    }
    if (target) {
      nodes.push(node(target, 'Plan'));
      pos[target.id] ??= { x: X[2], y: mid };
      edges.push({ from: cs.id, to: target.id, type: 'LINKS_TO', via: row.via?.id, stated: true });
    }
    if (row.provincialStrategy && row.provincialPlan) {
      nodes.push(node(row.provincialPlan, 'Plan'));
      planAt.set(row.provincialPlan.id, planAt.get(row.provincialPlan.id) ?? rowTop);
      edges.push({ from: row.provincialStrategy.id, to: row.provincialPlan.id, type: 'PART_OF', stated: true });
    }
    let py = rowTop;
    for (const pj of projects) {
      nodes.push(node(pj, 'Project'));
      const span = Math.max(1, pj.budgets.length) * 90;
      pos[pj.id] = { x: X[3], y: py + span / 2 - 45 };
      // UNDER the plan the project names (the strategy, or the provincial plan where the row names no strategy)
      if (pj.plan && [target?.id, row.provincialPlan?.id].includes(pj.plan.id)) edges.push({ from: pj.id, to: pj.plan.id, type: 'UNDER', stated: true });
      pj.budgets.filter(b => !fy || b.fiscalYear === fy).forEach((b, i) => {
        nodes.push({ id: b.id, label: 'Budget', kind: null, name: b.id });
        state.names.set(b.id, { baht: b.amount.baht, fiscalYear: b.fiscalYear });
        pos[b.id] = { x: X[4], y: py + i * 90 };
        edges.push({ from: b.id, to: pj.id, type: 'FUNDS', stated: true });
      });
      py += span;
    }
    y += height + 30;
  }
  // the provincial plan above its strategies, the province above the community strategies
  planAt.forEach((top, id) => { pos[id] = { x: X[2] + 150, y: top - 80 }; });
  pos[p.id] = { x: X[0], y: -110 };
  add(nodes, edges);
  cy.add(via.map((v, i) => ({ group: 'edges', classes: 'via',
    data: { id: `via-${i}`, source: v.from, target: v.to, caption: v.to === p.id ? '' : 'via' } })));
  cy.nodes().forEach(n => n.position(pos[n.id()] ?? { x: X[2], y: y }));
  cy.fit(undefined, 30);
  rowsTable(p.linkages);
}

function rowsTable(rows) {
  const name = x => (x ? `${escapeHtml(x.nameTh)} <code>${escapeHtml(x.id)}</code>` : '—');
  $('rows').hidden = false;
  $('rows').innerHTML = `<h2>${escapeHtml(t('explore.rows'))}</h2><table class="data" id="rows-table"><thead><tr>
    <th>${t('col.communityStrategy')}</th><th>${t('col.via')}</th><th>${t('col.provincialPlan')}</th>
    <th>${t('col.provincialStrategy')}</th><th>${t('col.projects')}</th><th class="num">${t('col.money')}</th><th>${t('col.sources')}</th>
    </tr></thead><tbody>${rows.map(r => `<tr>
      <td>${name(r.communityStrategy)}</td><td>${name(r.via)}</td>
      <td>${name(r.provincialPlan)}${r.provincialPlan?.startFY ? ` (${r.provincialPlan.startFY}–${r.provincialPlan.endFY})` : ''}</td>
      <td>${name(r.provincialStrategy)}</td>
      <td>${r.projects.map(pj => `${escapeHtml(pj.nameTh)} <code>${escapeHtml(pj.id)}</code>: <span class="money">${baht(pj.totalBudget.baht)}</span>`).join('<br>')}</td>
      <td class="num money">${baht(r.budget.baht)}</td>
      <td>${r.sources.map(c => `${escapeHtml(c.source.id)}:${c.line}`).join(', ')}</td></tr>`).join('')}</tbody></table>`;
}

// ---- details of a clicked node ------------------------------------------------------------------------------------

const BUDGET = `id amount { baht } fiscalYear fiscalYearCE source status note sources { ${CITATION} }`;
const DETAILS = `query($id: ID!, $fy: Int, $isPlan: Boolean!) {
  node(id: $id) { id __typename
    ... on Plan { nameTh nameEn level code startFY endFY startFYCE endFYCE owner { id nameTh } sources { ${CITATION} } budgets { ${BUDGET} } }
    ... on Project { nameTh nameEn projectKind: kind projectFY: fiscalYear totalBudget { baht } sources { ${CITATION} } budgets { ${BUDGET} }
                     responsibleAgencies { agency { id nameTh } role } }
    ... on Budget { ${BUDGET.replace('id ', '')} payer { id nameTh } }
    ... on Agency { nameTh nameEn abbr agencyKind: kind sources { ${CITATION} } }
    ... on Province { nameTh nameEn sources { ${CITATION} } budgetTotal(fiscalYear: $fy) { baht } }
    ... on Region { nameTh nameEn scheme sources { ${CITATION} } }
    ... on District { nameTh nameEn sources { ${CITATION} } }
    ... on Tambon { nameTh nameEn sources { ${CITATION} } }
    ... on Council { nameTh establishedFY sources { ${CITATION} } }
    ... on Community { nameTh communityKind: kind sources { ${CITATION} } }
    ... on Indicator { nameTh unit sources { ${CITATION} } }
    ... on Source { title publisher fiscalYear file }
  }
  rollup: budgetRollup(plan: $id, fiscalYear: $fy) @include(if: $isPlan) { total { baht } byYear { fiscalYear total { baht } } }
}`;

let shown = 0;
async function showDetails(id) {
  const mine = ++shown;
  const n = cy.getElementById(id).data();
  const box = $('details');
  box.innerHTML = `<p>${escapeHtml(t('loading'))}</p>`;
  const fy = state.fy ? Number(state.fy) : null;
  try {
    const data = await gql(DETAILS, { id, fy, isPlan: n?.label === 'Plan' });
    if (mine !== shown) return;
    const x = data.node;
    if (!x) { box.innerHTML = `<p>${escapeHtml(id)}: —</p>`; return; }
    // aliased where the types differ (ProjectKind!, AgencyKind!, String; Int, Int!)
    x.kind = x.projectKind ?? x.agencyKind ?? x.communityKind;
    x.fiscalYear ??= x.projectFY;
    const facts = [];
    const fact = (k, v) => { if (v != null && v !== '') facts.push(`<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`); };
    fact('id', `<code>${escapeHtml(x.id)}</code>`);
    fact(lang() === 'th' ? 'ประเภท' : 'Type', escapeHtml(labelName(x.__typename)) + (x.level ? ` · ${escapeHtml(levelName(x.level))}` : '')
      + (x.kind ? ` · ${escapeHtml(x.kind)}` : ''));
    fact('English', escapeHtml(x.nameEn));
    fact(lang() === 'th' ? 'ชื่อย่อ' : 'Abbreviation', escapeHtml(x.abbr));
    fact(lang() === 'th' ? 'รหัส' : 'Code', escapeHtml(x.code));
    if (x.startFY) fact(lang() === 'th' ? 'ช่วงเวลา' : 'Period', `${escapeHtml(fiscalYear(x.startFY))} – ${escapeHtml(fiscalYear(x.endFY))}`);
    if (x.fiscalYear && x.__typename !== 'Source') fact(t('explore.fy'), escapeHtml(fiscalYear(x.fiscalYear)));
    if (x.owner) fact(lang() === 'th' ? 'เจ้าของ' : 'Owner', `${escapeHtml(x.owner.nameTh)} <code>${escapeHtml(x.owner.id)}</code>`);
    if (x.payer) fact(lang() === 'th' ? 'ผู้จ่าย' : 'Payer', escapeHtml(x.payer.nameTh));
    if (x.responsibleAgencies?.length) fact(lang() === 'th' ? 'ผู้รับผิดชอบ' : 'Responsible',
      x.responsibleAgencies.map(r => escapeHtml(r.agency.nameTh)).join(', '));
    if (x.unit) fact(lang() === 'th' ? 'หน่วย' : 'Unit', escapeHtml(x.unit));
    if (x.publisher) fact(lang() === 'th' ? 'ผู้จัดทำ' : 'Publisher', escapeHtml(x.publisher));
    if (x.note) fact(lang() === 'th' ? 'หมายเหตุ' : 'Note', escapeHtml(x.note));

    const money = [];
    const fig = b => `<li class="money">${baht(b.amount.baht)} · ${escapeHtml(fiscalYear(b.fiscalYear))} · ${escapeHtml(b.source)} · ${escapeHtml(b.status)} <code>${escapeHtml(b.id ?? '')}</code></li>`;
    if (x.amount) money.push(`<p class="money big-money">${baht(x.amount.baht)}</p><p>${escapeHtml(fiscalYear(x.fiscalYear))} · ${escapeHtml(x.source)} · ${escapeHtml(x.status)}</p>`);
    if (x.totalBudget) money.push(`<p>${t('money.totalBudget')}: <strong class="money">${baht(x.totalBudget.baht)}</strong></p>`);
    if (x.budgetTotal) money.push(`<p>${t('money.budgetTotal')}${fy ? ` (${escapeHtml(fiscalYear(fy))})` : ''}: <strong class="money">${baht(x.budgetTotal.baht)}</strong></p>`);
    if (data.rollup) money.push(`<p>${t('money.rollup')}: <strong class="money">${baht(data.rollup.total.baht)}</strong></p>`
      + (data.rollup.byYear.length > 1 ? `<ul class="money-figures">${data.rollup.byYear.map(y => `<li>${escapeHtml(fiscalYear(y.fiscalYear))}: ${baht(y.total.baht)}</li>`).join('')}</ul>` : ''));
    if (x.budgets?.length) money.push(`<h3>${t('money.budgets')}</h3><ul class="money-figures">${x.budgets.map(fig).join('')}</ul>`);

    const citations = [...(x.sources ?? []), ...(x.budgets ?? []).flatMap(b => b.sources)];
    const unique = [...new Map(citations.map(c => [`${c.source.id}:${c.line}`, c])).values()];
    box.innerHTML = `<h2 data-i18n="explore.details">${escapeHtml(t('explore.details'))}</h2>
      <div class="name" lang="th">${escapeHtml(x.nameTh ?? x.title ?? (x.amount ? baht(x.amount.baht) : x.id))}</div>
      <dl>${facts.join('')}</dl>
      <div class="actions">
        <button type="button" id="act-expand">${escapeHtml(t('explore.expand'))}</button>
        <button type="button" id="act-focus">${escapeHtml(t('explore.refocus'))}</button>
        <button type="button" id="act-from">${escapeHtml(t('explore.setFrom'))}</button>
        <button type="button" id="act-to">${escapeHtml(t('explore.setTo'))}</button>
      </div>
      ${money.length ? `<h3>${escapeHtml(t('explore.money'))}</h3>${money.join('')}` : ''}
      <h3>${escapeHtml(t('explore.citations'))}</h3>
      <ul class="citations" id="citations">${unique.map(citationHtml).join('') || '<li>—</li>'}</ul>`;
    $('act-expand').onclick = () => expand(id);
    $('act-focus').onclick = () => { state.focus = id; state.mode = ''; sync(); draw(); };
    $('act-from').onclick = () => { $('path-from').value = id; };
    $('act-to').onclick = () => { $('path-to').value = id; };
  } catch (e) {
    if (mine === shown) box.innerHTML = `<p class="error">${escapeHtml(t('error'))}: ${escapeHtml(e.message)}</p>`;
  }
}

async function expand(id) {
  const fy = state.fy ? Number(state.fy) : null;
  const data = await gql(`query($from: ID!, $direction: Direction, $fy: Int) {
    linkage(from: $from, direction: $direction, maxDepth: 1, fiscalYear: $fy) { ${SUBGRAPH} } }`,
  { from: id, direction: state.direction, fy });
  const fresh = add(data.linkage.nodes, data.linkage.edges);
  if (state.mode === 'province') {
    const at = cy.getElementById(id).position();
    fresh.nodes().layout({ name: 'circle', boundingBox: { x1: at.x - 120, y1: at.y + 40, w: 240, h: 160 }, animate: false }).run();
  } else {
    layout();
  }
  await fetchNames();
  status();
  legend();
}

// ---- paths between two entities ----------------------------------------------------------------------------------

async function paths() {
  const from = $('path-from').value.trim();
  const to = $('path-to').value.trim();
  if (!from || !to) return;
  const list = $('path-list');
  list.innerHTML = `<li>${escapeHtml(t('loading'))}</li>`;
  try {
    const data = await gql(`query($from: ID!, $to: ID!) { linkPaths(from: $from, to: $to, maxLength: 6, first: 5) {
      length ${SUBGRAPH} } }`, { from, to });
    cy.elements().removeClass('path');
    if (!data.linkPaths.length) { list.innerHTML = `<li>${escapeHtml(t('explore.noPath'))}</li>`; return; }
    let fresh = cy.collection();
    for (const path of data.linkPaths) {
      fresh = fresh.union(add(path.nodes, path.edges));
      path.nodes.forEach(n => cy.getElementById(n.id).addClass('path'));
      path.edges.forEach(e => cy.getElementById(`${e.from}|${e.type}|${e.to}`).addClass('path'));
    }
    if (fresh.nonempty()) layout();
    await fetchNames();
    list.innerHTML = data.linkPaths.map(p => `<li>${p.length} ${escapeHtml(t('explore.steps'))}: ${
      p.nodes.map(n => `<span title="${escapeHtml(n.id)}">${escapeHtml(n.name)}</span>`).join(' → ')}</li>`).join('');
    status();
    legend();
  } catch (e) {
    list.innerHTML = `<li class="error">${escapeHtml(e.message)}</li>`;
  }
}

// ---- export ------------------------------------------------------------------------------------------------------

function exportPng() {
  download(`phakee-${state.focus}.png`, cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }));
}

function nodesCsv() {
  const rows = cy.nodes().map(n => {
    const d = n.data();
    const money = state.names.get(d.id)?.baht;
    return [d.id, d.label, d.kind ?? '', d.name, d.nameEn ?? '', money ?? ''];
  });
  download(`phakee-${state.focus}-nodes.csv`, toCsv(['id', 'label', 'kind', 'name', 'name_en', 'baht'], rows));
}

function edgesCsv() {
  const rows = state.edges.filter(e => cy.getElementById(e.from).nonempty())
    .map(e => [e.from, e.to, e.type, e.role ?? '', e.via ?? '', e.via ? state.names.get(e.via)?.name ?? '' : '', e.stated ?? '']);
  download(`phakee-${state.focus}-edges.csv`, toCsv(['from', 'to', 'type', 'role', 'via', 'via_name', 'stated'], rows));
}

// ---- controls ----------------------------------------------------------------------------------------------------

function sync() {
  $('focus').value = state.focus;
  $('mode').value = state.mode;
  $('direction').value = state.direction;
  $('depth').value = String(state.depth);
  $('fy').value = state.fy;
  $('layout').value = state.layout;
  const url = new URL(location.href);
  url.search = '';
  url.searchParams.set('focus', state.focus);
  if (state.mode) url.searchParams.set('mode', state.mode);
  if (state.direction !== 'BOTH') url.searchParams.set('direction', state.direction);
  if (state.depth !== 4) url.searchParams.set('depth', state.depth);
  if (state.fy) url.searchParams.set('fy', state.fy);
  history.replaceState(null, '', url);
}

/** Search-as-you-type suggestions for an id field, from the `search` field. */
function suggest(input, list) {
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const text = input.value.trim();
      if (text.length < 2) return;
      const data = await gql(`query($text: String!) { search(text: $text, first: 10) { type name node { id } } }`, { text });
      list.innerHTML = data.search.map(h => `<option value="${escapeHtml(h.node.id)}">${escapeHtml(labelName(h.type))}: ${escapeHtml(h.name)}</option>`).join('');
    }, 200);
  });
}

async function start() {
  header('/explore', () => { cy.nodes().forEach(n => n.data('caption', caption(n.data()))); status(); legend();
    if (state.rows) rowsTable(state.rows); const sel = cy.$('node:selected'); showDetails(sel.nonempty() ? sel.id() : state.focus); });
  const years = await gql('{ summary { budgetByYear { key } } }');
  for (const y of years.summary.budgetByYear) {
    $('fy').insertAdjacentHTML('beforeend', `<option value="${escapeHtml(y.key)}">${escapeHtml(fiscalYear(y.key))}</option>`);
  }
  if (!state.mode) state.mode = /^TH-\d\d$/.test(state.focus) ? 'province' : 'walk';
  sync();
  $('controls').addEventListener('submit', e => {
    e.preventDefault();
    const focus = $('focus').value.trim();
    if (focus !== state.focus && !$('mode').dataset.touched) state.mode = /^TH-\d\d$/.test(focus) ? 'province' : 'walk';
    else state.mode = $('mode').value;
    Object.assign(state, { focus, direction: $('direction').value, depth: Number($('depth').value), fy: $('fy').value, layout: $('layout').value });
    $('mode').dataset.touched = '';
    sync();
    draw();
  });
  $('mode').addEventListener('change', () => { $('mode').dataset.touched = '1'; });
  $('layout').addEventListener('change', () => { state.layout = $('layout').value; if (state.mode !== 'province') layout(); });
  $('png').onclick = exportPng;
  $('nodes-csv').onclick = nodesCsv;
  $('edges-csv').onclick = edgesCsv;
  $('find-paths').onclick = paths;
  suggest($('focus'), $('focus-hits'));
  suggest($('path-from'), $('from-hits'));
  suggest($('path-to'), $('to-hits'));
  cy.on('tap', 'node', e => showDetails(e.target.id()));
  cy.on('dbltap', 'node', e => expand(e.target.id()));
  await draw();
}

start();
