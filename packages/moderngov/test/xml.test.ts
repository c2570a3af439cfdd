/** The web service's XML shapes read into committees, meetings, attendees, items and documents. */
import { describe, expect, it } from 'vitest';
import { parseCommittees, parseMeeting, parseMeetings, parseServiceXml, serviceDateToIso, isModernGovError } from '@govgraph/moderngov';
import { fixture } from './fixture-site.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isModernGovError(error) ? error.code : 'not a ModernGovError';
  }
  return undefined;
}

describe('parsing the service', () => {
  it('reads committees, decoding text the site encoded twice', () => {
    expect(parseCommittees(fixture('get-committees.xml'), 'u')).toEqual([
      { id: '301', title: 'Westmarsh Community Safety Partnership', category: 'Partnerships', deleted: false, expired: false },
      { id: '302', title: 'Planning & Licensing Committee', category: 'Regulatory', deleted: false, expired: false },
      { id: '303', title: 'Westmarsh Safer Streets Forum', category: 'Partnerships', deleted: false, expired: true },
    ]);
  });

  it('reads a committee\'s meetings with ISO dates', () => {
    expect(parseMeetings(fixture('get-meetings-301.xml'), 'u', '301').map((m) => [m.id, m.committeeId, m.date, m.time])).toEqual([
      ['4101', '301', '2023-03-14', '14:00'],
      ['4102', '301', '2023-06-13', '14:00'],
      ['4103', '301', '2023-09-12', '14:00'],
    ]);
    expect(parseMeetings('<getmeetings><committee><committeeid>9</committeeid><committeemeetings/></committee></getmeetings>', 'u', '9')).toEqual([]);
  });

  it('reads a meeting: attendance as recorded, items, and documents with absolute addresses', () => {
    const meeting = parseMeeting(fixture('get-meeting-4101.xml'), 'u', 'https://democracy.westmarsh.example/');
    expect(meeting).toMatchObject({ id: '4101', date: '2023-03-14', location: 'Westmarsh Town Hall', minutesPublished: true, agendaPublished: true });
    expect(meeting.attendees).toEqual([
      { memberId: '11', name: 'Councillor Priya Lund', role: 'Chair', attendance: 'Present', representing: null },
      { memberId: '12', name: 'Graeme Holt', role: 'Committee Member', attendance: 'Present', representing: 'Westmarsh Police' },
      { memberId: '13', name: 'Tomasz Brandt', role: 'Committee Member', attendance: 'Apologies', representing: null },
    ]);
    expect(meeting.documents).toEqual([
      {
        attachmentId: '9001',
        title: 'Printed minutes 14th-Mar-2023 14.00 Westmarsh Community Safety Partnership',
        url: 'https://democracy.westmarsh.example/documents/g4101/Printed%20minutes%2014th-Mar-2023.html',
        restricted: false,
        publicationDate: '2023-03-21',
      },
    ]);
    expect(meeting.items.map((i) => [i.number, i.title, i.restricted, i.documents.length])).toEqual([
      ['1', 'Apologies for absence', false, 0],
      ['2', 'Prevent update', false, 1],
      ['3', 'Exempt information', true, 1],
    ]);
    const later = parseMeeting(fixture('get-meeting-4102.xml'), 'u', 'https://democracy.westmarsh.example/');
    expect(later.items[1]!.minutesHtml).toBe('<p>The Partnership considered the structure of its groups.</p><p>RESOLVED: That the Westmarsh Domestic Abuse Board report directly to the Partnership.</p>');
  });

  it('tells an error page from broken XML from the wrong element', () => {
    expect(codeOf(() => parseServiceXml('<!DOCTYPE html><html><head><title>Service Unavailable</title></head></html>', 'u'))).toBe('error-page');
    expect(codeOf(() => parseServiceXml('<committees><committee></committees>', 'u'))).toBe('malformed-xml');
    expect(codeOf(() => parseCommittees('<error>Object reference not set</error>', 'u'))).toBe('malformed-xml');
    expect(codeOf(() => parseMeeting('<meeting><meetingid>1</meetingid><meetingdate>31/02/2023</meetingdate></meeting>', 'u', 'http://x/'))).toBe('malformed-xml');
  });

  it('reads XML an .asmx wraps in <string>', () => {
    const wrapped = `<string xmlns="http://moderngov.co.uk/namespaces">${fixture('get-committees.xml').replace('<?xml version="1.0" encoding="utf-8"?>', '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</string>`;
    expect(parseCommittees(wrapped, 'u').map((c) => c.id)).toEqual(['301', '302', '303']);
  });

  it('reads the service\'s day/month/year dates and refuses impossible ones', () => {
    expect(serviceDateToIso('04/02/2021')).toBe('2021-02-04');
    expect(serviceDateToIso('4/2/2021 00:00:00')).toBe('2021-02-04');
    expect(serviceDateToIso('29/02/2023')).toBeNull();
    expect(serviceDateToIso('2023-02-01')).toBeNull();
  });
});
