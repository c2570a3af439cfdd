import { describe, expect, it } from 'vitest';
import { ask, askData, errorCodes, useFixtureServer } from './helpers.js';

const fixture = useFixtureServer();

const CITATION = 'sources { sourceId title sourceType date { text earliest latest precision } url item quote }';

describe('entity', () => {
  it('returns common, typed and attribute fields, with citations resolved to their sources', async () => {
    const data = await askData(fixture, `{ entity(id: "new-board") {
          id kind name aliases area status confidence bodyType act
          validity { from { earliest latest precision text } to { text } text }
          attributes
          ${CITATION}
      } }`,
    );
    expect(data['entity']).toEqual({
      id: 'new-board',
      kind: 'Body',
      name: 'New Safeguarding Board',
      aliases: ['NSB'],
      area: 'testshire',
      status: 'IN_FORCE',
      confidence: 'STATED',
      bodyType: 'BOARD',
      act: null,
      validity: { from: { earliest: '2020-04-01', latest: '2020-04-01', precision: 'DAY', text: '2020-04-01' }, to: null, text: 'from 2020-04-01' },
      attributes: { bodyType: 'board' },
      sources: [
        {
          sourceId: 'src-report-2020',
          title: 'Report on the board rename',
          sourceType: 'REPORT',
          date: { text: '2020-03', earliest: '2020-03-01', latest: '2020-03-31', precision: 'MONTH' },
          url: 'https://example.org/testshire/rename',
          item: null,
          quote: 'the board will be renamed',
        },
      ],
    });
  });

  it('gives the kind-specific fields of legislation, meetings and assessments', async () => {
    const data = await askData(fixture, `{ act: entity(id: "test-act") { act section }
         meeting: entity(id: "csp-meeting-2019-06-01") { date { text precision } venue }
         assessment: entity(id: "prevention-assessment-2021") { metThreshold benchmarks { name score note } date { earliest latest } } }`,
    );
    expect(data).toEqual({
      act: { act: 'Test Act 2015', section: '26' },
      meeting: { date: { text: '2019-06-01', precision: 'DAY' }, venue: 'Town Hall' },
      assessment: {
        metThreshold: 3,
        benchmarks: [
          { name: 'Risk assessment', score: 2, note: 'partly met' },
          { name: 'Training', score: 4, note: null },
        ],
        date: { earliest: '2021-01-01', latest: '2021-12-31' },
      },
    });
  });

  it("answers a meeting's items, attendance, apologies and chair, whatever the day asked", async () => {
    const data = await askData(fixture, `{ meeting: entity(id: "csp-meeting-2019-06-01") {
          items { number title resolutions actions }
          attendees { fromId role representing { id } validity { text } }
          apologies { fromId role }
          chair { id name }
        }
        other: entity(id: "csp-meeting-2018-12-01") { items { title } attendees { id } apologies { id } chair { id } }
        body: entity(id: "testshire-csp") { items { title } attendees { id } chair { id } meetings { id date { text } } }
      }`,
    );
    expect(data).toEqual({
      meeting: {
        items: [
          { number: '1', title: 'Apologies for absence', resolutions: [], actions: [] },
          { number: '4', title: 'Prevention sub-group', resolutions: ['Report noted.', 'Sub-group to report each quarter.'], actions: ['Chair to write to partners.'] },
        ],
        attendees: [
          { fromId: 'alex-chair', role: 'chair', representing: null, validity: { text: 'from 2019-06-01' } },
          { fromId: 'sam-officer', role: 'officer', representing: { id: 'testshire-council' }, validity: { text: 'from 2019-06-01' } },
        ],
        apologies: [{ fromId: 'robin-absent', role: null }],
        chair: { id: 'alex-chair', name: 'Alex Chair' },
      },
      other: { items: [], attendees: [], apologies: [], chair: null },
      body: {
        items: null,
        attendees: null,
        chair: null,
        meetings: [
          { id: 'csp-meeting-2018-12-01', date: { text: '2018-12-01' } },
          { id: 'csp-meeting-2019-06-01', date: { text: '2019-06-01' } },
        ],
      },
    });
  });

  it("lists a person's seats whatever their dates, optionally on one body", async () => {
    const data = await askData(fixture, `{ alex: entity(id: "alex-chair") { seats { id role validity { from { text } to { text } } } }
        onOther: entity(id: "alex-chair") { seats(body: "new-board") { id } }
        sam: entity(id: "sam-officer") { seats(body: "testshire-csp") { role confidence note validity { from { text } } } }
        notPerson: entity(id: "testshire-csp") { seats { id } meetings { id } } }`,
    );
    expect(data).toEqual({
      alex: { seats: [{ id: 'SITS_ON:alex-chair->testshire-csp', role: 'chair', validity: { from: { text: '2019-01-01' }, to: { text: '2021-01-01' } } }] },
      onOther: { seats: [] },
      sam: { seats: [{ role: 'officer', confidence: 'INFERRED', note: 'Listed as present on 1 June 2019.', validity: { from: { text: 'by 2019-06-01' } } }] },
      notPerson: { seats: null, meetings: [{ id: 'csp-meeting-2018-12-01' }, { id: 'csp-meeting-2019-06-01' }] },
    });
  });

  it('returns null for an unknown id', async () => {
    expect(await askData(fixture, '{ entity(id: "no-such-thing") { id } }')).toEqual({ entity: null });
  });

  it('answers nameAsOf (current name when no record holds) and holds by the as-of rule, defaulting to the context day', async () => {
    const query = `{ entity(id: "new-board") {
        interim: nameAsOf(asOf: "2020-06-01") later: nameAsOf(asOf: "2022-01-01") before: nameAsOf(asOf: "2019-01-01")
        holdsBefore: holds(asOf: "2020-03-31") holdsOn: holds(asOf: "2020-04-01")
        defaultName: nameAsOf
        names { name holds(asOf: "2020-06-01") validity { text } sources { title } }
    } }`;
    const data = await askData(fixture, query, undefined, '2020-05-05');
    expect(data['entity']).toEqual({
      interim: 'Interim Safeguarding Board',
      later: 'New Safeguarding Board',
      before: 'New Safeguarding Board',
      holdsBefore: false,
      holdsOn: true,
      defaultName: 'Interim Safeguarding Board',
      names: [
        { name: 'Interim Safeguarding Board', holds: true, validity: { text: 'from 2020-04-01 to 2021-01-01' }, sources: [{ title: 'Report on the board rename' }] },
        { name: 'New Safeguarding Board', holds: false, validity: { text: 'from 2021-01-01' }, sources: [] },
      ],
    });
  });

  it('lists links as of a day, by kind and direction, with their ends and sources', async () => {
    const query = `query ($asOf: Date) { entity(id: "alex-chair") {
        links(asOf: $asOf, direction: OUT) { id kind role fromId from { name } to { name } representing { id } status holds(asOf: $asOf) ${CITATION} }
    } }`;
    const minutes2019 = (quote: string | null) => ({
      sourceId: 'src-minutes-2019',
      title: 'Testshire CSP minutes, 1 June 2019',
      sourceType: 'MINUTES',
      date: { text: '2019-06-01', earliest: '2019-06-01', latest: '2019-06-01', precision: 'DAY' },
      url: null,
      item: null,
      quote,
    });
    // The ATTENDED link is evidence of 1 June 2019 and holds from then; the seat ended in 2021.
    const attended = {
      id: 'ATTENDED:alex-chair->csp-meeting-2019-06-01', kind: 'ATTENDED', role: 'chair', fromId: 'alex-chair',
      from: { name: 'Alex Chair' }, to: { name: 'Safer Testshire Partnership, 1 June 2019' }, representing: null, status: 'IN_FORCE', holds: true,
      sources: [minutes2019('in the Chair')],
    };
    const during = await askData(fixture, query, { asOf: '2020-01-01' });
    expect(during['entity'].links).toEqual([
      attended,
      {
        id: 'SITS_ON:alex-chair->testshire-csp',
        kind: 'SITS_ON',
        role: 'chair',
        fromId: 'alex-chair',
        from: { name: 'Alex Chair' },
        to: { name: 'Safer Testshire Partnership' },
        representing: { id: 'testshire-council' },
        status: 'ENDED',
        holds: true,
        sources: [minutes2019(null)],
      },
    ]);
    const after = await askData(fixture, query, { asOf: '2021-01-01' });
    expect(after['entity'].links).toEqual([attended]);

    const kinds = await askData(fixture, '{ entity(id: "testshire-csp") { links(asOf: "2024-01-01", kinds: [MEMBER_OF, REPORTS_TO], direction: IN) { id membership } } }');
    expect(kinds['entity'].links).toEqual([
      { id: 'MEMBER_OF:testshire-council->testshire-csp', membership: 'STATUTORY' },
      { id: 'REPORTS_TO:new-board->testshire-csp', membership: null },
    ]);
  });

  it('follows lineage forward to the current entity', async () => {
    const data = await askData(fixture, `{ old: entity(id: "old-board") { current { id } lineage { successors { id lineage } predecessors { id } } }
         new: entity(id: "new-board") { current { id } lineage { predecessors { id } } }
         beforeRename: entity(id: "old-board") { current(asOf: "2020-03-31") { id } } }`,
    );
    expect(data).toEqual({
      old: { current: { id: 'new-board' }, lineage: { successors: [{ id: 'SUCCEEDED_BY:old-board->new-board', lineage: 'RENAME' }], predecessors: [] } },
      new: { current: { id: 'new-board' }, lineage: { predecessors: [{ id: 'SUCCEEDED_BY:old-board->new-board' }] } },
      beforeRename: { current: { id: 'old-board' } },
    });
  });
});

