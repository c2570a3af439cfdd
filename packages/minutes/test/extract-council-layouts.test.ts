/**
 * Extraction of invented documents in further layouts met in councils' community safety papers
 * (measured on real papers, listed in docs/minutes.md): items timed "2 minutes", titles ending with a
 * full stop and a chair elected in the text, a chair appointed for the meeting, a web page whose
 * item is titled "Minutes", a ward panel's attendance grouped by who came with initials for
 * residents, a page that lost its title, table rows flattened one a line, minute references
 * ("CSF 14/1") as item numbers, and "Core Membership" / "Attendees" tables with ranks held for the
 * time being ("Temporary Chief Superintendent"), and flat "Name Agency" lines with people run
 * together after an agency, and untitled names run together with nothing between them. Each
 * expectation fails without the rule it names.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractMinutes, type ExtractedDocument } from '@govgraph/minutes';

const fixture = (name: string): Buffer => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
const titles = (doc: ExtractedDocument): string[] => doc.items.map((i) => i.title);
const counts = (doc: ExtractedDocument): number[] => doc.items.map((i) => i.resolutions.length);
const only = (name: string): ExtractedDocument => {
  const { documents } = extractMinutes(fixture(name));
  expect(documents).toHaveLength(1);
  return documents[0]!;
};

describe('web page whose items carry the time they are given ("2 minutes")', () => {
  const doc = only('web-timed-oakhurst-2019-03-27.txt');

  it('is minutes (what the meeting did, with no "Minutes:" labels or resolutions), of the body and day in its head', () => {
    expect(doc).toMatchObject({ kind: 'minutes', body: 'Oakhurst Community Safety Partnership', date: '2019-03-27' });
  });

  it('takes no duration for an item number and only timed headings as items (the sub-groups are sub-topics)', () => {
    expect(titles(doc)).toEqual(['Welcome and Apologies for Absence', 'Declarations of Interest', 'Minutes', 'Sub-Group Reports', 'Date of Next Meeting']);
    expect(doc.items.every((i) => i.number === null)).toBe(true);
  });
});

describe('web page with titles ending in a full stop and a chair elected at the meeting', () => {
  const doc = only('web-elected-chair-larchfield-2023-06-30.txt');

  it('reads "Election of Chairman." as an item, but not "No declarations were made." nor "X in the Chair"', () => {
    expect(titles(doc)).toEqual([
      'Introductions and apologies',
      'Election of Chairman',
      'Election of Deputy Chairman',
      'Minutes of previous meeting',
      'Declarations of interest',
      'Board Action Log',
    ]);
  });

  it('takes the chair elected in the text, not the deputy, with the title apart from the name', () => {
    expect(doc.chair).toBe('P. Orwell');
    expect(doc.people.find((p) => p.chair)).toMatchObject({ title: 'Mrs', role: 'present' });
  });

  it('counts "It was proposed, seconded and AGREED that ..." as a resolution', () => {
    expect(counts(doc)).toEqual([0, 1, 1, 0, 0, 1]);
  });
});

describe('web page with a chair appointed for the meeting', () => {
  const doc = only('web-appointed-chair-thornbury-2014-02-20.txt');

  it('reads "An apology for absence was received from Councillor ..."', () => {
    expect(doc.apologies).toEqual(['J Oldroyd']);
    expect(doc.people.find((p) => p.role === 'apologies')?.title).toBe('Councillor');
  });

  it('takes the chair from "That Councillor T Varley be appointed as Chairman" / "... took the Chair"', () => {
    expect(doc.chair).toBe('T Varley');
  });
});

describe('web page whose item is titled "Minutes" under its number', () => {
  const doc = only('web-minutes-item-wexcombe-2006-10-12.txt');

  it('starts no second document at the item title, and reads the page as minutes', () => {
    expect(doc).toMatchObject({ kind: 'minutes', body: 'Crime and Disorder Scrutiny Panel', date: '2006-10-12' });
    expect(doc.items.map((i) => i.number)).toEqual(['7', '8', '9', '10']);
  });
});

describe('ward panel minutes with attendance grouped by who came', () => {
  const doc = only('ward-panel-initials-brookside-2018-04-18.txt');

  it('reads past "Meeting Minutes" and "Meeting opened at ..." in the head', () => {
    expect(doc).toMatchObject({ kind: 'minutes', body: 'Safer Neighbourhood – Brookside Ward Panel', date: '2018-04-18' });
  });

  it('reads "Cllrs:" and "... Representative:" lists as present, and leaves residents given by initials unnamed', () => {
    expect(doc.present).toEqual(['R Amberley', 'T Fenwick', 'L Marchant']);
    expect(doc.people.find((p) => p.name === 'L Marchant')).toMatchObject({ title: 'PC', affiliation: 'Brookside, Dedicated Ward Officer' });
  });

  it('reads a police sergeant ("PS") among the apologies', () => {
    expect(doc.apologies).toEqual(['H Dalloway', 'E Rook']);
    expect(doc.people.find((p) => p.name === 'H Dalloway')?.title).toBe('PS');
  });

  it('reads items a converter numbered "1." each as items in order, with no numbers, and the title before what the item recorded', () => {
    expect(titles(doc)).toEqual(['Introductions', 'Minutes from last meeting (Wednesday 17th January 2018)', 'Matters arising from Minutes', 'Police update – PC Marchant']);
    expect(doc.items.every((i) => i.number === null)).toBe(true);
  });
});

describe('web page that lost its title', () => {
  const doc = only('web-untitled-redcliff-2014-06-19.txt');

  it('takes the body named in the text (not "Items"), says so, and invents no date', () => {
    expect(doc).toMatchObject({ kind: 'minutes', body: 'Safer Redcliff Partnership', date: null });
    expect(doc.warnings).toContain('body name "Safer Redcliff Partnership" read from the text, not from a title');
  });

  it('takes the chair appointed in the text, not the vice-chair', () => {
    expect(doc.chair).toBe('Moorcroft');
  });

  it('counts "Agreed the ..." decisions and "..., it was agreed that ..." after the discussion', () => {
    expect(counts(doc)).toEqual([0, 1, 1, 1]);
  });
});

describe('web page whose table rows were flattened one a line', () => {
  const doc = only('web-rows-felham-2024-03-06.txt');

  it('reads each row\'s title before its papers or its "Minutes:"', () => {
    expect(titles(doc)).toEqual(['WELCOME & INTRODUCTIONS', 'MINUTES OF PREVIOUS MEETING', 'CRIME STATISTICS', 'ELECTION OF OFFICERS']);
    expect(doc).toMatchObject({ kind: 'minutes', body: 'Felham Safer Neighbourhood Board' });
  });
});

describe('minutes numbered by minute references ("CSF 14/1")', () => {
  const doc = only('minute-refs-hadley-2014-04-01.txt');

  it('takes the references as item numbers and section headings as no items', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['CSF 14/1', 'Declarations of interest'],
      ['CSF 14/2', 'Minutes'],
      ['CSF 14/3', 'Presentation by Inspector Ann Kestrel of Hadley Police on Crime Figures'],
      ['CSF 14/4', 'Community Safety Action Plan'],
    ]);
    expect(counts(doc)).toEqual([0, 1, 0, 1]);
  });
});

describe('attendance as "Core Membership" and "Attendees" tables, "Apologies received:" and "In Attendance –"', () => {
  const doc = only('core-membership-westcombe-2017-12-15.txt');

  it('reads the core members and the other attendees as present, the chair marked in the table', () => {
    expect(doc).toMatchObject({ kind: 'minutes', body: 'Westcombe Community Safety Partnership', date: '2017-12-15', chair: 'Ames' });
    expect(doc.present).toEqual(['Ames', 'Ivo Brant', 'Nia Cole', 'Gail Fenn', 'Omar Pike']);
  });

  it('keeps a rank held for the time being as the title, apart from the name', () => {
    expect(doc.people.find((p) => p.name === 'Ivo Brant')).toMatchObject({ title: 'Temporary Chief Superintendent', affiliation: 'Westcombe Police' });
    expect(doc.people.find((p) => p.name === 'Nia Cole')?.title).toBe('Acting Supt');
  });

  it('reads "Name – Agency" apologies and who attended for an item, without "attended for item 1"', () => {
    expect(doc.apologies).toEqual(['Hobb', 'Len Ivers']);
    expect(doc.people.find((p) => p.name === 'Len Ivers')?.affiliation).toBe('Probation Service');
    expect(doc.alsoPresent).toEqual(['Kay Quill']);
  });
});

describe('flat "Name Agency" lines without a separator, and two people run together after an agency', () => {
  const doc = only('flat-name-agency-kelby-2016-05-09.txt');

  it('splits each line into the name and the agency (a middle initial kept in the name)', () => {
    expect(doc.present).toEqual(['Sarah Quint', 'Tom Ashdown', 'Ravi Menon', 'Helen J Barr']);
    expect(doc.people.filter((p) => p.role === 'present').map((p) => p.affiliation)).toEqual(['Kelby Borough Council', 'Kelby CVS', 'Kelby District Council', 'NHS Kelby CCG']);
    expect(doc.people.find((p) => p.name === 'Ravi Menon')?.title).toBe('Cllr');
  });

  it('splits "Jane Roe, Kelby Council Mark Ellis, Kelby Police" into two people with their agencies', () => {
    expect(doc.people.filter((p) => p.role === 'apologies').map((p) => [p.name, p.affiliation])).toEqual([
      ['Jane Roe', 'Kelby Council'],
      ['Mark Ellis', 'Kelby Police'],
    ]);
  });
});

describe('attendance with untitled names run together and nothing between them', () => {
  const doc = only('run-together-names-dunmore-2019-11-06.txt');

  it('splits two people whose halves each begin with a known given name', () => {
    expect(doc.present).toEqual(['Hazel Penrose', 'Paul Ashdown', 'Neelam Varma', 'Gareth Lloyd Owen Jones', 'Mary Ann Lee']);
    expect(doc.chair).toBe('Hazel Penrose');
    expect(doc.apologies).toEqual(['Tariq Mahmood']);
  });

  it('warns about a long untitled name it cannot tell is one person or two, rather than guessing', () => {
    expect(doc.warnings).toEqual(['"Gareth Lloyd Owen Jones" may be two people whose names ran together: check the attendance']);
  });
});
