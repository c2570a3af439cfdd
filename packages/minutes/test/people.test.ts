/** People parsing: titles apart from names, plural titles, affiliations, chairs, lists. */
import { describe, expect, it } from 'vitest';
import { looksLikeName, parsePeopleList, parsePerson, splitTitle } from '@govgraph/minutes';

describe('parsePerson', () => {
  it('keeps titles apart from the name', () => {
    expect(parsePerson('Councillor Hardy')).toMatchObject({ name: 'Hardy', title: 'Councillor' });
    expect(parsePerson('Chief Superintendent Ana Lopes')).toMatchObject({ name: 'Ana Lopes', title: 'Chief Superintendent' });
    expect(parsePerson('Chief Inspector Tom Reyes')).toMatchObject({ name: 'Tom Reyes', title: 'Chief Inspector' });
    expect(parsePerson('Inspector Ada Quist')).toMatchObject({ name: 'Ada Quist', title: 'Inspector' });
    expect(parsePerson('Ms. Stoops')).toMatchObject({ name: 'Stoops', title: 'Ms' });
    expect(parsePerson('Cllr Dr Jane Roe')).toMatchObject({ name: 'Jane Roe', title: 'Cllr Dr' });
    expect(parsePerson('Mr P. Jones')).toMatchObject({ name: 'P. Jones', title: 'Mr' });
  });

  it('reads the chair and affiliations in brackets, after a dash or after a comma', () => {
    expect(parsePerson('Councillor Okafor (in the Chair)')).toMatchObject({ name: 'Okafor', title: 'Councillor', chair: true });
    expect(parsePerson('Jane Roe (Eastshire Fire and Rescue Service)')).toMatchObject({ name: 'Jane Roe', affiliation: 'Eastshire Fire and Rescue Service' });
    expect(parsePerson('Chris Vale – Locality Team Manager')).toMatchObject({ name: 'Chris Vale', affiliation: 'Locality Team Manager' });
    expect(parsePerson('Sam Ortiz, Harbour Youth Trust')).toMatchObject({ name: 'Sam Ortiz', affiliation: 'Harbour Youth Trust' });
  });

  it('refuses organisations, headings and sentences', () => {
    expect(parsePerson('Westshire Constabulary')).toBeNull();
    expect(parsePerson('Apologies for Absence')).toBeNull();
    expect(parsePerson('Sefton CVS')).toBeNull();
    expect(parsePerson('The report was noted by members')).toBeNull();
    expect(parsePerson('')).toBeNull();
  });
});

describe('parsePeopleList', () => {
  const names = (text: string): string[] => parsePeopleList(text).map((p) => `${p.title ? `${p.title} ` : ''}${p.name}${p.affiliation ? ` [${p.affiliation}]` : ''}`);

  it('splits at commas and "and", and a plural title covers each name after it', () => {
    expect(names('Councillors John Sayers and Shaw')).toEqual(['Councillor John Sayers', 'Councillor Shaw']);
    expect(names('Councillor Iris Mole, Ben Tate and Andrea Vance.')).toEqual(['Councillor Iris Mole', 'Ben Tate', 'Andrea Vance']);
    expect(names('Cllrs Pike, Lowe & Dunn; Superintendent Kay Orr')).toEqual(['Cllr Pike', 'Cllr Lowe', 'Cllr Dunn', 'Superintendent Kay Orr']);
  });

  it('attaches a role or organisation after a comma to the person before it', () => {
    expect(names('Mia Stone, Service Manager, Changing Paths, and Tom Reyes')).toEqual(['Mia Stone [Service Manager, Changing Paths]', 'Tom Reyes']);
    expect(names('Lena Park (Westshire Police), Dr Amira Khan – Public Health')).toEqual(['Lena Park [Westshire Police]', 'Dr Amira Khan [Public Health]']);
  });

  it('ignores a column label and reads slashes as separators', () => {
    expect(names('Councillor: Ann Lee, Robinson, Superintendent Dawn Hale')).toEqual(['Ann Lee', 'Robinson', 'Superintendent Dawn Hale']);
    expect(names('Simon Ward/Steve Hale')).toEqual(['Simon Ward', 'Steve Hale']);
  });

  it('reads capitals', () => {
    expect(names('JOHN SMITH AND JANE ROE')).toEqual(['JOHN SMITH', 'JANE ROE']);
  });
});

describe('splitTitle and looksLikeName', () => {
  it('leaves a name that only starts like a title alone', () => {
    expect(splitTitle('Mrs Misty Ray')).toEqual({ title: 'Mrs', plural: false, rest: 'Misty Ray' });
    expect(splitTitle('Drake Lowe')).toEqual({ plural: false, rest: 'Drake Lowe' });
    expect(splitTitle('Miss')).toEqual({ plural: false, rest: 'Miss' });
  });

  it('accepts particles and prefixes, rejects acronyms and organisation words', () => {
    expect(looksLikeName("Niamh O'Neill")).toBe(true);
    expect(looksLikeName('Jan van der Berg')).toBe(true);
    expect(looksLikeName('Dawn McNally')).toBe(true);
    expect(looksLikeName('MFRS')).toBe(false);
    expect(looksLikeName('Youth Justice Service')).toBe(false);
  });
});

describe('names and agencies without separators', () => {
  it('reads a name followed by its agency only when a given name or title begins it and the rest names an agency', () => {
    expect(parsePerson('Sue Holden Sefton CVS')).toMatchObject({ name: 'Sue Holden', affiliation: 'Sefton CVS' });
    expect(parsePerson('Supt Kim Oates Westcombe Police')).toMatchObject({ name: 'Kim Oates', title: 'Superintendent', affiliation: 'Westcombe Police' });
    expect(parsePerson('Community Safety Update')).toBeNull();
    expect(parsePerson('Holden Sefton Trust')).toBeNull();
  });

  it('splits a person run on after an agency, but never at a title ("PS H Dalloway")', () => {
    expect(parsePeopleList('Chris White Sefton Council Sue Holden Sefton CVS').map((p) => [p.name, p.affiliation])).toEqual([
      ['Chris White', 'Sefton Council'],
      ['Sue Holden', 'Sefton CVS'],
    ]);
    expect(parsePeopleList('PS H Dalloway (Brookside)')).toEqual([{ name: 'H Dalloway', title: 'PS', affiliation: 'Brookside' }]);
  });

  it('splits two untitled people run together when both halves begin with a known given name, and only then', () => {
    expect(parsePeopleList('Paul Ashdown Neelam Varma, Ruth Kell').map((p) => p.name)).toEqual(['Paul Ashdown', 'Neelam Varma', 'Ruth Kell']);
    expect(parsePeopleList('Paul Ashdown Neelam Varma (Dunmore CVS)')).toEqual([
      { name: 'Paul Ashdown', title: undefined, affiliation: undefined, chair: undefined },
      { name: 'Neelam Varma', title: undefined, affiliation: 'Dunmore CVS', chair: undefined },
    ]);
    // A second given name, an unknown third word, or a title: one person.
    expect(parsePeopleList('Mary Ann Lee Jones').map((p) => p.name)).toEqual(['Mary Ann Lee Jones']);
    expect(parsePeopleList('Gareth Lloyd Owen Jones').map((p) => p.name)).toEqual(['Gareth Lloyd Owen Jones']);
    expect(parsePeopleList('Paul Ashdown Brown Varma').map((p) => p.name)).toEqual(['Paul Ashdown Brown Varma']);
  });
});
