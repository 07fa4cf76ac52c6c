// Shared by the pages: GraphQL over HTTP, Thai/English texts, money and fiscal-year formatting, CSV and downloads.
// Plain ES module, no build step; the libraries (Cytoscape.js, ECharts, marked) come from WebJars served by the app.

/** POST /graphql; resolves to `data`, or rejects with the first error's message. */
export async function gql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map(e => e.message).join('; '));
  }
  return body.data;
}

// ---- language ------------------------------------------------------------------------------------------------

const TEXTS = {
  th: {
    'nav.home': 'หน้าแรก', 'nav.explore': 'สำรวจความเชื่อมโยง', 'nav.dashboard': 'แดชบอร์ด', 'nav.graphiql': 'GraphiQL',
    'nav.docs': 'เอกสาร', 'lang.switch': 'English',
    'home.title': 'ภาคี: ภาคีการพัฒนาชุมชนของประเทศไทยในรูปกราฟ',
    'home.lead': 'แผนตั้งแต่ยุทธศาสตร์ชาติจนถึงแผนชุมชน หน่วยงาน จังหวัด โครงการ และงบประมาณ ทุกข้อเท็จจริงอ้างอิงบรรทัดของเอกสารราชการ 5 ฉบับ',
    'home.search': 'ค้นหาแผน โครงการ หน่วยงาน จังหวัด ตัวชี้วัด …', 'home.searchLabel': 'ค้นหาทุกอย่างในกราฟ',
    'home.noHits': 'ไม่พบ', 'home.explore': 'สำรวจความเชื่อมโยงของแผน จังหวัด หรือหน่วยงาน: กราฟ งบประมาณ และบรรทัดที่อ้างอิง',
    'home.dashboard': 'งบประมาณตามระดับแผน จังหวัด ภาค หน่วยงาน และปีงบประมาณ; ความครอบคลุม; จำนวน',
    'home.graphiql': 'ถาม API ด้วย GraphQL พร้อมตัวอย่างที่รันได้ทันที', 'home.docs': 'คู่มือ API ตัวอย่าง แบบจำลองกราฟ และชุดข้อมูล',
    'home.examples': 'ตัวอย่างที่รันได้ใน GraphiQL', 'home.try': 'ลองดู: ',
    'explore.title': 'สำรวจความเชื่อมโยง', 'explore.focus': 'จุดเริ่ม (id)', 'explore.direction': 'ทิศทาง',
    'explore.depth': 'ความลึก', 'explore.fy': 'ปีงบประมาณ', 'explore.allYears': 'ทุกปี', 'explore.draw': 'วาด',
    'explore.mode': 'มุมมอง', 'explore.mode.walk': 'เดินตามความเชื่อมโยง (linkage)', 'explore.mode.province': 'แถวความเชื่อมโยงของจังหวัด',
    'dir.UP': 'ขึ้น (สู่ยุทธศาสตร์ชาติ)', 'dir.DOWN': 'ลง (สู่โครงการและเงิน)', 'dir.BOTH': 'ทั้งสองทาง',
    'explore.png': 'บันทึกภาพ PNG', 'explore.nodesCsv': 'โหนด CSV', 'explore.edgesCsv': 'เส้นเชื่อม CSV',
    'explore.paths': 'เส้นทางระหว่างสองจุด', 'explore.pathFrom': 'จาก', 'explore.pathTo': 'ถึง', 'explore.findPaths': 'หาเส้นทาง',
    'explore.noPath': 'ไม่พบเส้นทาง', 'explore.pathN': 'เส้นทาง', 'explore.steps': 'ขั้น',
    'explore.clickHint': 'คลิกโหนดเพื่อดูรายละเอียด เงิน และบรรทัดที่อ้างอิง; ดับเบิลคลิกเพื่อขยายเพื่อนบ้าน',
    'explore.expand': 'ขยายเพื่อนบ้าน', 'explore.refocus': 'ตั้งเป็นจุดเริ่ม', 'explore.setFrom': 'เป็นต้นทาง', 'explore.setTo': 'เป็นปลายทาง',
    'explore.citations': 'อ้างอิง', 'explore.money': 'เงิน', 'explore.noMoney': 'ไม่มีตัวเลขงบประมาณ', 'explore.details': 'รายละเอียด',
    'explore.rows': 'แถวความเชื่อมโยง', 'explore.nodes': 'โหนด', 'explore.edges': 'เส้นเชื่อม', 'explore.empty': 'ไม่มีอะไรเชื่อมโยง',
    'col.communityStrategy': 'ประเด็นยุทธศาสตร์แผนชุมชน', 'col.via': 'หน่วยงานที่เชื่อมโยง', 'col.provincialStrategy': 'ประเด็นยุทธศาสตร์จังหวัด',
    'col.provincialPlan': 'แผนพัฒนาจังหวัด', 'col.projects': 'โครงการ', 'col.money': 'เงิน', 'col.sources': 'อ้างอิง',
    'money.total': 'รวม', 'money.totalBudget': 'งบประมาณของโครงการ', 'money.budgets': 'ตัวเลขงบประมาณที่ระบุ', 'money.rollup': 'งบประมาณรวมทั้งแผน (นับครั้งเดียว)',
    'money.budgetTotal': 'งบประมาณในจังหวัด', 'money.byYear': 'ตามปี',
    'dash.title': 'แดชบอร์ด', 'dash.region': 'ภาค (พอช.)', 'dash.province': 'จังหวัด', 'dash.all': 'ทั้งหมด',
    'dash.byProvince': 'เงินตามจังหวัด', 'dash.byRegion': 'เงินตามภาค', 'dash.byLevel': 'เงินตามระดับแผน',
    'dash.byAgency': 'เงินตามหน่วยงาน', 'dash.byYear': 'เงินตามปีงบประมาณ', 'dash.coverage': 'จังหวัดที่มีแผนชุมชนเชื่อมโยงกับยุทธศาสตร์จังหวัด',
    'dash.counts': 'จำนวน', 'dash.planLevels': 'จำนวนแผนตามระดับ', 'dash.connected': 'หน่วยงานที่เชื่อมโยงมากที่สุด', 'dash.csv': 'ดาวน์โหลด CSV',
    'dash.table': 'ตาราง', 'dash.linked': 'เชื่อมโยงแล้ว', 'dash.notLinked': 'ยังไม่พบ', 'dash.noData': 'ไม่มีข้อมูลในขอบเขตนี้',
    'th.key': 'รหัส', 'th.name': 'ชื่อ', 'th.baht': 'บาท', 'th.figures': 'จำนวนตัวเลข', 'th.count': 'จำนวน', 'th.degree': 'ความสัมพันธ์',
    'docs.title': 'เอกสาร', 'baht': 'บาท', 'loading': 'กำลังโหลด…', 'error': 'ผิดพลาด',
  },
  en: {
    'nav.home': 'Home', 'nav.explore': 'Explorer', 'nav.dashboard': 'Dashboard', 'nav.graphiql': 'GraphiQL',
    'nav.docs': 'Docs', 'lang.switch': 'ภาษาไทย',
    'home.title': "Phakee: Thailand's community development partnerships as a graph",
    'home.lead': 'Plans from the national strategy down to community plans, agencies, provinces, projects and budgets; every fact cites a line of five Thai government documents.',
    'home.search': 'Search plans, projects, agencies, provinces, indicators …', 'home.searchLabel': 'Search everything in the graph',
    'home.noHits': 'Nothing found', 'home.explore': 'Explore the linkage of a plan, province or agency: the graph, its money and the lines it cites',
    'home.dashboard': 'Money by plan level, province, region, agency and fiscal year; coverage; counts',
    'home.graphiql': 'Ask the API in GraphQL, with ready-to-run examples', 'home.docs': 'The API by example, the graph model and the dataset',
    'home.examples': 'Ready-to-run examples in GraphiQL', 'home.try': 'Try: ',
    'explore.title': 'Linkage explorer', 'explore.focus': 'Focus (id)', 'explore.direction': 'Direction',
    'explore.depth': 'Depth', 'explore.fy': 'Fiscal year', 'explore.allYears': 'All years', 'explore.draw': 'Draw',
    'explore.mode': 'View', 'explore.mode.walk': 'Walk the linkage', 'explore.mode.province': "Province's linkage rows",
    'dir.UP': 'Up (towards the national strategy)', 'dir.DOWN': 'Down (towards projects and money)', 'dir.BOTH': 'Both',
    'explore.png': 'Save PNG', 'explore.nodesCsv': 'Nodes CSV', 'explore.edgesCsv': 'Edges CSV',
    'explore.paths': 'Paths between two entities', 'explore.pathFrom': 'From', 'explore.pathTo': 'To', 'explore.findPaths': 'Find paths',
    'explore.noPath': 'No path found', 'explore.pathN': 'Path', 'explore.steps': 'steps',
    'explore.clickHint': 'Click a node for its details, money and cited lines; double-click to expand its neighbours',
    'explore.expand': 'Expand neighbours', 'explore.refocus': 'Focus here', 'explore.setFrom': 'Path from here', 'explore.setTo': 'Path to here',
    'explore.citations': 'Citations', 'explore.money': 'Money', 'explore.noMoney': 'No budget figure', 'explore.details': 'Details',
    'explore.rows': 'Linkage rows', 'explore.nodes': 'nodes', 'explore.edges': 'edges', 'explore.empty': 'Nothing linked',
    'col.communityStrategy': 'Community plan strategy', 'col.via': 'Linking agency', 'col.provincialStrategy': 'Provincial strategy',
    'col.provincialPlan': 'Provincial plan', 'col.projects': 'Projects', 'col.money': 'Money', 'col.sources': 'Sources',
    'money.total': 'Total', 'money.totalBudget': "Project's budget", 'money.budgets': 'Budget figures stated', 'money.rollup': "Plan's roll-up (each figure once)",
    'money.budgetTotal': 'Money in the province', 'money.byYear': 'By year',
    'dash.title': 'Dashboard', 'dash.region': 'Region (CODI)', 'dash.province': 'Province', 'dash.all': 'All',
    'dash.byProvince': 'Money by province', 'dash.byRegion': 'Money by region', 'dash.byLevel': 'Money by plan level',
    'dash.byAgency': 'Money by agency', 'dash.byYear': 'Money by fiscal year', 'dash.coverage': 'Provinces with a community plan linked to a provincial strategy',
    'dash.counts': 'Counts', 'dash.planLevels': 'Plans by level', 'dash.connected': 'Most connected agencies', 'dash.csv': 'Download CSV',
    'dash.table': 'Table', 'dash.linked': 'linked', 'dash.notLinked': 'none found', 'dash.noData': 'No data in this scope',
    'th.key': 'Key', 'th.name': 'Name', 'th.baht': 'Baht', 'th.figures': 'Figures', 'th.count': 'Count', 'th.degree': 'Relationships',
    'docs.title': 'Docs', 'baht': 'baht', 'loading': 'Loading…', 'error': 'Error',
  },
};

