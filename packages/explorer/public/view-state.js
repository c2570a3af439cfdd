// What the page shows, as plain data: read from and written to the URL (so a view can be shared as
// a link), and kept by name in localStorage (saved views). No DOM here, so Node tests import it.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const VIEWS = ['map', 'board', 'path'];
const LAYOUTS = ['governance', 'force'];
const LIST_FIELDS = ['hideKinds', 'statuses', 'confidences', 'expanded', 'linkKinds'];

/** The view a fresh page shows. */
export function defaultViewState() {
  return {
    focus: '',
    depth: 1,
    duty: '',
    // null: the latest day the data covers (worked out when the focus is known).
    asOf: null,
    includeEnded: false,
    view: 'map',
    layout: 'governance',
    timeline: false,
    // Entity kinds hidden; statuses and confidences kept (empty: all); link kinds walked (empty: the default).
    hideKinds: [],
    statuses: [],
    confidences: [],
    linkKinds: [],
    onePerson: false,
    // Groups (an organisation's people, an Act's sections) shown open.
    expanded: [],
    pathFrom: '',
    pathTo: '',
    selected: '',
    embed: false,
  };
}

function list(text) {
  return (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** Reads a view from a URL query (a URLSearchParams or its text); anything unreadable keeps its default. */
export function parseViewState(query) {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state = defaultViewState();
  state.focus = params.get('focus') ?? '';
  const depth = Number(params.get('depth'));
  if (params.has('depth') && Number.isInteger(depth) && depth >= 0 && depth <= 4) state.depth = depth;
  state.duty = params.get('duty') ?? '';
  if (DAY.test(params.get('asOf') ?? '')) state.asOf = params.get('asOf');
  state.includeEnded = params.get('includeEnded') === 'true';
  if (VIEWS.includes(params.get('view'))) state.view = params.get('view');
  if (LAYOUTS.includes(params.get('layout'))) state.layout = params.get('layout');
  state.timeline = params.get('timeline') === 'true';
  for (const field of LIST_FIELDS) state[field] = list(params.get(field));
  state.onePerson = params.get('onePerson') === 'true';
  state.pathFrom = params.get('pathFrom') ?? '';
  state.pathTo = params.get('pathTo') ?? '';
  state.selected = params.get('selected') ?? '';
  state.embed = params.get('embed') === '1' || params.get('embed') === 'true';
  return state;
}

/** Writes a view as a URL query, leaving defaults out so links stay short. Stable order. */
export function serialiseViewState(state) {
  const defaults = defaultViewState();
  const params = new URLSearchParams();
  if (state.focus) params.set('focus', state.focus);
  if (state.depth !== defaults.depth) params.set('depth', String(state.depth));
  if (state.duty) params.set('duty', state.duty);
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.includeEnded) params.set('includeEnded', 'true');
  if (state.view !== defaults.view) params.set('view', state.view);
  if (state.layout !== defaults.layout) params.set('layout', state.layout);
  if (state.timeline) params.set('timeline', 'true');
  for (const field of LIST_FIELDS) if (state[field]?.length) params.set(field, [...state[field]].sort().join(','));
  if (state.onePerson) params.set('onePerson', 'true');
  if (state.pathFrom) params.set('pathFrom', state.pathFrom);
  if (state.pathTo) params.set('pathTo', state.pathTo);
  if (state.selected) params.set('selected', state.selected);
  if (state.embed) params.set('embed', '1');
  return params.toString();
}

const SAVED_VIEWS_KEY = 'govgraph.explorer.savedViews';

/** The saved views, by name (sorted), each the URL query it restores. */
export function listSavedViews(storage) {
  try {
    const saved = JSON.parse(storage.getItem(SAVED_VIEWS_KEY) ?? '{}');
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return [];
    return Object.entries(saved)
      .filter(([name, query]) => typeof name === 'string' && typeof query === 'string')
      .map(([name, query]) => ({ name, query }))
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}

function writeSavedViews(storage, views) {
  storage.setItem(SAVED_VIEWS_KEY, JSON.stringify(Object.fromEntries(views.map((v) => [v.name, v.query]))));
}

/** Saves (or replaces) a view under a name; the embed flag is never saved. */
export function saveView(storage, name, state) {
  const trimmed = String(name).trim();
  if (!trimmed) throw new Error('a saved view needs a name');
  const views = listSavedViews(storage).filter((v) => v.name !== trimmed);
  views.push({ name: trimmed, query: serialiseViewState({ ...state, embed: false }) });
  writeSavedViews(storage, views);
  return trimmed;
}

/** Forgets a saved view. */
export function deleteSavedView(storage, name) {
  writeSavedViews(storage, listSavedViews(storage).filter((v) => v.name !== name));
}
