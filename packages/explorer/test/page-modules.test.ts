/**
 * The page's pure modules (no DOM), imported as the browser imports them: the view state in the URL
 * and in saved views, the filters and folding groups over a diagram, the timeline's rows, bars and
 * marks, the guard that lets only http(s) addresses become links, and export names and snippets.
 */
import { describe, expect, it } from 'vitest';

/** Imports a module of `public/` (plain JavaScript; a non-literal specifier keeps TypeScript out of it). */
async function pageModule(name: string): Promise<any> {
  return import(new URL(`../public/${name}`, import.meta.url).href);
}

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const node = (id: string, kind: string, extra: Record<string, unknown> = {}) => ({ data: { id, label: id, kind, status: 'in-force', confidence: 'stated', ...extra }, classes: kind });
const edge = (id: string, kind: string, source: string, target: string, extra: Record<string, unknown> = {}) => ({ data: { id, kind, source, target, label: kind.toLowerCase(), status: 'in-force', confidence: 'stated', ...extra }, classes: kind });

/** A small diagram: a board, its sub-group, a duty, an employer with two people, two sections of one Act. */
function diagram() {
  return {
    data: { focus: 'board', title: 'Board as of 1 January 2022', asOf: '2022-01-01' },
    elements: {
      nodes: [
        { data: { id: 'group:council', kind: 'group', groupKind: 'employer', anchor: 'council', label: 'Council' }, classes: 'group' },
        { data: { id: 'group:act:Act 2000', kind: 'group', groupKind: 'act', label: 'Act 2000' }, classes: 'group' },
        { data: { id: 'group:board', kind: 'group', groupKind: 'body', anchor: 'board', label: 'Board' }, classes: 'group' },
        node('board', 'Body', { parent: 'group:board' }),
        node('sub', 'Body', { parent: 'group:board', status: 'agreed' }),
        node('duty', 'Duty'),
        node('council', 'Organisation', { parent: 'group:council' }),
        node('ann', 'Person', { parent: 'group:council' }),
        node('bob', 'Person', { parent: 'group:council', confidence: 'inferred' }),
        node('s1', 'Legislation', { parent: 'group:act:Act 2000' }),
        node('s2', 'Legislation', { parent: 'group:act:Act 2000' }),
        node('plan', 'Strategy'),
        node('old', 'Body', { ended: true }),
      ],
      edges: [
        edge('SUB_GROUP_OF:sub->board', 'SUB_GROUP_OF', 'sub', 'board', { status: 'agreed' }),
        edge('OVERSEES:board->duty', 'OVERSEES', 'board', 'duty'),
        edge('DELIVERS:sub->duty', 'DELIVERS', 'sub', 'duty'),
        edge('IMPOSED_BY:duty->s1', 'IMPOSED_BY', 'duty', 's1'),
        edge('IMPOSED_BY:duty->s2', 'IMPOSED_BY', 'duty', 's2'),
        edge('MEMBER_OF:council->board', 'MEMBER_OF', 'council', 'board'),
        edge('WORKS_FOR:ann->council', 'WORKS_FOR', 'ann', 'council'),
        edge('WORKS_FOR:bob->council', 'WORKS_FOR', 'bob', 'council'),
        edge('SITS_ON:ann->board', 'SITS_ON', 'ann', 'board'),
        edge('SITS_ON:bob->sub', 'SITS_ON', 'bob', 'sub', { confidence: 'inferred' }),
        edge('OWNS:board->plan', 'OWNS', 'board', 'plan'),
        edge('REPORTS_TO:old->board', 'REPORTS_TO', 'old', 'board', { ended: true }),
      ],
    },
    style: [],
  };
}

