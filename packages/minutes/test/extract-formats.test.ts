/**
 * Extraction of invented documents in four councils' layouts: a printed agenda pack (agenda,
 * previous minutes, a report), a web page of agenda and minutes with unnumbered items, minutes
 * with attendance tables and "No 1" items with "Action - name" lines, and minutes with numbered
 * paragraphs, tab-separated attendance and "ACTION:" lines.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createGraphResolver, extractMinutes, type ExtractedDocument } from '@govgraph/minutes';
import { FIXTURE_ENTITIES } from './fixture-graph.js';

const resolver = createGraphResolver(FIXTURE_ENTITIES);
const fixture = (name: string): Buffer => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
const titles = (doc: ExtractedDocument): string[] => doc.items.map((i) => i.title);
const counts = (doc: ExtractedDocument): number[] => doc.items.map((i) => i.resolutions.length);

describe('printed agenda pack', () => {
  const result = extractMinutes(fixture('pack-eastmere-2023-10-12.txt'), { resolver });
  const [agenda, minutes] = result.documents;

  it('emits the agenda and the previous minutes, not the report', () => {
    expect(result.documents.map((d) => [d.kind, d.date])).toEqual([
      ['agenda', '2023-10-12'],
      ['minutes', '2023-07-19'],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('reads the agenda head, membership, items, duties and next meeting', () => {
    expect(agenda!.body).toBe('Eastmere Community Safety Partnership');
    expect(agenda!.bodyId).toBe('eastmere-csp');
    expect(agenda!.venue).toBe('Council Chamber - Eastmere Civic Centre');
    expect(agenda!.members).toEqual(['Helen Okafor', 'Marcus Penrose', 'Lindqvist', 'Olu Adeyemi', 'Fenwick', 'Amira Khan', 'Gareth Pryce']);
    expect(agenda!.people.find((p) => p.name === 'Olu Adeyemi')?.title).toBe('Superintendent');
    expect(agenda!.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(titles(agenda!)[4]).toBe('Domestic Homicide Reviews - Progress');
    expect(agenda!.duties).toEqual(['prevent', 'domestic-homicide-review', 'serious-violence']);
    expect(agenda!.nextMeeting).toEqual({ date: '2024-01-11', venue: null });
  });

  it('reads the minutes: chair, present over several lines, apologies, resolutions and actions across a page break', () => {
    expect(minutes!.bodyId).toBe('eastmere-csp');
    expect(minutes!.venue).toBe('EASTMERE CIVIC CENTRE');
    expect(minutes!.chair).toBe('Okafor');
    expect(minutes!.present).toEqual(['Okafor', 'Marcus Penrose', 'Olu Adeyemi', 'Bea Lindqvist', 'Amira Khan', 'Gareth Pryce']);
    expect(minutes!.people.find((p) => p.name === 'Bea Lindqvist')?.title).toBe('Chief Inspector');
    expect(minutes!.apologies).toEqual(['Ivo Fenwick', 'Dana Whitlock']);
    expect(counts(minutes!)).toEqual([0, 0, 1, 2, 1, 1]);
    expect(minutes!.items[3]!.actions).toEqual(['Circulate the delivery plan to all partners', 'Invite the regional adviser to the next meeting']);
    expect(minutes!.duties).toEqual(['prevent', 'domestic-homicide-review']);
    expect(minutes!.nextMeeting?.date).toBe('2023-10-12');
  });
});

describe('web page of agenda and minutes (unnumbered items)', () => {
  const [doc, ...rest] = extractMinutes(fixture('web-northbay-2021-02-04.txt'), { resolver }).documents;

  it('is one set of minutes with its head read from the title line and labels', () => {
    expect(rest).toEqual([]);
    expect(doc!.kind).toBe('minutes');
    expect(doc!.bodyId).toBe('northbay-scb');
    expect(doc!.date).toBe('2021-02-04');
    expect(doc!.venue).toBe('Room 2 - Northbay Guildhall, Quay Street, Northbay');
    expect(doc!.chair).toBeNull();
    expect(doc!.present).toEqual([]);
    expect(doc!.apologies).toEqual(['Tomasz Nowicki', 'Priya Sandhu', 'Len Osei']);
  });

  it('finds headings, leaves sub-topics of any other business inside it and counts unmarked resolutions', () => {
    expect(titles(doc!)).toEqual([
      'Apologies for Absence',
      'Declarations of Interest',
      'Minutes of Previous Meeting',
      'Harbour Youth Outreach',
      'Community Safety Plan Refresh',
      'Any Other Business',
      'Date of Next Meeting',
    ]);
    expect(counts(doc!)).toEqual([0, 0, 1, 2, 1, 0, 1]);
    expect(doc!.items.every((i) => i.number === null)).toBe(true);
  });

  it('does not take the verb "prevent" for the Prevent duty', () => {
    expect(doc!.duties).toEqual([]);
    expect(doc!.nextMeeting).toEqual({ date: '2021-05-06', venue: 'Northbay Guildhall' });
  });
});

describe('attendance tables, "No 1" items and "Action - name" lines', () => {
  const [doc, ...rest] = extractMinutes(fixture('table-westfold-2024-03-05.txt'), { resolver }).documents;

  it('keeps the title line above "Minutes of the meeting held on ..." as the body', () => {
    expect(rest).toEqual([]);
    expect(doc!.body).toBe('Westfold Safer Neighbourhoods Board');
    expect(doc!.bodyId).toBe('westfold-snb');
    expect(doc!.date).toBe('2024-03-05');
    expect(doc!.venue).toBe('Riverside House, Westfold');
  });

  it('reads name | organisation tables with titles and the chair', () => {
    expect(doc!.present).toEqual(['Joan Ashdown', 'Rafael Moreno', 'Nadia Farouk', 'Owen Trelawney']);
    expect(doc!.chair).toBe('Joan Ashdown');
    expect(doc!.people[0]).toMatchObject({ name: 'Joan Ashdown', title: 'Cllr', affiliation: 'Westfold Borough Council', chair: true });
    expect(doc!.people[1]).toMatchObject({ name: 'Rafael Moreno', title: 'Superintendent', affiliation: 'Westshire Constabulary' });
    expect(doc!.apologies).toEqual(['Beth Carrow', 'Declan Hume']);
  });

  it('reads "No N" items, "Agreed:" resolutions and actions with owners', () => {
    expect(doc!.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(titles(doc!)[2]).toBe('Serious violence duty: strategic needs assessment');
    expect(counts(doc!)).toEqual([0, 0, 1, 0, 0]);
    expect(doc!.items[1]!.actions).toEqual(['The notes of the meeting held on 7 November 2023 were agreed as a true record. (action: Nadia Farouk)']);
    expect(doc!.items[2]!.actions).toEqual(['Partners to send comments by 29 March 2024. (action: All)']);
    expect(doc!.duties).toEqual(['serious-violence', 'domestic-homicide-review']);
    expect(doc!.nextMeeting).toEqual({ date: '2024-06-04', venue: 'Riverside House' });
  });
});

describe('numbered paragraphs, tab-separated attendance and ACTION lines', () => {
  const [doc, ...rest] = extractMinutes(fixture('paragraphs-southwick-2024-01-16.txt'), { resolver }).documents;

  it('reads the head from "Minutes of the meeting of X held on D at V"', () => {
    expect(rest).toEqual([]);
    expect(doc!.kind).toBe('minutes');
    expect(doc!.bodyId).toBe('southwick-csp');
    expect(doc!.date).toBe('2024-01-16');
    expect(doc!.venue).toBe('Southwick Town Hall');
  });

  it('reads tab-separated attendance with affiliations and a chair', () => {
    expect(doc!.present).toEqual(['Grace Holloway', 'Imran Qureshi', 'Martina Kowalczyk', 'Felix Brandt']);
    expect(doc!.chair).toBe('Grace Holloway');
    expect(doc!.people.find((p) => p.name === 'Grace Holloway')?.affiliation).toBe('Southwick Council');
    expect(doc!.apologies).toEqual(['Hugo Lennox', 'Sally Whitcombe']);
  });

  it('takes numbered items, not their 1.1 paragraphs, with AGREED and "It was agreed" resolutions and ACTION lines', () => {
    expect(titles(doc!)).toEqual(['Welcome and apologies', 'Minutes of the last meeting', 'Prevent and Channel update', 'Any other business', 'Date of next meeting']);
    expect(counts(doc!)).toEqual([0, 1, 1, 0, 0]);
    expect(doc!.items[2]!.actions).toEqual(['MK to share the referral figures with partners.']);
    expect(doc!.items[2]!.mentions).toEqual([{ kind: 'Duty', id: 'prevent', text: 'Prevent' }]);
    expect(doc!.nextMeeting).toEqual({ date: '2024-04-16', venue: 'Southwick Town Hall' });
  });
});

describe('without a resolver', () => {
  it('leaves bodyId null and finds no mentions', () => {
    const [doc] = extractMinutes(fixture('web-northbay-2021-02-04.txt')).documents;
    expect(doc!.bodyId).toBeNull();
    expect(doc!.duties).toEqual([]);
    expect(doc!.items.flatMap((i) => i.mentions)).toEqual([]);
  });
});

describe('one name per line, a bare "Apologies" heading, "1.0" items and "The Partnership RESOLVED"', () => {
  const text = [
    'Southwick Community Safety Partnership',
    'Minutes of the meeting held on 3 July 2024 at Southwick Library',
    '',
    'Present:',
    'Cllr Ruth Penhale – Chair',
    'Aoibheann Cassidy',
    'Zbigniew Nowak, Southshire Police',
    '',
    'Apologies',
    'Eamon Rourke',
    'Kerry Blythe',
    '',
    '1.0 Welcome',
    '1.1 The chair opened the meeting.',
    '',
    '2.0 Minutes and matters arising',
    '2.1 The Partnership RESOLVED that the minutes be approved.',
    '',
    '3.0 Serious Violence Duty',
    '3.1 The Committee AGREED: to adopt the strategy.',
    '3.2 The Partnership agreed to meet again.',
  ].join('\n');
  const [doc] = extractMinutes(text, { resolver }).documents;

  it('reads unfamiliar names one per line and the chair after a dash', () => {
    expect(doc!.present).toEqual(['Ruth Penhale', 'Aoibheann Cassidy', 'Zbigniew Nowak']);
    expect(doc!.chair).toBe('Ruth Penhale');
    expect(doc!.people[2]!.affiliation).toBe('Southshire Police');
    expect(doc!.apologies).toEqual(['Eamon Rourke', 'Kerry Blythe']);
  });

  it('numbers "N.0" items and counts resolutions the body resolved in capitals', () => {
    expect(doc!.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Welcome'],
      ['2', 'Minutes and matters arising'],
      ['3', 'Serious Violence Duty'],
    ]);
    expect(counts(doc!)).toEqual([0, 1, 1]);
  });
});

describe('printed minutes with running minute numbers and the council named above the body', () => {
  const [doc, ...rest] = extractMinutes(fixture('printed-harbour-2024-03-12.txt'), { resolver }).documents;

  it('takes the body, not the council, from the title lines', () => {
    expect(rest).toEqual([]);
    expect(doc!.body).toBe('Safer Harbour Partnership');
    expect(doc!.date).toBe('2024-03-12');
  });

  it('reads initials, plural titles, honours and officers in attendance', () => {
    expect(doc!.present).toEqual(['A Brown', 'C Davis', 'E Fox', 'Jane Roe']);
    expect(doc!.chair).toBe('A Brown');
    expect(doc!.people.filter((p) => p.role === 'present').map((p) => p.title)).toEqual(['Councillor', 'Councillor', 'Councillor', 'Chief Constable']);
    expect(doc!.alsoPresent).toEqual(['G Hill']);
    expect(doc!.people.find((p) => p.name === 'G Hill')?.affiliation).toBe('Community Safety Manager');
    expect(doc!.apologies).toEqual(['J King']);
  });

  it('numbers items from 14 and counts lettered resolution parts', () => {
    expect(doc!.items.map((i) => i.number)).toEqual(['14', '15', '16', '17', '18']);
    expect(counts(doc!)).toEqual([0, 0, 1, 2, 1]);
    expect(doc!.nextMeeting).toEqual({ date: '2024-06-11', venue: null });
  });
});

describe('a "Members:" list with chair lines, and item numbers standing above their titles', () => {
  const text = [
    'MINUTES',
    '',
    'Riverside Partnership Board',
    '',
    'Meeting held on 2 February 2022 at Riverside Hall',
    '',
    'Members:',
    'Chair: Cllr Pat Oduya',
    'Vice-Chair – Lorna Beck',
    'Edwin Marsh',
    '',
    'Apologies: Ines Duarte',
    '',
    '1.',
    '',
    'Welcome',
    '',
    '2.',
    '',
    'Minutes of the last meeting',
    'AGREED: the minutes be approved.',
  ].join('\n');
  const [doc] = extractMinutes(text).documents;

  it('reads the members of minutes as present, in order, with the chair and vice-chair', () => {
    expect(doc!.kind).toBe('minutes');
    expect(doc!.venue).toBe('Riverside Hall');
    expect(doc!.present).toEqual(['Pat Oduya', 'Lorna Beck', 'Edwin Marsh']);
    expect(doc!.chair).toBe('Pat Oduya');
    expect(doc!.people[1]).toMatchObject({ name: 'Lorna Beck', affiliation: 'Vice-Chair' });
    expect(doc!.apologies).toEqual(['Ines Duarte']);
  });

  it('joins a number to the title under it', () => {
    expect(doc!.items.map((i) => [i.number, i.title, i.resolutions.length])).toEqual([
      ['1', 'Welcome', 0],
      ['2', 'Minutes of the last meeting', 1],
    ]);
  });
});

describe('an agenda followed by an appendix with its own numbering, then minutes whose date is on the next line', () => {
  const [agenda, minutes, ...rest] = extractMinutes(fixture('pack-westbrook-2012-07-19.txt'), { resolver }).documents;

  it('ends the agenda at its closing items', () => {
    expect(rest).toEqual([]);
    expect(agenda!.kind).toBe('agenda');
    expect(titles(agenda!)).toEqual(['Apologies for Absence', 'Minutes of the last meeting', 'Date of Next Meeting', 'Any other business']);
  });

  it('reads "MEETING HELD AT <venue>" with "ON <date>" below it', () => {
    expect(minutes!.kind).toBe('minutes');
    expect(minutes!.body).toBe('WESTBROOK SAFER COMMUNITIES PARTNERSHIP');
    expect(minutes!.date).toBe('2012-06-14');
    expect(minutes!.venue).toBe('COMMITTEE ROOM 1, TOWN HALL, WESTBROOK');
    expect(minutes!.present).toEqual(['Moncur', 'Pike', 'Lowe', 'Gail Rudd']);
    expect(minutes!.people.map((p) => p.title)).toEqual(['Councillor', 'Councillor', 'Councillor', 'Inspector', 'Councillor']);
    expect(minutes!.apologies).toEqual(['Dunn']);
    expect(minutes!.items.map((i) => [i.number, i.resolutions.length])).toEqual([
      ['11', 0],
      ['12', 1],
    ]);
  });
});

describe('web page with minute numbers above the titles and "Minutes:" / "Resolved:" labels', () => {
  const [doc, ...rest] = extractMinutes(fixture('web-numbered-kingsmere-2020-03-12.txt'), { resolver }).documents;

  it('reads numbered items, labelled resolutions and the head', () => {
    expect(rest).toEqual([]);
    expect(doc!.kind).toBe('minutes');
    expect(doc!.body).toBe('Kingsmere Safer Communities Partnership');
    expect(doc!.venue).toBe('Committee Room - Kingsmere Town Hall');
    expect(doc!.apologies).toEqual(['Ruth Hale', 'Imogen Vass']);
    expect(doc!.items.map((i) => [i.number, i.title, i.resolutions.length])).toEqual([
      ['40', 'Apologies for Absence', 0],
      ['41', 'Minutes of Previous Meeting', 1],
      ['42', 'Prevent Strategy 2020/21', 2],
      ['43', 'Date of Next Meeting', 1],
    ]);
    expect(doc!.duties).toEqual(['prevent']);
    expect(doc!.nextMeeting).toEqual({ date: '2020-06-11', venue: null });
  });
});

describe('apologies details', () => {
  it('follows an apologies sentence wrapped onto the next line and never makes an apology the chair', () => {
    const text = [
      'MINUTES',
      'Riverside Partnership Board',
      'Meeting held on 2 February 2022 at Riverside Hall',
      '',
      'Present: Edwin Marsh, Lorna Beck',
      '',
      '1. Apologies',
      'Apologies for absence were received from Councillor Pat Oduya (Chair), Ines Duarte',
      'and Kofi Mensah.',
      '',
      '2. Minutes of the last meeting',
    ].join('\n');
    const [doc] = extractMinutes(text).documents;
    expect(doc!.apologies).toEqual(['Pat Oduya', 'Ines Duarte', 'Kofi Mensah']);
    expect(doc!.chair).toBeNull();
  });
});