/** Thai names of the plan levels (schema enum PlanLevel) and of the labels; English falls back to readable words. */
const LEVELS_TH = {
  NATIONAL_STRATEGY: 'ยุทธศาสตร์ชาติ', NATIONAL_STRATEGY_GOAL: 'เป้าหมายยุทธศาสตร์ชาติ', MASTER_PLAN: 'แผนแม่บท',
  SUB_PLAN: 'แผนย่อย', REFORM_PLAN: 'แผนการปฏิรูปประเทศ', NESDP: 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ', NESDP_MILESTONE: 'หมุดหมาย',
  SDG_GOAL: 'เป้าหมาย SDG', SDG_TARGET: 'เป้าประสงค์ SDG', LEVEL3_PLAN: 'แผนระดับที่ 3', BUDGET_STRATEGY: 'ยุทธศาสตร์การจัดสรรงบประมาณ',
  BUDGET_PLAN: 'แผนงานงบประมาณ', AGENCY_PLAN: 'แผนของหน่วยงาน', STRATEGIC_ISSUE: 'ประเด็นยุทธศาสตร์', PROGRAMME: 'แผนงาน',
  SUB_PROGRAMME: 'แผนงานย่อย', OUTPUT: 'ผลผลิต', PROVINCIAL_PLAN: 'แผนพัฒนาจังหวัด', PROVINCIAL_STRATEGY: 'ประเด็นยุทธศาสตร์จังหวัด',
  LOCAL_PLAN: 'แผนพัฒนาท้องถิ่น', REGIONAL_PLAN: 'แผนพัฒนาภาค', COMMUNITY_PLAN: 'แผนชุมชน', COMMUNITY_STRATEGY: 'ประเด็นยุทธศาสตร์แผนชุมชน',
};
const LABELS_TH = {
  Plan: 'แผน', Project: 'โครงการ', Budget: 'งบประมาณ', Agency: 'หน่วยงาน', Council: 'สภาองค์กรชุมชน', Community: 'ชุมชน',
  Region: 'ภาค', Province: 'จังหวัด', District: 'อำเภอ', Tambon: 'ตำบล', Indicator: 'ตัวชี้วัด', Observation: 'ค่าที่วัดได้',
  Source: 'เอกสาร', PLAN: 'แผน', PROJECT: 'โครงการ', AGENCY: 'หน่วยงาน', COUNCIL: 'สภาองค์กรชุมชน', COMMUNITY: 'ชุมชน',
  REGION: 'ภาค', PROVINCE: 'จังหวัด', DISTRICT: 'อำเภอ', TAMBON: 'ตำบล', INDICATOR: 'ตัวชี้วัด', SOURCE: 'เอกสาร',
};

