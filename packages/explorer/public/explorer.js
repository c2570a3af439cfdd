// The govgraph explorer: search by name or alias, a map of the focus's interdependencies (governance
// or force layout, filters, folding groups), a board view preset, a path view between two entities,
// a timeline, export (SVG, PNG, print to PDF), permalinks, saved views and an embed mode. Every
// answer comes from the GraphQL API; the view lives in the URL.
import cytoscape from './vendor/cytoscape.esm.min.mjs';
import {
  loadDataCoverage,
  loadVocabulary,
  loadDiagram,
  loadEntity,
  loadEntitySummary,
  loadHistory,
  loadPaths,
  loadPersonDependentLinks,
  loadSources,
  searchEntities,
} from './graphql-client.js';
import { el, showEntity, showGroupBox, showLink, showLinkGroup, showMessage } from './details-panel.js';
import { filterDiagram, personDependentSets } from './filters.js';
import { createGraphView, linkCurve, squaredDistanceToLink } from './graph-view.js';
import { createTimelineView } from './timeline-view.js';
import { downloadPng, downloadSvg, embedSnippet, graphSvg } from './export-view.js';
import { deleteSavedView, listSavedViews, parseViewState, saveView, serialiseViewState } from './view-state.js';
import { EVIDENCE_LINK_KINDS, confidenceTerms, entityKindTerms, kindLabel, linkKindLabel, longDate, setVocabulary, statusLabel, statusTerms } from './vocabulary.js';

// The UMD extensions loaded before this module set these globals.
cytoscape.use(window.cytoscapeElk);
cytoscape.use(window.cytoscapeFcose);
cytoscape.use(window.cytoscapeSvg);

const DAY_MS = 86_400_000;
const $ = (id) => document.getElementById(id);
const ui = {
  searchForm: $('search-form'),
  searchText: $('search-text'),
  suggestions: $('search-suggestions'),
  searchMessage: $('search-message'),
  searchResults: $('search-results'),
  depth: $('depth'),
  layout: $('layout'),
  duty: $('duty'),
  includeEnded: $('include-ended'),
  slider: $('as-of-slider'),
  sliderLabel: $('as-of-label'),
  years: $('as-of-years'),
  date: $('as-of-date'),
  latestDate: $('latest-date'),
  coverageNote: $('coverage-note'),
  title: $('diagram-title'),
  graph: $('graph'),
  legend: $('legend'),
  onePersonNotes: $('one-person-notes'),
  nodeList: $('node-list'),
  linkList: $('link-list'),
  details: $('details-body'),
  drawer: $('details'),
  status: $('status'),
  kindFilters: $('kind-filters'),
  statusFilters: $('status-filters'),
  confidenceFilters: $('confidence-filters'),
  onePerson: $('one-person'),
  evidenceLinks: $('evidence-links'),
  showTimeline: $('show-timeline'),
  timelinePanel: $('timeline-panel'),
  permalink: $('permalink'),
  viewName: $('view-name'),
  savedViews: $('saved-views'),
  embedSnippet: $('embed-snippet'),
  embedOpen: $('embed-open'),
  printImage: $('print-image'),
  pathFromName: $('path-from-name'),
  pathToName: $('path-to-name'),
};

const todayIso = new Date().toISOString().slice(0, 10);
const state = parseViewState(location.search);
/** What the page knows besides the view: coverage by area, duties seen, names of path ends, the last drawing. */
const session = { coverage: new Map(), focusArea: undefined, duties: new Map(), names: new Map(), request: 0, doc: null, personDependent: null, firstDay: '2012-01-01', drawn: 0 };

const graph = createGraphView(cytoscape, ui.graph, { onSelect: (id) => selectElement(id), onOpen: (id) => openEntity(id) });
const timeline = createTimelineView($('timeline'), { onPickDay: (day) => setAsOf(day) });
// Exposed for debugging in the browser console and for the end-to-end tests.
window.govgraphExplorer = { cy: graph.cy, graph, state, session, timeline, graphSvg: () => graphSvg(graph.cy), geometry: { linkCurve, squaredDistanceToLink } };

if (state.embed) document.body.classList.add('embed');

function setStatus(text, isError = false) {
  ui.status.textContent = text;
  ui.status.classList.toggle('error', isError);
}

/** The day drawn: the one chosen, else the latest the data covers, else today. */
function effectiveAsOf() {
  return state.asOf ?? coverageOf(session.focusArea)?.latest ?? coverageOf(undefined)?.latest ?? todayIso;
}

