// The govgraph explorer: search, focus and depth, a duty filter, an as-of slider from 2012 to
// today, a Cytoscape graph drawn from the API's `diagram(format: CYTOSCAPE)`, keyboard-navigable
// lists of the same nodes and links, and a side panel with details and sources.
import cytoscape from './vendor/cytoscape.esm.min.mjs';
import { loadDiagram, loadEntity, loadSources, searchEntities } from './graphql-client.js';
import { el, showEntity, showLink, showMessage } from './details-panel.js';

const FIRST_DAY = '2012-01-01';
const DAY_MS = 86_400_000;

const $ = (id) => document.getElementById(id);
const ui = {
  searchForm: $('search-form'),
  searchText: $('search-text'),
  searchResults: $('search-results'),
  depth: $('depth'),
  duty: $('duty'),
  includeEnded: $('include-ended'),
  slider: $('as-of-slider'),
  sliderLabel: $('as-of-label'),
  years: $('as-of-years'),
  date: $('as-of-date'),
  title: $('diagram-title'),
  graph: $('graph'),
  legend: $('legend'),
  nodeList: $('node-list'),
  linkList: $('link-list'),
  details: $('details'),
  status: $('status'),
};

const todayIso = new Date().toISOString().slice(0, 10);
const dayIndex = (iso) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${FIRST_DAY}T00:00:00Z`)) / DAY_MS);
const dayAt = (index) => new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + index * DAY_MS).toISOString().slice(0, 10);

const params = new URLSearchParams(location.search);
const state = {
  focus: params.get('focus') || '',
  depth: Number(params.get('depth') ?? 1),
  duty: params.get('duty') || '',
  asOf: /^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') || '') ? params.get('asOf') : todayIso,
  includeEnded: params.get('includeEnded') === 'true',
  duties: new Map(),
  request: 0,
};

const cy = cytoscape({ container: ui.graph, elements: [], boxSelectionEnabled: false, autoungrabify: false });
// Exposed for debugging in the browser console and for the end-to-end test.
window.govgraphExplorer = { cy, state };

function setStatus(text, isError = false) {
  ui.status.textContent = text;
  ui.status.classList.toggle('error', isError);
}

function saveUrl() {
  const next = new URLSearchParams();
  if (state.focus) next.set('focus', state.focus);
  next.set('depth', String(state.depth));
  if (state.duty) next.set('duty', state.duty);
  next.set('asOf', state.asOf);
  if (state.includeEnded) next.set('includeEnded', 'true');
  history.replaceState(null, '', `?${next}`);
}

// ----- as-of controls -------------------------------------------------------------------------

function initDateControls() {
  ui.slider.max = String(dayIndex(todayIso));
  ui.date.max = todayIso;
  for (let year = 2012; year <= Number(todayIso.slice(0, 4)); year++) ui.years.append(el('option', { value: dayIndex(`${year}-01-01`), label: String(year) }));
  showDate(state.asOf);
  let timer;
  ui.slider.addEventListener('input', () => {
    showDate(dayAt(Number(ui.slider.value)));
    clearTimeout(timer);
    timer = setTimeout(() => setAsOf(dayAt(Number(ui.slider.value))), 250);
  });
  // Keyboard steps fire a change per key: wait for a pause before asking the API again.
  ui.slider.addEventListener('change', () => {
    clearTimeout(timer);
    timer = setTimeout(() => setAsOf(dayAt(Number(ui.slider.value))), 150);
  });
  ui.date.addEventListener('change', () => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(ui.date.value)) setAsOf(ui.date.value);
  });
}

function showDate(iso) {
  ui.slider.value = String(dayIndex(iso));
  ui.slider.setAttribute('aria-valuetext', iso);
  ui.sliderLabel.textContent = iso;
  ui.date.value = iso;
}

function setAsOf(iso) {
  if (iso === state.asOf) return;
  state.asOf = iso;
  showDate(iso);
  refresh();
}

// ----- search -----------------------------------------------------------------------------------

ui.searchForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = ui.searchText.value.trim();
  if (!text) return;
  try {
    const hits = await searchEntities(text, state.asOf);
    ui.searchResults.replaceChildren(
      ...hits.map((hit) =>
        el(
          'li',
          {},
          el(
            'button',
            { type: 'button', 'data-id': hit.entity.id, onclick: () => {
              ui.searchResults.replaceChildren();
              ui.title.focus();
              setFocus(hit.entity.id);
            } },
            hit.entity.nameAsOf || hit.entity.name,
            ' ',
            el('small', {}, `${hit.entity.kind}${hit.matchKind !== 'NAME' ? ` · ${hit.matchKind.toLowerCase().replace('_', ' ')}: ${hit.matched}` : ''}`),
          ),
        ),
      ),
    );
    setStatus(hits.length ? `${hits.length} match${hits.length === 1 ? '' : 'es'} for “${text}”: pick one to focus on it.` : `Nothing matches “${text}”.`);
    cy.resize();
    ui.searchResults.querySelector('button')?.focus();
  } catch (error) {
    setStatus(`Search failed: ${error.message}`, true);
  }
});

// ----- filters ----------------------------------------------------------------------------------

ui.depth.value = String(state.depth);
ui.includeEnded.checked = state.includeEnded;
ui.depth.addEventListener('change', () => {
  state.depth = Number(ui.depth.value);
  refresh();
});
ui.duty.addEventListener('change', () => {
  state.duty = ui.duty.value;
  refresh();
});
ui.includeEnded.addEventListener('change', () => {
  state.includeEnded = ui.includeEnded.checked;
  refresh();
});

function rememberDuties(nodes) {
  let added = false;
  for (const node of nodes) {
    if (node.data.kind === 'Duty' && !state.duties.has(node.data.id)) {
      state.duties.set(node.data.id, node.data.label);
      added = true;
    }
  }
  if (!added && ui.duty.options.length > 1) return;
  const options = [...state.duties].sort((a, b) => a[1].localeCompare(b[1]));
  ui.duty.replaceChildren(el('option', { value: '' }, 'all duties'), ...options.map(([id, label]) => el('option', { value: id }, label)));
  ui.duty.value = state.duty;
}

// ----- the graph and the lists ------------------------------------------------------------------

function setFocus(id) {
  state.focus = id;
  refresh();
}

async function refresh() {
  saveUrl();
  if (!state.focus) return;
  const request = ++state.request;
  setStatus(`Loading ${state.focus} as of ${state.asOf}…`);
  try {
    const doc = await loadDiagram(state);
    if (request !== state.request) return;
    draw(doc);
    setStatus(`Showing ${doc.elements.nodes.length} nodes and ${doc.elements.edges.length} links around ${doc.data.title}.`);
  } catch (error) {
    if (request !== state.request) return;
    setStatus(error.code === 'NOT_FOUND' ? `Not found: ${error.message}` : `Could not load the graph: ${error.message}`, true);
  }
}

function draw(doc) {
  ui.title.textContent = doc.data.title;
  cy.batch(() => {
    cy.elements().remove();
    cy.style(doc.style);
    cy.add([...doc.elements.nodes.map((n) => ({ group: 'nodes', ...n })), ...doc.elements.edges.map((e) => ({ group: 'edges', ...e }))]);
  });
  // The page above the graph changes height (search results), so let Cytoscape re-measure where it is.
  cy.resize();
  const ring = ringOf(doc.data.focus);
  cy.layout({
    name: 'concentric',
    concentric: (node) => -(ring.get(node.id()) ?? ring.size),
    levelWidth: () => 1,
    minNodeSpacing: 12,
    avoidOverlap: true,
    padding: 16,
    animate: false,
  }).run();
  rememberDuties(doc.elements.nodes);
  drawLegend(doc);
  fillList(ui.nodeList, doc.elements.nodes, (n) => [n.data.label, el('span', { class: 'kind' }, ` ${n.data.kind}${n.data.ended ? ' · ended' : ''}`)]);
  fillList(ui.linkList, doc.elements.edges, (e) => [
    `${cy.$id(e.data.source).data('label')} `,
    el('span', { class: 'kind' }, `${e.data.label}${e.data.singlePerson ? ' · single person' : ''}${e.data.ended ? ' · ended' : ''}`),
    ` ${cy.$id(e.data.target).data('label')}`,
  ]);
}

/**
 * The ring of each node: the focus in the middle, then the nodes one hop away, two hops away, ...;
 * a crowded hop is split over several interleaved rings (at most 12 nodes each) so labels stay legible.
 */
function ringOf(focus) {
  const distance = new Map([[focus, 0]]);
  const byHop = [[focus]];
  for (let hop = 0; byHop[hop].length; hop++) {
    const next = [];
    for (const id of byHop[hop]) {
      for (const neighbour of cy.$id(id).neighborhood('node').sort((a, b) => (a.id() < b.id() ? -1 : 1))) {
        if (!distance.has(neighbour.id())) {
          distance.set(neighbour.id(), hop + 1);
          next.push(neighbour.id());
        }
      }
    }
    byHop.push(next);
  }
  const ring = new Map();
  let base = 0;
  for (const ids of byHop) {
    if (!ids.length) continue;
    const rings = Math.ceil(ids.length / 12);
    ids.forEach((id, index) => ring.set(id, base + (index % rings)));
    base += rings;
  }
  return ring;
}

function drawLegend(doc) {
  const kinds = [...new Set(doc.elements.nodes.map((n) => n.data.kind))].sort();
  const styleOf = (selector) => doc.style.find((rule) => rule.selector === selector)?.style ?? {};
  ui.legend.replaceChildren(
    ...kinds.map((kind) => {
      const style = styleOf(`node.${kind}`);
      return el('span', {}, el('span', { class: 'swatch', style: `background:${style['background-color']};border-color:${style['border-color']}` }), kind);
    }),
    el('span', {}, el('span', { class: 'line', style: 'border-top-style:dashed;border-color:#555' }), 'proposed / agreed'),
    el('span', {}, el('span', { class: 'line', style: `border-color:${styleOf('edge.single-person')['line-color']}` }), 'only link is one person'),
    el('span', {}, el('span', { class: 'line', style: 'border-color:#b7b7b7' }), 'ended'),
  );
}

function fillList(list, items, render) {
  list.replaceChildren(
    ...items.map((item, index) =>
      el(
        'li',
        { role: 'option', id: `item-${list.id}-${index}`, 'data-id': item.data.id, 'aria-selected': 'false', class: item.data.ended ? 'ended' : null, onclick: () => selectElement(item.data.id) },
        ...render(item),
      ),
    ),
  );
  list.removeAttribute('aria-activedescendant');
}

// Keyboard: the list is one tab stop; arrow keys, Home and End move the active option, Enter or Space selects it.
function keyboardList(list) {
  list.addEventListener('keydown', (event) => {
    const options = [...list.querySelectorAll('[role="option"]')];
    if (!options.length) return;
    const current = options.findIndex((o) => o.id === list.getAttribute('aria-activedescendant'));
    let next = current;
    if (event.key === 'ArrowDown') next = Math.min(options.length - 1, current + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, current - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = options.length - 1;
    else if ((event.key === 'Enter' || event.key === ' ') && current >= 0) {
      event.preventDefault();
      selectElement(options[current].dataset.id);
      return;
    } else return;
    event.preventDefault();
    options.forEach((o) => o.classList.remove('active'));
    const option = options[next];
    list.setAttribute('aria-activedescendant', option.id);
    option.classList.add('active');
    option.scrollIntoView({ block: 'nearest' });
  });
}
keyboardList(ui.nodeList);
keyboardList(ui.linkList);

function markSelected(id) {
  for (const option of document.querySelectorAll('.item-list [role="option"]')) option.setAttribute('aria-selected', String(option.dataset.id === id));
}

async function selectElement(id) {
  const element = cy.$id(id);
  if (element.empty()) return;
  cy.elements().unselect();
  element.select();
  markSelected(id);
  try {
    if (element.isNode()) {
      const entity = await loadEntity(id, state.asOf);
      if (entity) showEntity(ui.details, entity, setFocus);
      else showMessage(ui.details, id, 'This entity is no longer in the graph.');
    } else {
      const data = element.data();
      const sources = await loadSources((data.sources || []).map((s) => s.source));
      showLink(ui.details, data, element.source().data('label'), element.target().data('label'), sources);
    }
  } catch (error) {
    showMessage(ui.details, 'Could not load the details', error.message);
  }
}

function zoomBy(factor) {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}
$('zoom-in').addEventListener('click', () => zoomBy(1.4));
$('zoom-out').addEventListener('click', () => zoomBy(1 / 1.4));
$('zoom-fit').addEventListener('click', () => cy.fit(undefined, 16));

cy.on('tap', 'node, edge', (event) => selectElement(event.target.id()));
cy.on('dbltap', 'node', (event) => setFocus(event.target.id()));

initDateControls();
if (state.focus) refresh();
else setStatus('Search for a body, duty or person, then pick it to draw its interdependencies.');
