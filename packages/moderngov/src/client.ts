/**
 * A client of one site's ModernGov web service (`mgWebService.asmx`), read over HTTP GET as the
 * service offers it: `GetCommittees`, `GetMeetings?lCommitteeId=&sFromDate=&sToDate=` (dates as
 * dd/mm/yyyy) and `GetMeeting?lMeetingId=`, plus the documents its meetings link to. Every request
 * goes through one {@link PoliteFetcher}, so the site sees one request at a time, spaced out.
 *
 * @example
 * const client = new ModernGovClient('https://democracy.example.gov.uk');
 * const committees = await client.getCommittees();
 */
import { ModernGovError } from './errors.js';
import { PoliteFetcher, type FetchedResource, type PoliteFetchOptions } from './polite-fetch.js';
import type { Committee, Meeting, MeetingSummary } from './types.js';
import { isoToServiceDate, parseCommittees, parseMeeting, parseMeetings } from './xml.js';

/** The service's address for a site given as its home page or as the `.asmx` address itself. */
export function serviceUrl(site: string): URL {
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new ModernGovError('invalid-site', `"${site}" is not a web address; give the council's ModernGov site, e.g. https://democracy.example.gov.uk`, site);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ModernGovError('invalid-site', `"${site}" is not an http(s) address`, site);
  url.search = '';
  url.hash = '';
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = /mgwebservice\.asmx$/i.test(path) ? path : `${path}/mgWebService.asmx`;
  return url;
}

/** Options of {@link ModernGovClient}: how politely to fetch. */
export type ModernGovClientOptions = PoliteFetchOptions;

/** Reads one ModernGov site; see the module comment. */
export class ModernGovClient {
  /** The `mgWebService.asmx` address. */
  readonly service: URL;
  /** The fetcher every request goes through (its `requests` counts them). */
  readonly fetcher: PoliteFetcher;

  constructor(site: string, options: ModernGovClientOptions = {}) {
    this.service = serviceUrl(site);
    this.fetcher = new PoliteFetcher(options);
  }

  /** The address of one web-service operation with its parameters. */
  operationUrl(operation: string, params: Record<string, string> = {}): string {
    const url = new URL(`${this.service.pathname}/${operation}`, this.service);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return url.toString();
  }

  private async xml(operation: string, params: Record<string, string> = {}): Promise<{ url: string; body: string }> {
    const url = this.operationUrl(operation, params);
    const fetched = await this.fetcher.get(url);
    return { url, body: new TextDecoder('utf-8').decode(fetched.body) };
  }

  /** Every committee of the site. */
  async getCommittees(): Promise<Committee[]> {
    const { url, body } = await this.xml('GetCommittees', { lDummy: '0' });
    return parseCommittees(body, url);
  }

  /** A committee's meetings between two days (`YYYY-MM-DD`, inclusive; either may be left out). */
  async getMeetings(committeeId: string, from?: string, to?: string): Promise<MeetingSummary[]> {
    const params: Record<string, string> = { lCommitteeId: committeeId };
    params['sFromDate'] = from ? isoToServiceDate(from) : '';
    params['sToDate'] = to ? isoToServiceDate(to) : '';
    const { url, body } = await this.xml('GetMeetings', params);
    return parseMeetings(body, url, committeeId);
  }

  /** One meeting with its attendees, agenda items and documents. */
  async getMeeting(meetingId: string): Promise<Meeting> {
    const { url, body } = await this.xml('GetMeeting', { lMeetingId: meetingId });
    return parseMeeting(body, url, new URL('/', this.service).toString());
  }

  /** A document a meeting links to, as bytes with its content type. */
  fetchDocument(url: string): Promise<FetchedResource> {
    return this.fetcher.get(url);
  }
}