describe('view state', () => {
  it('round-trips a view through the URL, leaving defaults out', async () => {
    const { defaultViewState, parseViewState, serialiseViewState } = await pageModule('view-state.js');
    expect(serialiseViewState(defaultViewState())).toBe('');
    const view = { ...defaultViewState(), focus: 'board', depth: 2, asOf: '2022-09-08', layout: 'force', hideKinds: ['Person', 'Legislation'], onePerson: true, expanded: ['council'], view: 'board', timeline: true, embed: true };
    const query = serialiseViewState(view);
    expect(query).toBe('focus=board&depth=2&asOf=2022-09-08&view=board&layout=force&timeline=true&hideKinds=Legislation%2CPerson&expanded=council&onePerson=true&embed=1');
    expect(parseViewState(query)).toEqual({ ...view, hideKinds: ['Legislation', 'Person'] });
  });

  it('ignores what it cannot read', async () => {
    const { defaultViewState, parseViewState } = await pageModule('view-state.js');
    expect(parseViewState('depth=9&asOf=2022-13&view=nope&layout=spiral')).toEqual(defaultViewState());
  });

  it('saves, lists and deletes named views, never saving the embed flag', async () => {
    const { defaultViewState, deleteSavedView, listSavedViews, saveView } = await pageModule('view-state.js');
    const storage = new MemoryStorage();
    saveView(storage, ' Prevent ', { ...defaultViewState(), focus: 'prevent', embed: true });
    saveView(storage, 'Board', { ...defaultViewState(), focus: 'board' });
    expect(listSavedViews(storage)).toEqual([
      { name: 'Board', query: 'focus=board' },
      { name: 'Prevent', query: 'focus=prevent' },
    ]);
    expect(() => saveView(storage, '  ', defaultViewState())).toThrow();
    deleteSavedView(storage, 'Board');
    expect(listSavedViews(storage).map((v: { name: string }) => v.name)).toEqual(['Prevent']);
    storage.setItem('govgraph.explorer.savedViews', 'not json');
    expect(listSavedViews(storage)).toEqual([]);
  });
});

describe('filters and folding groups', () => {
  it('keeps kinds, statuses and confidences asked for, the focus always, and ended facts only when shown', async () => {
    const { defaultViewState } = await pageModule('view-state.js');
    const { filterDiagram } = await pageModule('filters.js');
    const doc = diagram();
    const all = filterDiagram(doc, defaultViewState());
    expect([...all.nodes]).not.toContain('group:board');
    expect([...all.nodes]).not.toContain('old');
    expect(filterDiagram(doc, { ...defaultViewState(), includeEnded: true }).edges.has('REPORTS_TO:old->board')).toBe(true);
    const noPeople = filterDiagram(doc, { ...defaultViewState(), hideKinds: ['Person', 'Body'] });
    expect([...noPeople.nodes].sort()).toEqual(['board', 'council', 'duty', 'plan', 's1', 's2']);
    const agreed = filterDiagram(doc, { ...defaultViewState(), statuses: ['AGREED'] });
    expect([...agreed.edges]).toEqual(['SUB_GROUP_OF:sub->board']);
    expect(filterDiagram(doc, { ...defaultViewState(), confidences: ['stated'] }).nodes.has('bob')).toBe(false);
  });

  it('keeps to the seats of person-dependent links with "rests on one person"', async () => {
    const { defaultViewState } = await pageModule('view-state.js');
    const { filterDiagram, personDependentSets } = await pageModule('filters.js');
    const sets = personDependentSets([{ bodies: [{ id: 'board' }, { id: 'sub' }], people: [{ person: { id: 'ann' }, seats: [{ link: { id: 'SITS_ON:ann->board' } }] }] }]);
    const kept = filterDiagram(diagram(), { ...defaultViewState(), onePerson: true }, sets);
    expect([...kept.nodes].sort()).toEqual(['ann', 'board', 'sub']);
    expect([...kept.edges]).toEqual(['SITS_ON:ann->board']);
  });

  it("folds people into their employer and sections into their Act, from the diagram's groups, not a body's sub-groups", async () => {
    const { foldingGroups } = await pageModule('filters.js');
    const { parentOf, groups, nestingLinks } = foldingGroups(diagram());
    expect(Object.fromEntries(parentOf)).toEqual({ ann: 'council', bob: 'council', s1: 'group:act:Act 2000', s2: 'group:act:Act 2000' });
    expect(groups.get('council')).toMatchObject({ members: ['ann', 'bob'], memberNoun: 'people', synthetic: false });
    expect(groups.get('group:act:Act 2000')).toMatchObject({ label: 'Act 2000', memberNoun: 'sections', synthetic: true });
    expect([...nestingLinks].sort()).toEqual(['WORKS_FOR:ann->council', 'WORKS_FOR:bob->council']);
  });

  it('says what a folded group holds, by kind, most first', async () => {
    const { foldedLabel, foldedSummary } = await pageModule('filters.js');
    expect(foldedSummary(['Person', 'Body', 'Person', 'Strategy', 'Body', 'Person'])).toBe('3 people, 2 bodies, 1 strategy or plan');
    expect(foldedLabel('Board', 'more', ['Person', 'Body', 'Person'])).toBe('Board (+3 more: 2 people, 1 body)');
    // One kind needs no "more": the count says it.
    expect(foldedLabel('Board', 'more', ['Strategy'])).toBe('Board (+1 strategy or plan)');
    expect(foldedLabel('Council', 'people', ['Person', 'Person'])).toBe('Council (+2 people)');
  });

  it('with leaves, folds what hangs from one node into it, but never a duty or the focus', async () => {
    const { foldingGroups } = await pageModule('filters.js');
    const { parentOf } = foldingGroups(diagram(), { leaves: true });
    expect(parentOf.get('plan')).toBe('board');
    expect(parentOf.has('duty')).toBe(false);
    expect(parentOf.has('board')).toBe(false);
    // The Act's box hangs from the duty alone, but a group never folds into another.
    expect(parentOf.get('s1')).toBe('group:act:Act 2000');
  });
});