export function lang() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'th' || asked === 'en') {
    localStorage.setItem('phakee.lang', asked);
    return asked;
  }
  return localStorage.getItem('phakee.lang') === 'en' ? 'en' : 'th';
}

export function t(key) {
  return TEXTS[lang()][key] ?? TEXTS.en[key] ?? key;
}

const words = s => s.toLowerCase().replaceAll('_', ' ').replace(/^./, c => c.toUpperCase());

/** A plan level's name in the current language. */
export function levelName(level) {
  if (!level) return '';
  return lang() === 'th' ? (LEVELS_TH[level] ?? level) : words(level);
}

/** A label's (or EntityType's) name in the current language. */
export function labelName(label) {
  if (!label) return '';
  return lang() === 'th' ? (LABELS_TH[label] ?? label) : (label === label.toUpperCase() ? words(label) : label);
}

/** Fills every [data-i18n] element with its text and [data-i18n-placeholder] with its placeholder. */
export function applyTexts(root = document) {
  document.documentElement.lang = lang();
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-title]').forEach(el => { el.title = t(el.dataset.i18nTitle); });
}

/** The header every page shares: navigation and the Thai/English switch (which calls `onSwitch`). */
export function header(current, onSwitch = () => {}) {
  const nav = document.createElement('header');
  nav.className = 'top';
  const links = [['/', 'nav.home'], ['/explore', 'nav.explore'], ['/dashboard', 'nav.dashboard'],
    ['/graphiql', 'nav.graphiql'], ['/docs', 'nav.docs']];
  nav.innerHTML = `<a class="brand" href="/">ภาคี <small>Phakee</small></a><nav>${
    links.map(([href, key]) => `<a href="${href}" data-i18n="${key}"${href === current ? ' aria-current="page"' : ''}></a>`).join('')
  }</nav><button type="button" id="lang-switch" data-i18n="lang.switch"></button>`;
  document.body.prepend(nav);
  nav.querySelector('#lang-switch').addEventListener('click', () => {
    localStorage.setItem('phakee.lang', lang() === 'th' ? 'en' : 'th');
    const url = new URL(location.href);
    url.searchParams.delete('lang');
    history.replaceState(null, '', url);
    applyTexts();
    onSwitch();
  });
  applyTexts();
}

