// The dashboard: charts of `summary` (ECharts), filtered by fiscal year, region and province; each chart's table
// is shown under it and downloads as CSV.
import { gql, header, t, lang, levelName, labelName, baht, grouped, millionBaht, fiscalYear, shortYear, escapeHtml, toCsv, download } from './phakee.js';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);
const state = { fy: params.get('fy') ?? '', region: params.get('region') ?? '', province: params.get('province') ?? '', summary: null };
const charts = new Map();
window.phakee = { charts, state };

const MONEY = 'key name total { baht } figures';
const SUMMARY = `query($fy: Int, $region: ID, $province: ID) {
  summary(fiscalYear: $fy, region: $region, province: $province) {
    counts { key count } planLevels { key count }
    budgetByPlanLevel { ${MONEY} } budgetByProvince { ${MONEY} } budgetByRegion { ${MONEY} }
    budgetByAgency { ${MONEY} } budgetByYear { ${MONEY} }
    mostConnectedAgencies(first: 10) { agency { id nameTh } degree }
    provincesWithLinkedCommunityPlans provinces
  } }`;

// ---- panels: each has a chart, a table and a CSV of that table -----------------------------------------------------

/** Money by a key: the chart's categories and the CSV's rows come from the same list, in the API's order. */
function moneyPanel(id, title, rows, { label = r => r.name ?? r.key, horizontal = false, top = 0 } = {}) {
  const shown = top ? rows.slice(0, top) : rows;
  return {
    id, title, horizontal,
    columns: ['key', 'name', 'baht', 'million_baht', 'figures'],
    csv: rows.map(r => [r.key, r.name ?? '', r.total.baht, millionBaht(r.total.baht).replaceAll(',', ''), r.figures]),
    table: [[t('th.key'), t('th.name'), t('th.baht'), t('th.figures')],
      rows.map(r => [escapeHtml(r.key), escapeHtml(label(r)), baht(r.total.baht), grouped(r.figures)])],
    numeric: [2, 3],
    option: barOption(shown.map(label), shown.map(r => r.total.baht), horizontal),
    empty: rows.length === 0,
  };
}

function countPanel(id, title, rows, label) {
  return {
    id, title,
    columns: ['key', 'count'],
    csv: rows.map(r => [r.key, r.count]),
    table: [[t('th.key'), t('th.count')], rows.map(r => [escapeHtml(label(r.key)), grouped(r.count)])],
    numeric: [1],
    option: barOption(rows.map(r => label(r.key)), rows.map(r => r.count), true, false),
    empty: rows.length === 0,
  };
}

function barOption(categories, values, horizontal, money = true) {
  const format = v => (money ? baht(v) : grouped(v));
  const category = { type: 'category', data: categories, inverse: horizontal,
    axisLabel: { width: horizontal ? 190 : 90, overflow: 'truncate', interval: 0, rotate: horizontal ? 0 : 30, fontSize: 11 } };
  const value = { type: 'value', axisLabel: { formatter: v => (money ? compact(v) : grouped(v)), fontSize: 10 } };
  return {
    animation: false,
    textStyle: { fontFamily: 'Sarabun, "Noto Sans Thai", Loma, Garuda, Tahoma, sans-serif' },
    grid: { left: horizontal ? 200 : 60, right: horizontal ? 120 : 30, top: 10, bottom: horizontal ? 25 : 80 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: [{ type: 'bar', data: values, itemStyle: { color: '#1f4e79' }, barMaxWidth: 28,
      label: { show: horizontal && values.length <= 40, position: 'right', formatter: p => format(p.value), fontSize: 10 } }],
  };
}

/** 136912500 → "136.9 ล้าน" / "136.9 M" for an axis. */
function compact(v) {
  const unit = lang() === 'th' ? ['', 'พัน', 'ล้าน', 'พันล้าน', 'ล้านล้าน'] : ['', 'k', 'M', 'bn', 'tn'];
  let i = 0;
  const steps = [1, 1e3, 1e6, 1e9, 1e12];
  while (i < 4 && Math.abs(v) >= steps[i + 1]) i++;
  return `${grouped(Math.round((v / steps[i]) * 10) / 10)}${unit[i] ? ' ' + unit[i] : ''}`;
}

function coveragePanel(s) {
  const linked = s.provincesWithLinkedCommunityPlans;
  const rest = s.provinces - linked;
  return {
    id: 'coverage', title: t('dash.coverage'),
    columns: ['linked_provinces', 'provinces'],
    csv: [[linked, s.provinces]],
    table: [[t('dash.linked'), t('dash.province')], [[grouped(linked), grouped(s.provinces)]]],
    numeric: [0, 1],
    lead: `<p class="big">${grouped(linked)} / ${grouped(s.provinces)}</p>`,
    option: {
      animation: false,
      textStyle: { fontFamily: 'Sarabun, "Noto Sans Thai", Loma, Garuda, Tahoma, sans-serif' },
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: ['45%', '70%'], label: { formatter: '{b}: {c}' },
        data: [{ name: t('dash.linked'), value: linked, itemStyle: { color: '#2e7d32' } },
          { name: t('dash.notLinked'), value: rest, itemStyle: { color: '#d8dee6' } }] }],
    },
    empty: s.provinces === 0,
  };
}

function connectedPanel(s) {
  const rows = s.mostConnectedAgencies;
  return {
    id: 'connected', title: t('dash.connected'),
    columns: ['agency', 'name', 'degree'],
    csv: rows.map(r => [r.agency.id, r.agency.nameTh, r.degree]),
    table: [[t('th.key'), t('th.name'), t('th.degree')], rows.map(r => [escapeHtml(r.agency.id), escapeHtml(r.agency.nameTh), grouped(r.degree)])],
    numeric: [2],
    option: barOption(rows.map(r => r.agency.nameTh), rows.map(r => r.degree), true, false),
    empty: rows.length === 0,
  };
}