describe('board layout', () => {
  const box = (id: string, kind: string, parent: string | null = null, w = 120, h = 60) => ({ id, kind, label: id, w, h, parent });
  const nodes = [
    box('board', 'Body', 'group:board'),
    box('sub', 'Body', 'group:board', 100),
    box('task', 'Body', 'group:board'),
    box('reporting', 'Body'),
    box('duty-a', 'Duty', 'group:duties', 200, 90),
    box('duty-b', 'Duty', 'group:duties'),
  ];
  const links = [
    { id: 'SUB_GROUP_OF:sub->board', kind: 'SUB_GROUP_OF', source: 'sub', target: 'board' },
    { id: 'SUB_GROUP_OF:task->board', kind: 'SUB_GROUP_OF', source: 'task', target: 'board' },
    { id: 'REPORTS_TO:reporting->board', kind: 'REPORTS_TO', source: 'reporting', target: 'board' },
    { id: 'OVERSEES:board->duty-a', kind: 'OVERSEES', source: 'board', target: 'duty-a' },
    { id: 'DELIVERS:task->duty-b', kind: 'DELIVERS', source: 'task', target: 'duty-b' },
  ];

  it('puts the groups answering to the board left of it, its duties right, and the bodies reporting to it below its box', async () => {
    const { boardLayout } = await pageModule('board-layout.js');
    const { positions, sides, widths } = boardLayout({ nodes, links, focus: 'board' });
    const at = (id: string) => positions.get(id) as { x: number; y: number };
    for (const id of ['sub', 'task', 'reporting']) expect(at(id).x).toBeLessThan(at('board').x);
    for (const id of ['duty-a', 'duty-b']) expect(at(id).x).toBeGreaterThan(at('board').x);
    // The sub-groups share a width and a column; the body reporting to the board is below both and the board.
    expect(widths.get('sub')).toBe(120);
    expect(at('sub').x).toBe(at('task').x);
    expect(at('reporting').y - 30).toBeGreaterThan(Math.max(at('sub').y, at('task').y, at('board').y) + 30);
    // The duties share a left edge: every link into them arrives at the same x.
    expect(at('duty-a').x - 100).toBe(at('duty-b').x - 60);
    // The group holding a duty itself comes first, with its duty, so its line passes above the board.
    expect(at('task').y).toBeLessThan(at('sub').y);
    expect(at('duty-b').y).toBeLessThan(at('duty-a').y);
    expect(Math.max(at('task').y, at('duty-b').y)).toBeLessThan(at('board').y - 30);
    expect(sides.get('SUB_GROUP_OF:sub->board')).toEqual({ source: 'right', target: 'left' });
    expect(sides.get('OVERSEES:board->duty-a')).toEqual({ source: 'right', target: 'left' });
  });

  it('leaves a view with groups inside groups to the layered layout', async () => {
    const { boardLayout } = await pageModule('board-layout.js');
    expect(boardLayout({ nodes: [...nodes, box('inner', 'Body', 'group:sub')], links, focus: 'board' })).toBeNull();
  });
});