describe('search', () => {
  it('finds by alias and shows what the entity is now', async () => {
    const data = await askData(fixture, '{ search(text: "OSB") { matched matchKind score entity { id } current { id name } } }');
    expect(data['search'][0]).toEqual({
      matched: 'OSB',
      matchKind: 'ALIAS',
      score: 102,
      entity: { id: 'old-board' },
      current: { id: 'new-board', name: 'New Safeguarding Board' },
    });
  });

  it('filters by kind and area and honours first', async () => {
    const data = await askData(fixture, '{ search(text: "board", kinds: [Body], area: "testshire", first: 1) { entity { id kind } } }');
    expect(data['search']).toHaveLength(1);
    expect(data['search'][0].entity.kind).toBe('Body');
  });

  it('rejects empty text and page sizes out of range with typed codes', async () => {
    expect(errorCodes(await ask(fixture, '{ search(text: "  ") { matched } }'))).toEqual(['INVALID_INPUT']);
    expect(errorCodes(await ask(fixture, '{ search(text: "board", first: 101) { matched } }'))).toEqual(['LIMIT_EXCEEDED']);
    expect(errorCodes(await ask(fixture, '{ search(text: "board", first: 0) { matched } }'))).toEqual(['INVALID_INPUT']);
  });

  it('refuses an empty or blank area instead of reading it as "every area" (found by the argument property test)', async () => {
    for (const area of ['', '  ']) {
      expect(errorCodes(await ask(fixture, '{ search(text: "board", area: $area) { matched } }'.replace('$area', JSON.stringify(area))))).toEqual(['INVALID_INPUT']);
      expect(errorCodes(await ask(fixture, `{ oversight(duty: "prevention-duty", area: ${JSON.stringify(area)}) { asOf } }`))).toEqual(['INVALID_INPUT']);
    }
  });
});