/** English names of provinces and regions (the summary names its keys in Thai). */
const english = new Map();
const placeName = r => (lang() === 'en' && english.get(r.key)) || r.name || r.key;

function panels(s) {
  const yearLabel = r => shortYear(r.key);
  return [
    moneyPanel('by-province', t('dash.byProvince'), s.budgetByProvince, { horizontal: true, label: placeName }),
    moneyPanel('by-region', t('dash.byRegion'), s.budgetByRegion, { horizontal: true, label: placeName }),
    moneyPanel('by-level', t('dash.byLevel'), s.budgetByPlanLevel, { label: r => levelName(r.key), horizontal: true }),
    moneyPanel('by-agency', t('dash.byAgency'), s.budgetByAgency, { horizontal: true, top: 20 }),
    moneyPanel('by-year', t('dash.byYear'), s.budgetByYear, { label: yearLabel }),
    coveragePanel(s),
    countPanel('counts', t('dash.counts'), s.counts, labelName),
    countPanel('plan-levels', t('dash.planLevels'), s.planLevels, levelName),
    connectedPanel(s),
  ];
}

function render() {
  const s = state.summary;
  const list = panels(s);
  charts.forEach(c => c.dispose());
  charts.clear();
  $('panels').innerHTML = list.map(p => `<section class="panel" id="panel-${p.id}">
      <header><h2>${escapeHtml(p.title)}</h2>
        <button type="button" class="csv" data-panel="${p.id}">${escapeHtml(t('dash.csv'))}</button></header>
      ${p.lead ?? ''}
      ${p.empty ? `<p class="empty">${escapeHtml(t('dash.noData'))}</p>` : `<div class="chart" id="chart-${p.id}"></div>`}
      <details${p.id === 'by-province' ? ' open' : ''}><summary>${escapeHtml(t('dash.table'))}</summary><div class="scroll">
        <table class="data" id="table-${p.id}"><thead><tr>${p.table[0].map((h, i) =>
          `<th${p.numeric.includes(i) ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('')}</tr></thead>
        <tbody>${p.table[1].map(r => `<tr>${r.map((c, i) => `<td${p.numeric.includes(i) ? ' class="num money"' : ''}>${c}</td>`).join('')}</tr>`).join('')}</tbody>
        </table></div></details></section>`).join('');
  for (const p of list) {
    if (p.empty) continue;
    const el = $(`chart-${p.id}`);
    const bars = p.option.series[0].data.length;
    if (p.horizontal || p.option.yAxis?.type === 'category') el.style.height = `${Math.max(12, Math.min(60, bars * 1.6 + 3))}rem`;
    const chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(p.option);
    charts.set(p.id, chart);
  }
  document.querySelectorAll('button.csv').forEach(b => {
    const p = list.find(x => x.id === b.dataset.panel);
    b.onclick = () => download(`phakee-${p.id}${scopeSuffix()}.csv`, toCsv(p.columns, p.csv));
  });
  $('scope').textContent = [state.fy && fiscalYear(state.fy), state.region && $('region').selectedOptions[0]?.textContent,
    state.province && $('province').selectedOptions[0]?.textContent].filter(Boolean).join(' · ');
}

const scopeSuffix = () => [state.fy && `-fy${state.fy}`, state.region && `-${state.region}`, state.province && `-${state.province}`].filter(Boolean).join('');

async function load() {
  const url = new URL(location.href);
  url.search = '';
  for (const k of ['fy', 'region', 'province']) if (state[k]) url.searchParams.set(k, state[k]);
  history.replaceState(null, '', url);
  $('panels').innerHTML = `<p>${escapeHtml(t('loading'))}</p>`;
  try {
    const data = await gql(SUMMARY, { fy: state.fy ? Number(state.fy) : null, region: state.region || null, province: state.province || null });
    state.summary = data.summary;
    render();
  } catch (e) {
    $('panels').innerHTML = `<p class="error">${escapeHtml(t('error'))}: ${escapeHtml(e.message)}</p>`;
  }
}

async function provinces() {
  const data = await gql('query($region: ID) { provinces(region: $region) { id nameTh nameEn } }', { region: state.region || null });
  const select = $('province');
  select.length = 1;
  for (const p of data.provinces) select.add(new Option(lang() === 'en' && p.nameEn ? p.nameEn : p.nameTh, p.id));
  if (!data.provinces.some(p => p.id === state.province)) state.province = '';
  select.value = state.province;
}

async function start() {
  header('/dashboard', () => { fillYears(); if (state.summary) render(); });
  const data = await gql('{ summary { budgetByYear { key } } regions(scheme: CODI5) { id nameTh nameEn } provinces { id nameEn } }');
  for (const place of [...data.regions, ...data.provinces]) if (place.nameEn) english.set(place.id, place.nameEn);
  years = data.summary.budgetByYear.map(y => y.key);
  fillYears();
  for (const r of data.regions) $('region').add(new Option(lang() === 'en' && r.nameEn ? r.nameEn : r.nameTh, r.id));
  $('region').value = state.region;
  await provinces();
  $('fy').onchange = () => { state.fy = $('fy').value; load(); };
  $('region').onchange = async () => { state.region = $('region').value; await provinces(); load(); };
  $('province').onchange = () => { state.province = $('province').value; load(); };
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
  await load();
}

let years = [];
function fillYears() {
  const select = $('fy');
  select.length = 1;
  select.options[0].textContent = t('explore.allYears');
  for (const y of years) select.add(new Option(fiscalYear(y), y));
  select.value = state.fy;
}

start();