// ---- numbers -------------------------------------------------------------------------------------------------

const GROUPED = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 0 });

/** Whole baht with thousands separators: "136,912,500 บาท" (Arabic digits, as the documents' tables print). */
export function baht(amount) {
  return amount == null ? '' : `${GROUPED.format(amount)} ${t('baht')}`;
}

/** The number alone, grouped: "136,912,500". */
export function grouped(n) {
  return n == null ? '' : GROUPED.format(n);
}

/** Million baht, exactly, from whole baht: 5834104700 → "5,834.1047". */
export function millionBaht(amount) {
  const whole = Math.trunc(amount / 1e6);
  const rest = String(Math.abs(amount) % 1e6).padStart(6, '0').replace(/0+$/, '');
  return GROUPED.format(whole) + (rest ? '.' + rest : '');
}

/** A Buddhist-Era fiscal year with its Common-Era year: "2563 (2020)". */
export function fiscalYear(be) {
  if (be == null || be === '') return '';
  const n = Number(be);
  return lang() === 'th' ? `พ.ศ. ${n} (ค.ศ. ${n - 543})` : `FY${n} BE (${n - 543} CE)`;
}

export function shortYear(be) {
  const n = Number(be);
  return `${n} (${n - 543})`;
}

// ---- text, tables, files -------------------------------------------------------------------------------------

export function escapeHtml(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** RFC 4180 CSV: a header row and rows of cells (quoted where needed), CRLF line ends. */
export function toCsv(columns, rows) {
  const cell = v => {
    const s = v == null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [columns, ...rows].map(r => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Saves a file in the browser: CSV with a UTF-8 byte-order mark, so that spreadsheets read the Thai. */
export function download(name, content, type = 'text/csv;charset=utf-8') {
  const blob = content instanceof Blob ? content
    : new Blob([type.startsWith('text/csv') ? '\uFEFF' : '', content], { type });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

/** A citation as HTML: "000:355 · title" and the quoted line. */
export function citationHtml(c) {
  return `<li class="citation"><span class="cite">${escapeHtml(c.source.id)}:${c.line}</span>
    <span class="doc">${escapeHtml(c.source.title ?? '')}</span>
    <blockquote lang="th">${escapeHtml(c.text ?? '')}</blockquote></li>`;
}

export const CITATION = 'line text source { id title }';