describe('oversight', () => {
  const query = `query ($asOf: Date) { oversight(duty: "prevention-duty", asOf: $asOf) {
      asOf duty { id }
      entries { body { id } role inherited via { id } chain { id status ${CITATION} } }
  } }`;

  it('gives direct and inherited entries, each link with its sources', async () => {
    const data = await askData(fixture, query, { asOf: '2019-06-01' });
    const answer = data['oversight'];
    expect(answer.asOf).toBe('2019-06-01');
    expect(answer.duty).toEqual({ id: 'prevention-duty' });
    expect(answer.entries.map((e: any) => [e.body.id, e.role, e.inherited, e.via.id, e.chain.map((l: any) => l.id)])).toEqual([
      ['prevention-sub-group', 'DELIVERS', false, 'prevention-sub-group', ['DELIVERS:prevention-sub-group->prevention-duty']],
      ['testshire-csp', 'OVERSEES', true, 'prevention-sub-group', ['DELIVERS:prevention-sub-group->prevention-duty', 'SUB_GROUP_OF:prevention-sub-group->testshire-csp']],
    ]);
    const delivers = answer.entries[0].chain[0];
    expect(delivers.sources).toEqual([
      {
        sourceId: 'src-minutes-2019',
        title: 'Testshire CSP minutes, 1 June 2019',
        sourceType: 'MINUTES',
        date: { text: '2019-06-01', earliest: '2019-06-01', latest: '2019-06-01', precision: 'DAY' },
        url: null,
        item: '4',
        quote: 'the sub-group delivers the prevention duty',
      },
    ]);
  });

  it('answers as of the day asked', async () => {
    const data = await askData(fixture, query, { asOf: '2015-12-31' });
    expect(data['oversight'].entries).toEqual([]);
  });

  it('uses the default day when asOf is omitted', async () => {
    const data = await askData(fixture, '{ oversight(duty: "prevention-duty") { asOf } }', undefined, '2019-06-01');
    expect(data['oversight'].asOf).toBe('2019-06-01');
  });

  it('shows a proposed lead with its status', async () => {
    const data = await askData(fixture, '{ oversight(duty: "violence-duty", asOf: "2024-01-01") { entries { body { id } role chain { status } } } }');
    expect(data['oversight'].entries).toEqual([{ body: { id: 'testshire-csp' }, role: 'LEADS', chain: [{ status: 'PROPOSED' }] }]);
  });

  it('fails with NOT_FOUND for an unknown duty', async () => {
    const result = await ask(fixture, '{ oversight(duty: "no-such-duty") { asOf } }');
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
    expect(result.errors?.[0]?.extensions?.['details']).toEqual({ id: 'no-such-duty', argument: 'duty' });
  });
});

