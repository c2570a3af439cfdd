/**
 * Extraction of invented documents in layouts met in real councils' papers: an agenda pack whose
 * previous minutes open with a "MEETING HELD AT ..." line wrapped over three lines after a contact
 * block; a web page of agenda and minutes whose items carry links to their papers and mix marked
 * and unmarked resolutions; flat attendance lines of "name, title, agency" under a body's name wrapped
 * over two lines; a record of meeting whose attendance table was left one cell a line. Each
 * expectation fails without the rule it names.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractMinutes, type ExtractedDocument } from '@govgraph/minutes';

const fixture = (name: string): Buffer => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
const titles = (doc: ExtractedDocument): string[] => doc.items.map((i) => i.title);
const counts = (doc: ExtractedDocument): number[] => doc.items.map((i) => i.resolutions.length);

describe('agenda pack with the previous minutes after a contact block', () => {
  const result = extractMinutes(fixture('pack-millbrook-2015-05-21.txt'));
  const [agenda, minutes] = result.documents;

  it('finds the agenda and the minutes, and makes nothing of the contact block ("OFFICER:")', () => {
    expect(result.documents.map((d) => [d.kind, d.date])).toEqual([
      ['agenda', '2015-05-21'],
      ['minutes', '2015-03-19'],
    ]);
  });

  it('reads a membership list under a "Councillor:" column label', () => {
    expect(agenda!.members).toEqual(['Quarry', 'Tennant', 'Olu Bramwell', 'Stephen Falkirk', 'Maud Ellery', 'Gwen Hartigan', 'Dominic Voss']);
  });

  it('keeps the items after an exclusion of the press in mid-agenda', () => {
    expect(agenda!.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('reads the date and venue of a "MEETING HELD AT" line wrapped over three lines, and the body above it', () => {
    expect(minutes).toMatchObject({ body: 'MILLBROOK SAFER COMMUNITIES PARTNERSHIP', venue: 'COMMITTEE ROOM 2, MILLBROOK GUILDHALL, NORTH STREET', chair: 'Quarry' });
  });

  it('joins a name wrapped across two lines of the present list', () => {
    expect(minutes!.present).toEqual(['Quarry', 'Olu Bramwell', 'Stephen Falkirk', 'Gwen Hartigan', 'Maud Ellery', 'Dominic Voss', 'Christopher Pellingham', 'Ines Marwood', 'Hal Cotterill', 'Tennant']);
  });

  it('splits two people run together after a closing bracket', () => {
    expect(minutes!.apologies).toEqual(['Rhoda Kessel', 'Dominic Strand', 'Ivy Mott']);
    expect(minutes!.people.find((p) => p.name === 'Dominic Strand')?.affiliation).toBe('Probation Service');
  });

  it('counts "RESOLVED;" and "RESOLVED:" / "That:" parts, but not "It was agreed" sentences where the minutes resolve formally', () => {
    expect(counts(minutes!)).toEqual([0, 1, 2, 0, 1]);
  });
});

describe('web page of agenda and minutes whose items link their papers', () => {
  const [doc, ...rest] = extractMinutes(fixture('web-linked-fernhill-2022-03-10.txt')).documents;

  it('is one set of minutes', () => {
    expect(rest).toEqual([]);
    expect(doc).toMatchObject({ kind: 'minutes', body: 'Fernhill Community Safety Partnership', date: '2022-03-10' });
  });

  it('takes every heading with a paper link as an item, and no "Report of" line or sub-heading', () => {
    expect(titles(doc!)).toEqual(['Apologies for Absence', 'Minutes of Previous Meeting', 'Knife Crime Strategy', 'School Exclusions', 'Partner Updates', 'Date of Next Meeting']);
  });

  it('reads marked resolutions where an item has them and the unmarked wording elsewhere', () => {
    expect(counts(doc!)).toEqual([0, 1, 1, 2, 1, 0]);
  });

  it('splits apologies run together after a bracket', () => {
    expect(doc!.apologies).toEqual(['Nell Arkwright', 'Pia Sandoval', 'Oren Blackwood', 'Wes Corrigan']);
  });
});

describe('flat attendance lines, one person a line as "name, title or role, agency"', () => {
  const [doc, ...rest] = extractMinutes(fixture('flat-lines-ashby-vale-2013-05-13.txt')).documents;

  it('joins the body name wrapped onto a second title line, and reads the venue between the date and the attendance', () => {
    expect(rest).toEqual([]);
    expect(doc).toMatchObject({
      kind: 'minutes',
      body: 'Safer Ashby Vale Partnership/Substance Misuse Team Partnership Board',
      date: '2013-05-13',
      venue: 'Meeting Room 4 at 21 Cornhill Parade',
    });
  });

  it('reads one person a line, a title after the name kept as the title and "(Chair)" as the chair', () => {
    expect(doc!.present).toEqual(['Miriam Okafor', 'Tobias Renwick', 'Helen Brisco', 'Gareth Lund', 'Nina Pascoe']);
    expect(doc!.alsoPresent).toEqual(['Ruth Tamsin', 'Owen Pritchard', 'Megan Holroyd']);
    expect(doc!.chair).toBe('Miriam Okafor');
    expect(doc!.people.find((p) => p.name === 'Miriam Okafor')).toMatchObject({ title: 'Superintendent', affiliation: 'AVP' });
    expect(doc!.people.find((p) => p.name === 'Helen Brisco')?.affiliation).toBe('Head of Early Help & Families, AVDC');
  });
});

describe('record of meeting with its attendance table left one cell a line', () => {
  const [doc] = extractMinutes(fixture('cell-lines-ashby-vale-2021-02-09.txt')).documents;

  it('takes the body from "Meeting:", not from the "RECORD OF MEETING" title, and reads past a logo word', () => {
    expect(doc).toMatchObject({ kind: 'minutes', body: 'Safer Ashby Vale Partnership Board', date: '2021-02-09', chair: 'Rowan Adebayo' });
  });

  it('reads each row\'s cells from as many lines, dropping the initials after a name', () => {
    expect(doc!.present).toEqual(['Rowan Adebayo', 'Carys Whitlock', 'Declan Farrow', 'Priya Ramsden']);
    expect(doc!.people.find((p) => p.name === 'Declan Farrow')).toMatchObject({ title: 'Inspector', affiliation: 'Ashby Vale Police' });
  });

  it('reads both people sharing a post and no one for a vacant post', () => {
    expect(doc!.apologies).toEqual(['Morwenna Tait', 'Lena Dobson', 'Arthur Keal']);
  });
});