describe('timeline model', () => {
  it('draws bodies and their governance links as bars, open where dates are unknown, with renames marked on their rows', async () => {
    const { timelineModel } = await pageModule('timeline-model.js');
    const history = {
      nodes: [
        { id: 'board', kind: 'Body', name: 'Board', status: 'IN_FORCE', validity: { from: { earliest: '2012-06-14', latest: '2012-06-14' }, to: null } },
        { id: 'old', kind: 'Body', name: 'Old group', status: 'ENDED', validity: { from: null, to: { earliest: '2019-01-01', latest: '2019-12-31' }, text: 'to 2019' } },
        { id: 'duty', kind: 'Duty', name: 'Duty', status: 'IN_FORCE', validity: null },
        { id: 'person', kind: 'Person', name: 'Someone', status: 'IN_FORCE', validity: null },
      ],
      links: [
        { id: 'OVERSEES:board->duty', kind: 'OVERSEES', fromId: 'board', toId: 'duty', status: 'PROPOSED', validity: { from: { earliest: '2022-06-22', latest: '2022-06-22' }, to: null } },
        { id: 'SITS_ON:person->board', kind: 'SITS_ON', fromId: 'person', toId: 'board', status: 'IN_FORCE', validity: null },
      ],
      changes: [
        { kind: 'RENAMED', day: '2022-03-17', description: 'Board renamed', subjects: [{ id: 'board' }], status: 'IN_FORCE' },
        { kind: 'LINK_STARTED', day: '2022-06-22', description: 'a link', subjects: [{ id: 'board' }], status: 'IN_FORCE' },
      ],
    };
    const model = timelineModel(history, { first: '2012-01-01', last: '2023-12-31' });
    expect(model.rows.map((r: { id: string }) => r.id)).toEqual(['row:old', 'row:board', 'row:OVERSEES:board->duty']);
    expect(model.bars.find((b: { id: string }) => b.id === 'bar:old')).toMatchObject({ start: '2012-01-01', end: '2019-12-31', openStart: true, openEnd: false, status: 'ended' });
    expect(model.bars.find((b: { id: string }) => b.id === 'bar:board')).toMatchObject({ start: '2012-06-14', end: '2023-12-31', openEnd: true, status: 'in-force' });
    expect(model.bars.find((b: { id: string }) => b.id === 'bar:OVERSEES:board->duty')).toMatchObject({ status: 'proposed' });
    expect(model.marks).toEqual([expect.objectContaining({ row: 'row:board', day: '2022-03-17', label: 'renamed' })]);
  });
});