describe('path and interdependencies', () => {
  it('finds the shortest path with steps in either direction', async () => {
    const data = await askData(fixture, `{ path(from: "alex-chair", to: "prevention-duty", asOf: "2020-01-01", maxHops: 4) {
          length nodes { id } links { id } steps { from { id } link { kind } to { id } forward }
      } }`,
    );
    expect(data['path']).toEqual([
      {
        length: 3,
        nodes: [{ id: 'alex-chair' }, { id: 'testshire-csp' }, { id: 'prevention-sub-group' }, { id: 'prevention-duty' }],
        links: [
          { id: 'SITS_ON:alex-chair->testshire-csp' },
          { id: 'SUB_GROUP_OF:prevention-sub-group->testshire-csp' },
          { id: 'DELIVERS:prevention-sub-group->prevention-duty' },
        ],
        steps: [
          { from: { id: 'alex-chair' }, link: { kind: 'SITS_ON' }, to: { id: 'testshire-csp' }, forward: true },
          { from: { id: 'testshire-csp' }, link: { kind: 'SUB_GROUP_OF' }, to: { id: 'prevention-sub-group' }, forward: false },
          { from: { id: 'prevention-sub-group' }, link: { kind: 'DELIVERS' }, to: { id: 'prevention-duty' }, forward: true },
        ],
      },
    ]);
  });

  it('checks path arguments', async () => {
    expect(errorCodes(await ask(fixture, '{ path(from: "alex-chair", to: "nobody") { length } }'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await ask(fixture, '{ path(from: "alex-chair", to: "prevention-duty", maxHops: 7) { length } }'))).toEqual(['LIMIT_EXCEEDED']);
    expect(errorCodes(await ask(fixture, '{ path(from: "alex-chair", to: "prevention-duty", maxHops: 0) { length } }'))).toEqual(['INVALID_INPUT']);
  });

  it('returns the neighbourhood of an entity', async () => {
    const data = await askData(fixture, '{ interdependencies(focus: "prevention-sub-group", depth: 1, asOf: "2024-01-01") { focus { id } nodes { id } links { id } } }',
    );
    expect(data['interdependencies']).toEqual({
      focus: { id: 'prevention-sub-group' },
      nodes: [{ id: 'prevention-duty' }, { id: 'prevention-sub-group' }, { id: 'testshire-csp' }],
      links: [{ id: 'DELIVERS:prevention-sub-group->prevention-duty' }, { id: 'SUB_GROUP_OF:prevention-sub-group->testshire-csp' }],
    });
  });

  it('checks interdependencies arguments', async () => {
    expect(errorCodes(await ask(fixture, '{ interdependencies(focus: "nobody") { focus { id } } }'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await ask(fixture, '{ interdependencies(focus: "testshire-csp", depth: 5) { focus { id } } }'))).toEqual(['LIMIT_EXCEEDED']);
    expect(errorCodes(await ask(fixture, '{ interdependencies(focus: "testshire-csp", depth: -1) { focus { id } } }'))).toEqual(['INVALID_INPUT']);
  });
});

describe('dates', () => {
  it('rejects a bad date literal or variable with INVALID_INPUT', async () => {
    expect(errorCodes(await ask(fixture, '{ oversight(duty: "prevention-duty", asOf: "2022-02-30") { asOf } }'))).toEqual(['INVALID_INPUT']);
    expect(errorCodes(await ask(fixture, '{ oversight(duty: "prevention-duty", asOf: 20220101) { asOf } }'))).toEqual(['INVALID_INPUT']);
    const viaVariable = await ask(fixture, 'query ($d: Date) { oversight(duty: "prevention-duty", asOf: $d) { asOf } }', { d: '8 Sept 2022' });
    expect(errorCodes(viaVariable)).toEqual(['INVALID_INPUT']);
  });
});