function coverageOf(area) {
  return session.coverage.get(area ?? '') ?? null;
}

async function ensureCoverage(area) {
  if (!session.coverage.has(area ?? '')) session.coverage.set(area ?? '', await loadDataCoverage(area));
  return coverageOf(area);
}

function saveUrl() {
  const query = serialiseViewState(state);
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
  ui.permalink.value = location.href;
  ui.embedSnippet.value = embedSnippet(location.href, ui.title.textContent);
  const plain = new URL(location.href);
  plain.searchParams.delete('embed');
  ui.embedOpen.href = plain.href;
}

// ----- as-of controls -------------------------------------------------------------------------

const dayIndex = (iso) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${session.firstDay}T00:00:00Z`)) / DAY_MS);
const dayAt = (index) => new Date(Date.parse(`${session.firstDay}T00:00:00Z`) + index * DAY_MS).toISOString().slice(0, 10);

/** Sets the slider's range: from 1 January of the year the data starts (2012 at the latest) to today or the data's end. */
function initDateRange() {
  const coverage = coverageOf(session.focusArea);
  const firstYear = Math.min(2012, Number((coverage?.earliest ?? '2012').slice(0, 4)));
  session.firstDay = `${firstYear}-01-01`;
  const lastDay = coverage?.latest && coverage.latest > todayIso ? coverage.latest : todayIso;
  ui.slider.max = String(dayIndex(lastDay));
  ui.date.min = session.firstDay;
  ui.date.max = lastDay;
  ui.years.replaceChildren();
  for (let year = firstYear; year <= Number(lastDay.slice(0, 4)); year++) ui.years.append(el('option', { value: dayIndex(`${year}-01-01`), label: String(year) }));
  showDate(effectiveAsOf());
}

function showDate(iso) {
  ui.slider.value = String(dayIndex(iso));
  ui.slider.setAttribute('aria-valuetext', longDate(iso));
  ui.sliderLabel.textContent = iso;
  ui.date.value = iso;
  const coverage = coverageOf(session.focusArea);
  const latest = coverage?.latest;
  let note;
  if (!latest) note = `As of ${longDate(iso)}.`;
  else if (iso === latest) note = `As of ${longDate(iso)}: the latest date the data covers${coverage.latestSource ? ` (${coverage.latestSource.name})` : ''}.`;
  else if (iso > latest) note = `As of ${longDate(iso)}: after the latest date the data covers (${longDate(latest)}), so it shows the graph as it stood then, assuming nothing has changed since.`;
  else note = `As of ${longDate(iso)}. The data covers up to ${longDate(latest)}.`;
  ui.coverageNote.textContent = note;
  timeline.setAsOf(iso);
}

let sliderTimer;
ui.slider.addEventListener('input', () => {
  showDate(dayAt(Number(ui.slider.value)));
  clearTimeout(sliderTimer);
  sliderTimer = setTimeout(() => setAsOf(dayAt(Number(ui.slider.value))), 250);
});
// Keyboard steps fire a change per key: wait for a pause before asking the API again.
ui.slider.addEventListener('change', () => {
  clearTimeout(sliderTimer);
  sliderTimer = setTimeout(() => setAsOf(dayAt(Number(ui.slider.value))), 150);
});
ui.date.addEventListener('change', () => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(ui.date.value)) setAsOf(ui.date.value);
});
ui.latestDate.addEventListener('click', () => {
  state.asOf = null;
  showDate(effectiveAsOf());
  refresh();
});

function setAsOf(iso) {
  if (iso === effectiveAsOf() && state.asOf) return;
  state.asOf = iso;
  showDate(iso);
  refresh();
}

// ----- search: a name or alias; one exact match focuses at once, several are suggested ------------

function suggest(hits, text) {
  ui.suggestions.hidden = false;
  ui.searchMessage.textContent = hits.length ? `${hits.length} match${hits.length === 1 ? 'es' : 'es'} for “${text}”: pick one.` : `Nothing matches “${text}”.`;
  ui.searchResults.replaceChildren(
    ...hits.map((hit) =>
      el(
        'li',
        {},
        el(
          'button',
          { type: 'button', 'data-id': hit.entity.id, onclick: () => pickSearchHit(hit) },
          hit.entity.nameAsOf || hit.entity.name,
          ' ',
          el('small', {}, `${kindLabel(hit.entity.kind).toLowerCase()}${hit.matchKind !== 'NAME' ? ` · ${hit.matchKind.toLowerCase().replace('_', ' ')}: ${hit.matched}` : ''}`),
        ),
      ),
    ),
  );
  graph.cy.resize();
}

function pickSearchHit(hit) {
  ui.suggestions.hidden = true;
  ui.searchResults.replaceChildren();
  ui.searchText.value = hit.entity.nameAsOf || hit.entity.name;
  ui.title.focus();
  setFocus(hit.entity.id);
}

// Only the latest search may show its answer: a suggestion search started while typing can resolve
// after the search the user then submitted, and must not put stale suggestions over its answer.
let searchSequence = 0;
let typingTimer;

async function runSearch(text, { autoFocus }) {
  const mine = ++searchSequence;
  const hits = await searchEntities(text, effectiveAsOf());
  if (mine !== searchSequence) return;
  const exact = hits.filter((hit) => hit.score >= 100);
  if (autoFocus && (hits.length === 1 || exact.length === 1)) {
    pickSearchHit(hits.length === 1 ? hits[0] : exact[0]);
    return;
  }
  suggest(hits, text);
  setStatus(hits.length > 1 ? `Several entities match “${text}”: pick one of the suggestions.` : hits.length ? '' : `Nothing matches “${text}”.`);
}

ui.searchForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = ui.searchText.value.trim();
  clearTimeout(typingTimer);
  if (!text) return;
  try {
    await runSearch(text, { autoFocus: true });
    ui.searchResults.querySelector('button')?.focus();
  } catch (error) {
    setStatus(`Search failed: ${error.message}`, true);
  }
});

ui.searchText.addEventListener('input', () => {
  clearTimeout(typingTimer);
  const text = ui.searchText.value.trim();
  if (text.length < 2) {
    searchSequence += 1;
    ui.suggestions.hidden = true;
    return;
  }
  typingTimer = setTimeout(() => runSearch(text, { autoFocus: false }).catch(() => {}), 300);
});

// ----- views, filters and controls ------------------------------------------------------------

function checkbox(container, name, value, label, checked, onChange) {
  const input = el('input', { type: 'checkbox', name, value, checked });
  input.addEventListener('change', onChange);
  container.append(el('label', { class: 'inline' }, input, ` ${label}`));
}

function selectedValues(container) {
  return [...container.querySelectorAll('input:checked')].map((input) => input.value);
}

function initFilters() {
  for (const [kind] of entityKindTerms().filter(([k]) => k !== 'Source' && k !== 'Meeting')) {
    checkbox(ui.kindFilters, 'kind', kind, kindLabel(kind), !state.hideKinds.includes(kind), () => {
      state.hideKinds = [...ui.kindFilters.querySelectorAll('input:not(:checked)')].map((input) => input.value);
      redraw();
    });
  }
  const keepAll = (list, values) => (list.length === 0 ? values : list);
  const STATUSES = statusTerms();
  const CONFIDENCES = confidenceTerms();
  for (const [status, label] of STATUSES) {
    checkbox(ui.statusFilters, 'status', status, label, keepAll(state.statuses, [status]).includes(status), () => {
      const kept = selectedValues(ui.statusFilters);
      state.statuses = kept.length === STATUSES.length ? [] : kept;
      redraw();
    });
  }
  for (const [confidence, label] of CONFIDENCES) {
    checkbox(ui.confidenceFilters, 'confidence', confidence, label, keepAll(state.confidences, [confidence]).includes(confidence), () => {
      const kept = selectedValues(ui.confidenceFilters);
      state.confidences = kept.length === CONFIDENCES.length ? [] : kept;
      redraw();
    });
  }
  ui.onePerson.checked = state.onePerson;
  ui.onePerson.addEventListener('change', () => {
    state.onePerson = ui.onePerson.checked;
    refresh();
  });
  ui.evidenceLinks.checked = state.linkKinds.some((k) => EVIDENCE_LINK_KINDS.includes(k));
  ui.evidenceLinks.addEventListener('change', () => {
    state.linkKinds = ui.evidenceLinks.checked ? [...GOVERNANCE_AND_EVIDENCE] : [];
    refresh();
  });
}

/** Every link kind: the evidence filter walks them all (the default walk leaves evidence out). */
const GOVERNANCE_AND_EVIDENCE = [
  'OVERSEES', 'LEADS', 'DELIVERS', 'REPORTS_TO', 'SUB_GROUP_OF', 'MEMBER_OF', 'SITS_ON', 'WORKS_FOR', 'IMPOSED_BY', 'BINDS', 'OWNS',
  'FEEDS_INTO', 'COMMISSIONS', 'SUCCEEDED_BY', 'ASSESSES', 'REQUIRES', 'LINKS_TO', ...EVIDENCE_LINK_KINDS,
];

ui.depth.value = String(state.depth);
ui.layout.value = state.layout;
ui.includeEnded.checked = state.includeEnded;
ui.showTimeline.checked = state.timeline;
ui.depth.addEventListener('change', () => {
  state.depth = Number(ui.depth.value);
  refresh();
});
ui.layout.addEventListener('change', () => {
  state.layout = ui.layout.value;
  redraw();
});
ui.duty.addEventListener('change', () => {
  state.duty = ui.duty.value;
  refresh();
});
ui.includeEnded.addEventListener('change', () => {
  state.includeEnded = ui.includeEnded.checked;
  refresh();
});
ui.showTimeline.addEventListener('change', () => {
  state.timeline = ui.showTimeline.checked;
  saveUrl();
  showTimeline();
});
for (const button of document.querySelectorAll('[data-view]')) {
  button.addEventListener('click', () => {
    state.view = button.dataset.view;
    refresh();
  });
}

function showViewButtons() {
  for (const button of document.querySelectorAll('[data-view]')) button.setAttribute('aria-pressed', String(button.dataset.view === state.view));
  document.body.dataset.view = state.view;
  document.body.dataset.pathEnds = state.pathFrom || state.pathTo ? 'chosen' : 'none';
  ui.pathFromName.textContent = state.pathFrom ? session.names.get(state.pathFrom) ?? state.pathFrom : '(pick an entity, then “Path from here”)';
  ui.pathToName.textContent = state.pathTo ? session.names.get(state.pathTo) ?? state.pathTo : '(pick another, then “Path to here”)';
}

function rememberDuties(nodes) {
  let added = false;
  for (const node of nodes) {
    if (node.data.kind === 'Duty' && !session.duties.has(node.data.id)) {
      session.duties.set(node.data.id, node.data.label);
      added = true;
    }
  }
  if (!added && ui.duty.options.length > 1) return;
  const options = [...session.duties].sort((a, b) => a[1].localeCompare(b[1]));
  ui.duty.replaceChildren(el('option', { value: '' }, 'all duties'), ...options.map(([id, label]) => el('option', { value: id }, label)));
  ui.duty.value = state.duty;
}

// ----- loading and drawing --------------------------------------------------------------------

function setFocus(id) {
  state.focus = id;
  state.selected = '';
  state.expanded = [];
  if (state.view === 'path') state.view = 'map';
  refresh();
}

function openEntity(id) {
  if (graph.doc?.elements.nodes.some((n) => n.data.id === id && !n.data.synthetic)) setFocus(id);
}

/** The diagram of a path view: every shortest path's nodes and links, drawn in the diagram's visual language. */
function pathDiagram(paths, style, asOf) {
  const nodes = new Map();
  const edges = new Map();
  for (const path of paths) {
    for (const node of path.nodes) {
      session.names.set(node.id, node.nameAsOf);
      const status = node.status.toLowerCase().replaceAll('_', '-');
      nodes.set(node.id, { data: { id: node.id, label: node.nameAsOf, kind: node.kind, status, confidence: node.confidence.toLowerCase() }, classes: `${node.kind}${status === 'proposed' || status === 'agreed' ? ' tentative' : ''}` });
    }
    for (const link of path.links) {
      const status = link.status.toLowerCase().replaceAll('_', '-');
      const label = `${linkKindLabel(link.kind)}${link.role ? ` (${link.role})` : ''}${status === 'in-force' ? '' : `, ${statusLabel(status)}`}`;
      edges.set(link.id, { data: { id: link.id, source: link.fromId, target: link.toId, kind: link.kind, label, status, confidence: link.confidence.toLowerCase(), role: link.role }, classes: `${link.kind}${status === 'proposed' || status === 'agreed' ? ' tentative' : ''}` });
    }
  }
  const from = nodes.get(state.pathFrom);
  if (from) from.classes += ' focus';
  const title = `Path from ${session.names.get(state.pathFrom) ?? state.pathFrom} to ${session.names.get(state.pathTo) ?? state.pathTo} as of ${longDate(asOf)}`;
  return { data: { title, asOf, focus: state.pathFrom }, elements: { nodes: [...nodes.values()], edges: [...edges.values()] }, style };
}

async function loadView(asOf) {
  if (state.view === 'board') {
    // The diagrams package's board view preset: the same selection as `govgraph diagram`'s default.
    const board = await loadDiagram({ focus: state.focus, preset: 'BOARD', asOf, includeEnded: state.includeEnded });
    board.data = { ...board.data, title: `Board view: ${board.data.title}` };
    return board;
  }
  if (state.view === 'path') {
    if (!state.pathFrom || !state.pathTo) return null;
    const [paths, styleDoc] = await Promise.all([loadPaths(state.pathFrom, state.pathTo, asOf), session.doc ? Promise.resolve(session.doc) : loadDiagram({ focus: state.pathFrom, depth: 0, asOf })]);
    return pathDiagram(paths, styleDoc.style, asOf);
  }
  return loadDiagram({ focus: state.focus, depth: state.depth, duty: state.duty, asOf, includeEnded: state.includeEnded, kinds: state.linkKinds });
}

async function refresh() {
  saveUrl();
  showViewButtons();
  if (!state.focus && state.view !== 'path') {
    setStatus('Search for a body, duty or person, then pick it to draw its interdependencies.');
    return;
  }
  const request = ++session.request;
  try {
    const focusForArea = state.view === 'path' ? state.pathFrom || state.focus : state.focus;
    if (focusForArea) {
      const summary = await loadEntitySummary(focusForArea, state.asOf ?? todayIso);
      if (!summary) throw Object.assign(new Error(`no entity with id "${focusForArea}"`), { code: 'NOT_FOUND' });
      session.focusArea = summary.area ?? undefined;
      session.names.set(summary.id, summary.nameAsOf);
      await ensureCoverage(session.focusArea);
      // Only a new area changes the slider's range; resetting it on every load would undo key
      // presses made while the graph was loading.
      if (session.rangeArea !== (session.focusArea ?? '')) {
        session.rangeArea = session.focusArea ?? '';
        initDateRange();
      }
    }
    const asOf = effectiveAsOf();
    setStatus(`Loading as of ${longDate(asOf)}…`);
    const [doc, pairs] = await Promise.all([
      loadView(asOf),
      (state.onePerson && state.view === 'map') || state.view === 'board' ? loadPersonDependentLinks(state.focus, asOf) : Promise.resolve(null),
    ]);
    if (request !== session.request) return;
    if (!doc) {
      graph.cy.elements().remove();
      ui.title.textContent = 'Pick two entities for a path';
      setStatus('Select an entity and choose “Path from here”, then another and “Path to here”.');
      return;
    }
    session.personDependent = pairs && state.view === 'map' ? personDependentSets(pairs) : null;
    session.pairs = pairs;
    if (state.view !== 'path') session.doc = doc;
    await draw(doc, request);
  } catch (error) {
    if (request !== session.request) return;
    setStatus(error.code === 'NOT_FOUND' ? `Not found: ${error.message}` : `Could not load the graph: ${error.message}`, true);
  }
}

/** Draws again from the diagram already loaded (filters, layout and groups change nothing on the server). */
async function redraw() {
  saveUrl();
  if (graph.doc) await draw(graph.doc, ++session.request);
}

async function draw(doc, request) {
  ui.title.textContent = doc.data.title;
  const layout = state.view === 'map' ? state.layout : state.view === 'board' ? 'board' : 'governance';
  const fold = state.view === 'map' ? 'leaves' : state.view === 'board' ? 'compounds' : false;
  const laidOut = await graph.draw(doc, state, { personDependent: session.personDependent, layout, fold, direction: state.view === 'path' ? 'RIGHT' : 'DOWN' });
  if (!laidOut || request !== session.request) return;
  session.drawn++;
  rememberDuties(doc.elements.nodes);
  drawLegend(doc);
  drawOnePersonNotes(state.view === 'board' ? session.pairs : null);
  fillLists(doc);
  if (state.selected) reselect(state.selected);
  if (state.view === 'path' && state.pathFrom && state.pathTo) graph.highlight([]);
  const shown = graph.cy.nodes().length;
  const pairs = session.pairs ? ` ${session.pairs.length} pair${session.pairs.length === 1 ? '' : 's'} of bodies rest on one person.` : '';
  const date = longDate(doc.data.asOf);
  setStatus(state.view === 'path' && !doc.elements.nodes.length ? `No governance path within 6 links as of ${date}.` : `Showing ${shown} nodes and ${graph.cy.edges().length} links as of ${date}.${pairs}`);
  saveUrl();
  ui.printImage.src = graph.cy.png({ full: true, scale: 2, bg: '#ffffff' });
  document.body.dataset.drawn = String(session.drawn);
  if (state.timeline) showTimeline();
}

/** The legend's character for a line end, filled then hollow, by the stylesheet's target-arrow-shape (the diagrams package's glyphs). */
const LINE_END_GLYPHS = { triangle: ['\u25B6', '\u25B7'], diamond: ['\u25C6', '\u25C7'], circle: ['\u25CF', '\u25CB'] };

function drawLegend(doc) {
  const kinds = [...new Set(graph.cy.nodes().map((n) => n.data('kind')))].filter((kind) => kind && kind !== 'group').sort();
  const linkKinds = [...new Set(graph.cy.edges().map((e) => e.data('kind')))].filter(Boolean).sort();
  const styleOf = (selector) => doc.style.find((rule) => rule.selector === selector)?.style ?? {};
  ui.legend.replaceChildren(
    el('strong', {}, `As of ${longDate(doc.data.asOf)}`),
    ...kinds.map((kind) => {
      const style = styleOf(`node.${kind}`);
      return el('span', {}, el('span', { class: 'swatch', style: `background:${style['background-color']};border-color:${style['border-color']}` }), kindLabel(kind));
    }),
    // Each colour and end of line on the map says which kind of link it is: name every kind drawn.
    ...linkKinds.map((kind) => {
      const style = styleOf(`edge.${kind}`);
      const colour = style['line-color'] ?? '#555';
      const end = LINE_END_GLYPHS[style['target-arrow-shape']]?.[style['target-arrow-fill'] === 'hollow' ? 1 : 0] ?? '';
      return el('span', { 'data-link-kind': kind }, el('span', { class: 'line', 'data-end': end, style: `border-color:${colour};color:${colour}` }), linkKindLabel(kind));
    }),
    el('span', {}, el('span', { class: 'line', style: 'border-top-style:dashed;border-color:#555' }), `not yet in force (${statusLabel('proposed')}, ${statusLabel('agreed')}, ${statusLabel('scheduled')})`),
    el('span', {}, el('span', { class: 'line', style: 'border-top-width:4px;border-color:#555' }), 'statutory'),
    el('span', {}, el('span', { class: 'line', style: `border-color:${styleOf('edge.single-person')['line-color'] ?? '#e36c09'}` }), 'rests on one person'),
    el('span', {}, el('span', { class: 'line', style: 'border-color:#b7b7b7' }), statusLabel('ended')),
    el('span', {}, el('span', { class: 'swatch', style: 'border-style:double;border-width:3px;background:#fff' }), 'folded group (select it to open)'),
  );
}

// The risk Sefton's 2022 report names, said in words on the board's page (and its print): links
// between boards that rest on one person, with who that person is.
function drawOnePersonNotes(pairs) {
  ui.onePersonNotes.hidden = !pairs;
  if (!pairs) return ui.onePersonNotes.replaceChildren();
  ui.onePersonNotes.replaceChildren(
    el('strong', {}, pairs.length ? 'Links that rest on one person' : 'No link around this partnership rests on one person'),
    ...(pairs.length ? [el('ul', {}, ...pairs.map((pair) => el('li', { 'data-bodies': pair.bodies.map((b) => b.id).join(' '), title: pair.explanation }, onePersonNote(pair))))] : []),
  );
}

/** One line a printed page has room for; the analytics' full explanation is the line's hover text. */
function onePersonNote(pair) {
  const bodies = pair.bodies.map((b) => b.name).join(' and ');
  const people = pair.people.map((p) => p.person.name).join(' and ');
  const one = pair.people.length === 1;
  return pair.basis === 'PERSON_ONLY' ? `${bodies}: joined only through ${people}` : `${bodies}: ${people} ${one ? 'is the only person' : 'are the only people'} on both`;
}

function fillLists(doc) {
  const visible = filterDiagram(doc, state, session.personDependent);
  const labels = new Map(doc.elements.nodes.map((n) => [n.data.id, n.data.label]));
  const nodes = doc.elements.nodes.filter((n) => visible.nodes.has(n.data.id));
  const edges = doc.elements.edges.filter((e) => visible.edges.has(e.data.id));
  fillList(ui.nodeList, nodes, (n) => [n.data.label, el('span', { class: 'kind' }, ` ${kindLabel(n.data.kind).toLowerCase()}${n.data.ended ? ` · ${statusLabel('ended')}` : ''}`)]);
  fillList(ui.linkList, edges, (e) => [
    `${labels.get(e.data.source)} `,
    el('span', { class: 'kind' }, `${e.data.label}${e.data.singlePerson ? ' · rests on one person' : ''}${e.data.ended ? ` · ${statusLabel('ended')}` : ''}`),
    ` ${labels.get(e.data.target)}`,
  ]);
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

// ----- selection and the details panel ----------------------------------------------------------

const panelActions = {
  onFocus: (id) => setFocus(id),
  onPathFrom: (id) => {
    state.pathFrom = id;
    showViewButtons();
    if (state.pathTo && state.pathTo !== id) showPath();
    else saveUrl();
  },
  onPathTo: (id) => {
    state.pathTo = id;
    showViewButtons();
    if (state.pathFrom && state.pathFrom !== id) showPath();
    else saveUrl();
  },
  onToggleGroup: (id) => {
    const open = new Set(state.expanded);
    if (open.has(id)) open.delete(id);
    else open.add(id);
    state.expanded = [...open];
    state.selected = id;
    redraw();
  },
};

function showPath() {
  state.view = 'path';
  state.selected = '';
  refresh();
}
$('show-path').addEventListener('click', () => (state.pathFrom && state.pathTo ? showPath() : setStatus('Choose both ends first: select an entity, then “Path from here” or “Path to here”.', true)));
$('clear-path').addEventListener('click', () => {
  state.pathFrom = '';
  state.pathTo = '';
  if (state.view === 'path') state.view = 'map';
  refresh();
});

function groupInfo(id) {
  const members = graph.groups.get(id);
  if (!members) return null;
  const noun = graph.cy.$id(id).data('memberNoun') ?? 'members';
  return { id, members: members.length, noun, open: state.expanded.includes(id) };
}

function reselect(id) {
  const drawnId = graph.select(id);
  markSelected(id);
  return drawnId;
}

async function selectElement(id) {
  const doc = graph.doc;
  if (!doc) return;
  const drawnId = reselect(id);
  state.selected = id;
  saveUrl();
  if (!state.embed) ui.drawer.hidden = false;
  const drawnElement = drawnId ? graph.cy.$id(drawnId) : null;
  const labels = new Map(doc.elements.nodes.map((n) => [n.data.id, n.data.label]));
  const node = doc.elements.nodes.find((n) => n.data.id === id);
  const edge = doc.elements.edges.find((e) => e.data.id === id);
  try {
    if (node || (drawnElement?.isNode() && drawnElement.data('synthetic'))) {
      if (drawnElement?.data('synthetic') && drawnId === id) {
        showGroupBox(ui.details, drawnElement.data('name') ?? drawnElement.data('label'), (drawnElement.data('groupOf') ?? []).map((m) => labels.get(m) ?? m), groupInfo(id), panelActions);
        return;
      }
      const entity = await loadEntity(id, effectiveAsOf());
      session.names.set(id, entity?.nameAsOf);
      if (entity) showEntity(ui.details, entity, panelActions, groupInfo(id));
      else showMessage(ui.details, labels.get(id) ?? 'Not found', 'This entity is no longer in the graph.');
      if (state.embed && entity) setStatus(`Selected: ${entity.nameAsOf}`);
    } else if (edge) {
      const sources = await loadSources((edge.data.sources || []).map((s) => s.source));
      showLink(ui.details, edge.data, labels.get(edge.data.source), labels.get(edge.data.target), sources);
      if (state.embed) setStatus(`Selected: ${labels.get(edge.data.source)} → ${edge.data.label} → ${labels.get(edge.data.target)}`);
    } else if (drawnElement?.data('links')) {
      const links = drawnElement.data('links').map((linkId) => doc.elements.edges.find((e) => e.data.id === linkId)).filter(Boolean);
      const sources = await loadSources(links.flatMap((l) => (l.data.sources || []).map((s) => s.source)));
      const title = `${graph.cy.$id(drawnElement.data('source')).data('name') ?? ''} → ${drawnElement.data('label')} → ${graph.cy.$id(drawnElement.data('target')).data('name') ?? ''}`;
      showLinkGroup(ui.details, title, links.map((l) => ({ data: l.data, fromLabel: labels.get(l.data.source), toLabel: labels.get(l.data.target) })), sources);
    }
  } catch (error) {
    showMessage(ui.details, 'Could not load the details', error.message);
  }
}

$('close-details').addEventListener('click', closeDetails);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !ui.drawer.hidden) closeDetails();
});

function closeDetails() {
  ui.drawer.hidden = true;
  graph.select('');
  markSelected('');
  state.selected = '';
  saveUrl();
}

// ----- zoom, groups, timeline -------------------------------------------------------------------

function zoomBy(factor) {
  graph.cy.zoom({ level: graph.cy.zoom() * factor, renderedPosition: { x: graph.cy.width() / 2, y: graph.cy.height() / 2 } });
}
$('zoom-in').addEventListener('click', () => zoomBy(1.4));
$('zoom-out').addEventListener('click', () => zoomBy(1 / 1.4));
$('zoom-fit').addEventListener('click', () => graph.fit());
$('expand-all').addEventListener('click', () => {
  state.expanded = [...graph.groups.keys()];
  redraw();
});
$('collapse-all').addEventListener('click', () => {
  state.expanded = [];
  redraw();
});

async function showTimeline() {
  ui.timelinePanel.hidden = !state.timeline;
  graph.cy.resize();
  if (!state.timeline || !state.focus) return;
  try {
    const coverage = coverageOf(session.focusArea);
    const first = `${Math.min(2012, Number((coverage?.earliest ?? '2012').slice(0, 4)))}-01-01`;
    const lastYear = Math.max(Number((coverage?.latest ?? todayIso).slice(0, 4)), Number(effectiveAsOf().slice(0, 4)));
    // A year past the data's end, so marks near the end are not cut off.
    const span = { first, last: `${lastYear + 1}-12-31` };
    const history = await loadHistory(state.focus, Math.min(state.depth, 2), state.linkKinds, span.first, span.last);
    const model = timeline.render(history, span, effectiveAsOf());
    $('timeline').dataset.rows = String(model.rows.length);
  } catch (error) {
    setStatus(`Could not load the timeline: ${error.message}`, true);
  }
}

// ----- export and share -------------------------------------------------------------------------

$('export-svg').addEventListener('click', () => downloadSvg(graph.cy, ui.title.textContent));
$('export-png').addEventListener('click', () => downloadPng(graph.cy, ui.title.textContent));
$('print').addEventListener('click', () => window.print());
window.addEventListener('beforeprint', () => {
  if (graph.cy.nodes().length) ui.printImage.src = graph.cy.png({ full: true, scale: 3, bg: '#ffffff' });
});
$('copy-link').addEventListener('click', async () => {
  ui.permalink.select();
  try {
    await navigator.clipboard.writeText(ui.permalink.value);
    setStatus('Link copied.');
  } catch {
    setStatus('Copy the selected link with Ctrl+C.');
  }
});

function fillSavedViews() {
  const views = listSavedViews(localStorage);
  ui.savedViews.replaceChildren(...(views.length ? views.map((v) => el('option', { value: v.name }, v.name)) : [el('option', { value: '' }, '(none saved yet)')]));
}
$('save-view').addEventListener('click', () => {
  try {
    const name = saveView(localStorage, ui.viewName.value, state);
    fillSavedViews();
    ui.savedViews.value = name;
    setStatus(`Saved the view as “${name}”.`);
  } catch (error) {
    setStatus(`Could not save the view: ${error.message}`, true);
  }
});
$('open-view').addEventListener('click', () => {
  const view = listSavedViews(localStorage).find((v) => v.name === ui.savedViews.value);
  if (view) location.search = view.query;
});
$('delete-view').addEventListener('click', () => {
  if (!ui.savedViews.value) return;
  deleteSavedView(localStorage, ui.savedViews.value);
  fillSavedViews();
});

// ----- start ------------------------------------------------------------------------------------

fillSavedViews();
showViewButtons();
ui.timelinePanel.hidden = !state.timeline;
Promise.all([loadVocabulary().then(setVocabulary), ensureCoverage(undefined)])
  .catch((error) => setStatus(`Could not reach the API: ${error.message}`, true))
  .then(() => {
    initFilters();
    initDateRange();
    if (state.focus || (state.view === 'path' && state.pathFrom && state.pathTo)) refresh();
    else setStatus('Search for a body, duty or person, then pick it to draw its interdependencies.');
  });
