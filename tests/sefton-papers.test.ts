/**
 * What the five Sefton papers state, asked of the default graph (seeds/reference + seeds/sefton)
 * through GraphQL as a client would: every meeting they record, with its date, venue, chair, those
 * present and who sent apologies, its items and resolutions. The expected answers are read from
 * the papers by hand; the papers themselves are not needed to run this.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdsOn, type GraphStore, type IsoDay } from '@govgraph/core';
import { defaultSeedDirectories, loadSeedDirectories, loadSeedGraph } from '@govgraph/seeds';
import { createMemoryStore } from '@govgraph/store-memory';
import { createGovgraphContext, createGovgraphServer } from '@govgraph/graphql';

let store: GraphStore;
let server: ReturnType<typeof createGovgraphServer>;

beforeAll(async () => {
  const loaded = await loadSeedGraph();
  store = createMemoryStore();
  await store.replaceAll(loaded);
  server = createGovgraphServer({ store });
  await server.start();
});

afterAll(async () => {
  await server?.stop();
  await store?.close();
});

async function ask(query: string): Promise<Record<string, any>> {
  const response = await server.executeOperation({ query }, { contextValue: createGovgraphContext(store, {}) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  return response.body.singleResult.data as Record<string, any>;
}

interface MeetingAnswer {
  id: string;
  status: string;
  date: { text: string };
  venue: string | null;
  chair: { id: string } | null;
  attendees: { fromId: string; role: string | null; sources: { sourceId: string }[] }[];
  apologies: { fromId: string; sources: { sourceId: string }[] }[];
  items: { number: string | null; title: string; resolutions: string[] }[];
  sources: { sourceId: string }[];
}

const MEETING_FIELDS = `id status date { text } venue chair { id }
  attendees { fromId role sources { sourceId } } apologies { fromId sources { sourceId } }
  items { number title resolutions } sources { sourceId }`;

async function meetings(): Promise<Map<string, MeetingAnswer>> {
  const data = await ask(`{ entity(id: "safer-sefton-together") { meetings { ${MEETING_FIELDS} } } }`);
  return new Map((data['entity'].meetings as MeetingAnswer[]).map((m) => [m.date.text, m]));
}

const ids = (links: { fromId: string }[]) => links.map((l) => l.fromId).sort();

describe("the default graph answers each Sefton meeting the five papers record", () => {
  it('holds all seven, minuted and agenda-only, in date order', async () => {
    const all = await meetings();
    expect([...all.keys()]).toEqual(['2012-06-14', '2012-07-19', '2019-03-14', '2020-03-12', '2022-03-17', '2022-06-22', '2022-09-08']);
    expect([...all.values()].map((m) => m.status)).toEqual(['IN_FORCE', 'SCHEDULED', 'IN_FORCE', 'IN_FORCE', 'IN_FORCE', 'IN_FORCE', 'SCHEDULED']);
  });

  it('14 June 2012 (minutes printed inside the July 2012 agenda pack): chair, the twelve present, six apologies, items 11-22', async () => {
    const m = (await meetings()).get('2012-06-14')!;
    expect(m.venue).toBe('Committee Room 1, Town Hall, Bootle');
    expect(m.chair).toEqual({ id: 'trish-hardy' });
    expect(ids(m.attendees)).toEqual(
      ['chris-jones', 'dympna-edwards', 'greta-morphet', 'lesley-paterson', 'mark-mccausland', 'mike-homfray', 'neil-frackleton', 'nicola-holland', 'paul-holt', 'rob-pritchard', 'steph-prewett', 'trish-hardy'].sort(),
    );
    expect(ids(m.apologies)).toEqual(['councillor-kerrigan', 'graham-bayliss', 'jacqui-kerr', 'mark-ashton', 'paula-simm', 'sandra-davies']);
    expect(m.items.map((i) => i.number)).toEqual(['11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22']);
    expect(m.items.find((i) => i.number === '15')!.resolutions).toHaveLength(1);
    expect(m.items.find((i) => i.number === '16')!.resolutions).toEqual([]);
    for (const link of [...m.attendees, ...m.apologies]) expect(link.sources.map((s) => s.sourceId)).toContain('s2012-06');
  });

  it('14 March 2019: no one recorded in the chair or as present, four apologies, the people named speaking as presenters', async () => {
    const m = (await meetings()).get('2019-03-14')!;
    expect(m.chair).toBeNull();
    expect(ids(m.apologies)).toEqual(['andrea-watts', 'brendan-prescott', 'carla-thomas', 'sue-holden']);
    expect(new Set(m.attendees.map((a) => a.role))).toEqual(new Set(['presenter']));
    expect(ids(m.attendees)).toContain('ian-willman');
    expect(m.items.map((i) => i.resolutions.length)).toEqual([0, 0, 1, 3, 1, 2, 1, 2, 1, 0, 1]);
  });

  it('12 March 2020: chair, sixteen present, one also present, four apologies (Graham Robson is Graeme Robson), items 40-54', async () => {
    const m = (await meetings()).get('2020-03-12')!;
    expect(m.chair).toEqual({ id: 'trish-hardy' });
    expect(m.attendees).toHaveLength(17);
    expect(m.attendees.find((a) => a.fromId === 'councillor-maher')!.role).toBe('in-attendance');
    expect(ids(m.attendees)).toEqual(expect.arrayContaining(['david-hunter', 'karen-rooney', 'mike-omalley', 'sue-holden', 'chris-white', 'rosanna-stanley']));
    expect(ids(m.apologies)).toEqual(['graeme-robson', 'nicky-horn', 'steve-martlew', 'tony-harland']);
    expect(m.items).toHaveLength(15);
    expect(m.items.find((i) => i.number === '50')!.resolutions).toHaveLength(5);
  });

  it('17 March 2022 (draft minutes): eight apologies, no chair recorded, the VAWG item with four resolutions', async () => {
    const m = (await meetings()).get('2022-03-17')!;
    expect(m.chair).toBeNull();
    expect(ids(m.apologies)).toEqual(['ben-ryder', 'john-sayers', 'kevin-sexton', 'mike-berry', 'rosanna-stanley', 'steve-martlew', 'sue-holden', 'tricia-davies']);
    expect(m.items.find((i) => i.title.startsWith('Violence against women'))!.resolutions).toHaveLength(4);
  });

  it('22 June 2022 (minutes printed inside the September 2022 agenda pack): chair, nine present, six apologies, items 1-13', async () => {
    const m = (await meetings()).get('2022-06-22')!;
    expect(m.chair).toEqual({ id: 'trish-hardy' });
    expect(ids(m.attendees)).toEqual(
      ['chris-white', 'graeme-robson', 'kevin-hollis', 'risthardh-hare', 'rosanna-stanley', 'simon-burnett', 'steve-martlew', 'tracy-trubshaw', 'trish-hardy'],
    );
    expect(ids(m.apologies)).toEqual(['andrea-watts', 'janette-maxwell', 'kevin-sexton', 'neil-frackleton', 'nigel-bellamy', 'siobhan-grainger']);
    expect(m.items.map((i) => i.resolutions.length)).toEqual([0, 0, 1, 2, 2, 3, 1, 1, 3, 1, 1, 1, 1]);
    for (const link of m.attendees) expect(link.sources.map((s) => s.sourceId)).toEqual(['s2022-06']);
  });

  it('the agenda-only meetings have their items and no attendance (an agenda is no evidence of who came)', async () => {
    const all = await meetings();
    const july2012 = all.get('2012-07-19')!;
    expect(july2012.venue).toBe('Birkdale Room, Town Hall, Southport');
    expect(july2012.items).toHaveLength(10);
    const sept2022 = all.get('2022-09-08')!;
    expect(sept2022.items).toHaveLength(13);
    for (const m of [july2012, sept2022]) {
      expect(m.attendees).toEqual([]);
      expect(m.apologies).toEqual([]);
      expect(m.chair).toBeNull();
    }
  });
});

describe('seats on the partnership, from the first paper that shows each person', () => {
  it('dates each seat from the earliest meeting or membership list that names the person', async () => {
    const data = await ask(`{
      frackleton: entity(id: "neil-frackleton") { seats(body: "safer-sefton-together") { role validity { from { text } to { text } } } }
      rooney: entity(id: "karen-rooney") { seats(body: "safer-sefton-together") { role validity { from { text } to { text } } } }
      watts: entity(id: "andrea-watts") { seats(body: "safer-sefton-together") { role validity { from { text } to { text } } } }
      sexton: entity(id: "kevin-sexton") { seats(body: "safer-sefton-together") { role representing { id } validity { from { text } } } }
      stanley: entity(id: "rosanna-stanley") { seats(body: "safer-sefton-together") { role validity { from { text } } } }
      bean: entity(id: "stephen-bean") { seats(body: "safer-sefton-together") { confidence validity { from { text } to { text } } sources { sourceId item } } }
      kelly: entity(id: "sonya-kelly") { seats(body: "safer-sefton-together") { confidence validity { from { text } to { text } } } }
    }`);
    expect(data['frackleton'].seats).toEqual([{ role: 'member', validity: { from: { text: 'by 2012-06-14' }, to: null } }]);
    expect(data['rooney'].seats).toEqual([{ role: 'member', validity: { from: { text: 'by 2020-03-12' }, to: null } }]);
    expect(data['watts'].seats).toEqual([{ role: 'member', validity: { from: { text: 'by 2019-03-14' }, to: null } }]);
    expect(data['sexton'].seats).toEqual([{ role: 'member', representing: { id: 'chesterfield-high-school' }, validity: { from: { text: 'by 2022-03-17' } } }]);
    expect(data['stanley'].seats).toEqual([{ role: 'officer', validity: { from: { text: 'by 2020-03-12' } } }]);
    // In the July 2012 membership list only, named by no later paper: the seat is stated, its end inferred.
    expect(data['bean'].seats).toEqual([
      {
        confidence: 'INFERRED',
        validity: { from: { text: 'by 2012-07-19' }, to: { text: 'after 2012-07-19, by 2022-09-08' } },
        sources: [{ sourceId: 's2012-07', item: 'membership' }],
      },
    ]);
    expect(data['kelly'].seats).toEqual([{ confidence: 'STATED', validity: { from: { text: 'by 2022-09-08' }, to: null } }]);
  });

  it('gives everyone listed as present, also present or sending apologies a seat that holds by that meeting', async () => {
    const loaded = await loadSeedDirectories(defaultSeedDirectories());
    const { entities, links } = loaded.data;
    const meetingDay = new Map(entities.filter((e) => e.kind === 'Meeting').map((e) => [e.id, (e.attributes['date'] as { latest: string }).latest]));
    const seats = links.filter((l) => l.kind === 'SITS_ON' && l.to === 'safer-sefton-together');
    const evidence = links.filter((l) => (l.kind === 'ATTENDED' && l.role !== 'presenter') || l.kind === 'SENT_APOLOGIES');
    expect(evidence.length).toBeGreaterThanOrEqual(66);
    for (const link of evidence) {
      const day = meetingDay.get(link.to)!;
      const seat = seats.find((s) => s.from === link.from);
      expect({ who: link.from, meeting: link.to, seated: seat !== undefined && holdsOn(seat.validity, day as IsoDay) }).toEqual({ who: link.from, meeting: link.to, seated: true });
    }
  });

  it('seats everyone in the July 2012 and September 2022 membership lists, citing the list', async () => {
    const { links } = (await loadSeedDirectories(defaultSeedDirectories())).data;
    const cited = (source: string) =>
      links.filter((l) => l.kind === 'SITS_ON' && l.to === 'safer-sefton-together' && l.sources.some((s) => s.source === source && s.item === 'membership'));
    expect(cited('s2012-07')).toHaveLength(33);
    expect(cited('s2022-09')).toHaveLength(15);
    for (const seat of cited('s2022-09')) expect(holdsOn(seat.validity, '2022-09-08')).toBe(true);
    for (const seat of cited('s2012-07')) expect(holdsOn(seat.validity, '2012-07-19')).toBe(true);
  });
});

describe("what a meeting agreed is a fact of that day, apart from the later fact of it in force", () => {
  const factsOn = async (entity: string, kind: string, to: string, day: string) => {
    const data = await ask(`{ entity(id: "${entity}") { links(asOf: "${day}", kinds: [${kind}], direction: OUT) { toId status validity { from { text } } sources { sourceId item } } } }`);
    return (data['entity'].links as { toId: string; status: string; validity: { from: { text: string } }; sources: { sourceId: string; item: string | null }[] }[]).filter(
      (l) => l.toId === to,
    );
  };

  it('youth justice: oversight approved on 14 June 2012 is agreed that day and until a paper shows it working (March 2020)', async () => {
    const agreed = await factsOn('safer-sefton-together', 'OVERSEES', 'youth-justice', '2012-06-14');
    expect(agreed.map((l) => [l.status, l.validity.from.text])).toEqual([['AGREED', '2012-06-14']]);
    expect(agreed[0]!.sources).toContainEqual({ sourceId: 's2012-06', item: '15' });
    expect((await factsOn('safer-sefton-together', 'OVERSEES', 'youth-justice', '2016-01-01')).map((l) => l.status)).toEqual(['AGREED']);
    expect((await factsOn('safer-sefton-together', 'OVERSEES', 'youth-justice', '2020-03-12')).map((l) => [l.status, l.validity.from.text])).toEqual([['IN_FORCE', 'by 2020-03-12']]);
    expect(await factsOn('safer-sefton-together', 'OVERSEES', 'youth-justice', '2012-06-13')).toEqual([]);
  });

  it("Education's and Children's Social Care's seats: approved on 12 March 2020 (agreed), taken up by 2022 (in force)", async () => {
    const education = (day: string) => factsOn('sefton-education', 'MEMBER_OF', 'safer-sefton-together', day);
    expect((await education('2020-03-12')).map((l) => [l.status, l.validity.from.text])).toEqual([['AGREED', '2020-03-12']]);
    expect((await education('2021-06-01')).map((l) => l.status)).toEqual(['AGREED']);
    expect((await education('2022-03-17')).map((l) => l.status)).toEqual(['IN_FORCE']);
    const socialCare = (day: string) => factsOn('sefton-childrens-social-care', 'MEMBER_OF', 'safer-sefton-together', day);
    expect((await socialCare('2022-03-17')).map((l) => l.status)).toEqual(['AGREED']);
    expect((await socialCare('2022-06-22')).map((l) => l.status)).toEqual(['IN_FORCE']);
  });

  it('resolutions that only agreed something stay agreed, dated the day of the meeting', async () => {
    const data = await ask(`{
      da: entity(id: "domestic-abuse-steering-group") { status validity { from { text } } sources { sourceId item } }
      prevent: entity(id: "prevent-sub-group") { status validity { from { text } } sources { sourceId item } }
      asb: entity(id: "asb-task-and-finish-group") { status validity { from { text } } sources { sourceId item } }
    }`);
    expect(data['da']).toMatchObject({ status: 'AGREED', validity: { from: { text: '2020-03-12' } } });
    expect(data['da'].sources).toContainEqual({ sourceId: 's2020-03', item: '46' });
    expect(data['prevent']).toMatchObject({ status: 'AGREED', validity: { from: { text: '2022-06-22' } } });
    expect(data['prevent'].sources).toContainEqual({ sourceId: 's2022-06', item: '5' });
    expect(data['asb']).toMatchObject({ status: 'AGREED', validity: { from: { text: '2012-06-14' } } });
  });
});

describe('names as the papers write them', () => {
  const found = async (text: string) => {
    const data = await ask(`{ search(text: ${JSON.stringify(text)}, first: 5) { entity { id } matched } }`);
    return (data['search'] as { entity: { id: string }; matched: string }[]).map((hit) => hit.entity.id);
  };

  const ACRONYMS: [string, string][] = [
    ['SSCP', 'safer-sefton-together'],
    ['SST', 'safer-sefton-together'],
    ['SSCTP', 'safer-stronger-thematic-partnership'],
    ['MFRA', 'merseyside-fire-and-rescue'],
    ['Sefton MBC', 'sefton-council'],
    ['ASBU', 'sefton-asb-unit'],
    ['MARSOC', 'sefton-marsoc'],
    ['YOS', 'sefton-youth-justice-service'],
  ];
  const FORMER_NAMES_AND_SPELLINGS: [string, string][] = [
    ['Sefton Safer Communities Partnership', 'safer-sefton-together'],
    ['Sefton Safer Together', 'safer-sefton-together'],
    ['Youth Offending Service', 'sefton-youth-justice-service'],
    ['Integrated Youth Services', 'sefton-youth-justice-service'],
    ['Graham Robson', 'graeme-robson'],
    ['Christina Jones', 'chris-jones'],
    ['Neil Frackelton', 'neil-frackleton'],
  ];
  it.each([...ACRONYMS, ...FORMER_NAMES_AND_SPELLINGS])('finds "%s" (an acronym, former name or spelling the papers use) as %s', async (text, id) => {
    expect((await found(text))[0]).toBe(id);
  });
});

describe('national duties and legislation hold only from their commencement', () => {
  it('Prevent (1 July 2015) and the Serious Violence Duty (31 January 2023) do not hold in 2013', async () => {
    const data = await ask(`{
      prevent: entity(id: "prevent") { in2013: holds(asOf: "2013-06-01") before: holds(asOf: "2015-06-30") from: holds(asOf: "2015-07-01") }
      svd: entity(id: "serious-violence") { in2013: holds(asOf: "2013-06-01") report: holds(asOf: "2022-09-08") from: holds(asOf: "2023-01-31") }
      s26: entity(id: "ctsa-2015-s26") { in2013: holds(asOf: "2013-06-01") from: holds(asOf: "2015-07-01") }
      pcsc: entity(id: "pcsc-2022-part-2-ch-1") { in2013: holds(asOf: "2013-06-01") from: holds(asOf: "2023-01-31") }
    }`);
    expect(data).toEqual({
      prevent: { in2013: false, before: false, from: true },
      svd: { in2013: false, report: false, from: true },
      s26: { in2013: false, from: true },
      pcsc: { in2013: false, from: true },
    });
  });

  it('no IMPOSED_BY link counts before its law, and in 2013 neither duty has a law, an overseer or a lead', async () => {
    const { entities, links } = (await loadSeedDirectories(defaultSeedDirectories())).data;
    const byId = new Map(entities.map((e) => [e.id, e]));
    for (const link of links.filter((l) => l.kind === 'IMPOSED_BY')) {
      const law = byId.get(link.to)!;
      expect({ law: law.id, dated: law.validity?.from !== undefined }).toEqual({ law: law.id, dated: true });
      const start = link.validity?.from?.latest;
      if (start) expect({ link: link.id, early: start < law.validity!.from!.earliest! }).toEqual({ link: link.id, early: false });
    }
    const data = await ask(`{
      prevent: entity(id: "prevent") { links(asOf: "2013-06-01") { id } }
      svd: entity(id: "serious-violence") { links(asOf: "2013-06-01") { id } }
      sst: entity(id: "safer-sefton-together") { links(asOf: "2013-06-01", kinds: [OVERSEES, LEADS, DELIVERS], direction: OUT) { toId } }
    }`);
    expect(data['prevent'].links).toEqual([]);
    expect(data['svd'].links).toEqual([]);
    expect(data['sst'].links.map((l: { toId: string }) => l.toId)).not.toContain('prevent');
    expect(data['sst'].links.map((l: { toId: string }) => l.toId)).not.toContain('serious-violence');
  });

  it("the partnership's Prevent oversight starts after the duty does, and its proposed SVD lead from the duty's commencement", async () => {
    const { links } = (await loadSeedDirectories(defaultSeedDirectories())).data;
    const oversees = links.find((l) => l.id === 'OVERSEES:safer-sefton-together->prevent')!;
    expect(oversees.validity?.from).toMatchObject({ earliest: '2015-07-01', latest: '2019-12-05' });
    const leads = links.find((l) => l.id === 'LEADS:safer-sefton-together->serious-violence')!;
    expect([leads.status, leads.validity?.from?.text]).toEqual(['proposed', '2023-01-31']);
  });
});

describe('links no stronger than their source', () => {
  it('a heading among partner reports and an officer\'s update on a forum are mentions of a meeting, not reporting lines', async () => {
    const { links } = (await loadSeedDirectories(defaultSeedDirectories())).data;
    for (const body of ['domestic-abuse-multi-agency-partnership', 'sefton-asylum-refugee-migration-forum']) {
      expect(links.filter((l) => l.kind === 'REPORTS_TO' && l.from === body)).toEqual([]);
    }
    expect(links.find((l) => l.kind === 'MENTIONS' && l.to === 'sefton-asylum-refugee-migration-forum')?.from).toBe('safer-sefton-together-2020-03-12');
    expect(links.find((l) => l.kind === 'MENTIONS' && l.to === 'domestic-abuse-multi-agency-partnership')?.from).toBe('safer-sefton-together-2022-03-17');
  });

  it('counts probation once as a statutory partner across its reorganisations', async () => {
    const { entities, links } = (await loadSeedDirectories(defaultSeedDirectories())).data;
    const probation = new Set(entities.filter((e) => e.attributes['organisationType'] === 'probation').map((e) => e.id));
    const on = (day: string) =>
      links
        .filter((l) => l.kind === 'MEMBER_OF' && l.to === 'safer-sefton-together' && l.membership === 'statutory' && probation.has(l.from))
        .filter((l) => holdsOn(l.validity, day as IsoDay) && holdsOn(entities.find((e) => e.id === l.from)!.validity, day as IsoDay))
        .map((l) => l.from)
        .sort();
    expect(on('2012-07-19')).toEqual(['probation-service']);
    // 2015-2021: the National Probation Service and the CRC, two providers of probation services.
    expect(on('2016-01-01')).toEqual(['merseyside-crc', 'national-probation-service']);
    expect(on('2022-09-08')).toEqual(['national-probation-service']);
    const successors = links.filter((l) => l.kind === 'SUCCEEDED_BY' && l.from === 'probation-service').map((l) => l.to).sort();
    expect(successors).toEqual(['merseyside-crc', 'national-probation-service']);
  });
});