describe('timeline names', () => {
  // Renamed between 12 March 2020 and 17 March 2022: by core's rule the old name holds until the bracket closes.
  const names = [
    { name: 'Old name', validity: { from: null, to: { earliest: '2020-03-12', latest: '2022-03-17' } } },
    { name: 'New name', validity: { from: { earliest: '2020-03-12', latest: '2022-03-17' }, to: null } },
  ];

  it('names a day as core nameAsOf does, the current name when none holds', async () => {
    const { nameOnDay } = await pageModule('timeline-model.js');
    expect(nameOnDay(names, 'New name', '2015-01-01')).toBe('Old name');
    expect(nameOnDay(names, 'New name', '2022-03-16')).toBe('Old name');
    expect(nameOnDay(names, 'New name', '2022-03-17')).toBe('New name');
    expect(nameOnDay([], 'Current', '2015-01-01')).toBe('Current');
  });

  it("cuts a renamed body's bar and its links' bars at the change of name, each stretch with the names it had, and leaves the mark its dot", async () => {
    const { timelineModel } = await pageModule('timeline-model.js');
    const history = {
      nodes: [
        { id: 'board', kind: 'Body', name: 'New name', names, status: 'IN_FORCE', validity: { from: { earliest: '2012-06-14', latest: '2012-06-14' }, to: null } },
        { id: 'other', kind: 'Body', name: 'Other', names: [{ name: 'Other', validity: null }], status: 'IN_FORCE', validity: null },
      ],
      links: [{ id: 'REPORTS_TO:other->board', kind: 'REPORTS_TO', fromId: 'other', toId: 'board', status: 'IN_FORCE', validity: { from: { earliest: '2020-01-01', latest: '2020-01-01' }, to: null } }],
      changes: [{ kind: 'RENAMED', day: '2022-03-17', description: 'Old name renamed New name', subjects: [{ id: 'board' }], status: 'IN_FORCE' }],
    };
    const model = timelineModel(history, { first: '2012-01-01', last: '2023-12-31' });
    const board = model.bars.filter((b: { row: string }) => b.row === 'row:board');
    expect(board.map((b: { start: string; end: string; name: string }) => [b.start, b.end, b.name])).toEqual([
      ['2012-06-14', '2022-03-17', 'Old name'],
      ['2022-03-17', '2023-12-31', 'New name'],
    ]);
    expect(board.map((b: { openStart: boolean; openEnd: boolean }) => [b.openStart, b.openEnd])).toEqual([[false, false], [false, true]]);
    expect(board[0].title).toMatch(/^Old name \(until 2022-03-17\)/);
    // A body known by one name keeps one unnamed bar; the row keeps the current name.
    expect(model.bars.filter((b: { row: string }) => b.row === 'row:other')).toEqual([expect.objectContaining({ id: 'bar:other' })]);
    expect(model.bars.find((b: { row: string }) => b.row === 'row:other').name).toBeUndefined();
    expect(model.rows.find((r: { id: string }) => r.id === 'row:board').label).toBe('New name');
    expect(model.marks).toEqual([expect.objectContaining({ row: 'row:board', day: '2022-03-17', kind: 'RENAMED', label: '', title: 'Old name renamed New name' })]);
    // A link to the renamed body says whom it joined by the names of each stretch.
    const link = model.bars.filter((b: { row: string }) => b.row === 'row:REPORTS_TO:other->board');
    expect(link.map((b: { start: string; end: string; name: string }) => [b.start, b.end, b.name])).toEqual([
      ['2020-01-01', '2022-03-17', 'Other reports to Old name'],
      ['2022-03-17', '2023-12-31', 'Other reports to New name'],
    ]);
  });
});

describe('words and addresses', () => {
  it('lets only absolute http(s) addresses become links', async () => {
    const { safeHttpUrl } = await pageModule('details-panel.js');
    expect(safeHttpUrl('https://www.legislation.gov.uk/ukpga/1998/37')).toBe('https://www.legislation.gov.uk/ukpga/1998/37');
    expect(safeHttpUrl(' http://example.org/a ')).toBe('http://example.org/a');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', '/relative', 'file:///etc/passwd', '', null, 42]) expect(safeHttpUrl(bad)).toBeNull();
  });

  it("reads statuses in the API's words once given, and raw values readably before", async () => {
    const { setVocabulary, statusLabel, linkKindLabel, kindLabel } = await pageModule('vocabulary.js');
    expect(statusLabel('ENACTED_NOT_IN_FORCE')).toBe('enacted not in force');
    setVocabulary({ statuses: [{ value: 'in-force', label: 'in force' }], confidences: [], linkKinds: [{ name: 'SUB_GROUP_OF', value: 'SUB_GROUP_OF', label: 'sub-group of' }], entityKinds: [{ value: 'Body', label: 'partnership, board or group' }] });
    expect(statusLabel('IN_FORCE')).toBe('in force');
    expect(statusLabel('in-force')).toBe('in force');
    expect(linkKindLabel('SUB_GROUP_OF')).toBe('sub-group of');
    expect(kindLabel('Body')).toBe('Partnership, board or group');
  });

  it('names export files after the view and embeds the chromeless page', async () => {
    const { embedSnippet, exportFileName } = await pageModule('export-view.js');
    expect(exportFileName('Safer Sefton Together as of 8 September 2022', 'svg')).toBe('Safer-Sefton-Together-as-of-8-September-2022.svg');
    expect(exportFileName('<>:"/\\\\|?*', 'png')).toBe('govgraph-view.png');
    const snippet = embedSnippet('http://127.0.0.1:4000/explorer/?focus=a&depth=2', 'A "quoted" <title>');
    expect(snippet).toBe('<iframe src="http://127.0.0.1:4000/explorer/?focus=a&depth=2&embed=1" title="A &quot;quoted&quot; &lt;title>" width="960" height="640" style="border:1px solid #ccc" loading="lazy"></iframe>');
  });
});
