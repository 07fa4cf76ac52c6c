// The landing page: search as you type (the `search` field), links to the pages, the API examples.
import { gql, header, t, labelName, escapeHtml } from './phakee.js';
import { apiExamples } from './examples.js';

const input = document.getElementById('search');
const hits = document.getElementById('hits');
let asked = 0;

async function search() {
  const text = input.value.trim();
  const mine = ++asked;
  if (!text) { hits.innerHTML = ''; return; }
  try {
    const data = await gql(`query($text: String!) { search(text: $text, first: 12) { type name score node { id } } }`, { text });
    if (mine !== asked) return; // a later keystroke already asked
    hits.innerHTML = data.search.length === 0 ? `<li class="none">${escapeHtml(t('home.noHits'))}</li>`
      : data.search.map(h => `<li><a href="/explore?focus=${encodeURIComponent(h.node.id)}">
          <span class="badge type-${h.type}">${escapeHtml(labelName(h.type))}</span>
          <span class="name" lang="th">${escapeHtml(h.name)}</span> <code>${escapeHtml(h.node.id)}</code></a></li>`).join('');
  } catch (e) {
    if (mine === asked) hits.innerHTML = `<li class="error">${escapeHtml(t('error'))}: ${escapeHtml(e.message)}</li>`;
  }
}

let timer;
input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 150); });
input.addEventListener('keydown', e => {
  if (e.key === 'Enter') { const first = hits.querySelector('a'); if (first) location.href = first.href; }
});

async function examples() {
  const list = await apiExamples();
  document.getElementById('examples').innerHTML = list.map((ex, i) =>
    `<li><a href="/graphiql?example=${i}">${escapeHtml(ex.title)}</a></li>`).join('');
}

header('/', search);
examples();
if (input.value) search();
