/**
 * Importing a ModernGov site's published minutes into a graph: the committees (one, or every
 * committee whose title names a body of the graph), their meetings in a date range, and for each
 * meeting its published minutes — the documents titled as minutes (printed minutes, the minutes of
 * the previous meeting) or, where a site publishes none, the minutes written out from the service
 * itself — extracted and planned with the minutes ingestion, one plan and one audited `apply` per
 * meeting. Meetings already imported into the same store (the state file says so) are skipped; a
 * meeting whose documents could not all be read is reported and left for a later run.
 *
 * Failures of the site (unreachable, error pages, broken XML, still rate-limited after the retries)
 * stop the import with a {@link ModernGovError}; everything finished before is written and recorded,
 * so nothing is lost and a re-run resumes.
 */
import { basename } from 'node:path';
import type { ApplyResult, GraphStore } from '@govgraph/core';
import {
  applyIngestPlan,
  createStoreResolver,
  extractMinutes,
  planIngest,
  readDocumentText,
  type EntityResolver,
  type ExtractionResult,
  type IngestActor,
  type IngestInput,
  type IngestPlan,
} from '@govgraph/minutes';
import type { ModernGovClient } from './client.js';
import { documentText, type PdfTextReader } from './document-text.js';
import { importedMeeting, recordImportedMeeting, type ImportState } from './import-state.js';
import { renderMeetingMinutes } from './render-minutes.js';
import type { Committee, LinkedDocument, Meeting, MeetingSummary } from './types.js';

/** Why an import cannot start; nothing was fetched past the committee list, nothing was written. */
export class ImportSetupError extends Error {
  override readonly name = 'ImportSetupError';
  constructor(
    readonly code: 'unknown-committee' | 'body-not-in-graph' | 'no-committee-in-graph',
    message: string,
    /** Near names of bodies the graph does hold, for a committee it does not. */
    readonly suggestions: string[] = [],
  ) {
    super(message);
  }
}

/** Options of {@link importModernGov}. */
export interface ImportOptions {
  /** Only this committee (its ModernGov id); default every committee whose title names a body of the graph. */
  committeeId?: string | undefined;
  /** First day (`YYYY-MM-DD`, inclusive). */
  from?: string | undefined;
  /** Last day (`YYYY-MM-DD`, inclusive). */
  to?: string | undefined;
  /** Plan and show, write nothing, record nothing. */
  dryRun?: boolean | undefined;
  /** Decisions to write (`'all'` or ids); default none. */
  acceptDecisions?: 'all' | readonly string[] | undefined;
  /** Create Person entities for unmatched full names (default true). */
  createPeople?: boolean | undefined;
  /** Reads PDF documents (default: the minutes package's PDF reading, reading order and table rows kept). */
  readPdf?: PdfTextReader | undefined;
  /** What was imported before; updated in place as meetings are ingested (not in a dry run). */
  state?: ImportState | undefined;
  /** The store's key in the state (a data folder, a Neo4j database); null: the store keeps nothing, so nothing is skipped or recorded. */
  storeKey?: string | null | undefined;
  /** Called after each meeting is recorded in `state`, to save it. */
  saveState?: ((state: ImportState) => Promise<void>) | undefined;
  /** Who is importing, for the audit log. */
  actor?: IngestActor | undefined;
  /** Called once the meetings are listed, then after each meeting. */
  onProgress?: ((progress: { done: number; total: number; meeting: MeetingSummary | null }) => void) | undefined;
  /** Called with each meeting's report as soon as it is done (to print its diff). */
  onMeeting?: ((report: MeetingReport) => void) | undefined;
}

/** One document of a meeting and what became of it. */
export interface DocumentReport {
  title: string;
  url: string;
  /** `read`: extracted; `unread`: fetched but its text could not be read (see `reason`). */
  status: 'read' | 'unread';
  reason?: string | undefined;
  documents?: number | undefined;
}

/** What happened to one meeting. */
export interface MeetingReport {
  meetingId: string;
  committeeId: string;
  bodyId: string;
  date: string;
  /**
   * `ingested`: planned (and, unless a dry run, written and recorded); `already-imported`: the state
   * says this store has it; `no-minutes`: nothing published as minutes yet; `incomplete`: a document
   * could not be read, so the meeting is not recorded and a later run tries it again.
   */
  status: 'ingested' | 'already-imported' | 'no-minutes' | 'incomplete';
  documents: DocumentReport[];
  plan?: IngestPlan | undefined;
  written?: ApplyResult | null | undefined;
}

/** What an import did. */
export interface ImportReport {
  committees: { id: string; title: string; bodyId: string }[];
  /** Committees passed over because their title names no body of the graph (only without `committeeId`). */
  skippedCommittees: { id: string; title: string }[];
  meetings: MeetingReport[];
}

/** The minutes package's PDF reading; an encrypted, scanned or damaged PDF is refused with its reason. */
const readPdfText: PdfTextReader = async (bytes) => (await readDocumentText(bytes)).text;

/** Titles of documents that are minutes ("Printed minutes", "Minutes of the previous meeting", "Draft minutes"). */
const MINUTES_TITLE_RE = /\bminutes\b/i;

/** The documents of a meeting that are its (or a previous meeting's) published minutes, each once. */
export function minutesDocuments(meeting: Meeting): { document: LinkedDocument; meetingLevel: boolean }[] {
  const seen = new Set<string>();
  const out: { document: LinkedDocument; meetingLevel: boolean }[] = [];
  const add = (document: LinkedDocument, meetingLevel: boolean): void => {
    if (document.restricted || !MINUTES_TITLE_RE.test(document.title) || seen.has(document.url)) return;
    seen.add(document.url);
    out.push({ document, meetingLevel });
  };
  for (const d of meeting.documents) add(d, true);
  for (const item of meeting.items) if (!item.restricted) for (const d of item.documents) add(d, false);
  return out;
}

function fileNameOf(url: string, title: string): string {
  try {
    const name = decodeURIComponent(basename(new URL(url).pathname));
    if (name && name !== '/') return name;
  } catch {
    // fall through
  }
  return title;
}

/** Suggestions for a committee title the graph does not hold: the bodies its words find. */
async function nearBodies(store: GraphStore, title: string): Promise<string[]> {
  const words = title.split(/\s+/).filter((w) => w.length > 3 && !/^(?:committee|board|partnership|group|panel|forum|meeting)$/i.test(w));
  const found = new Map<string, string>();
  for (const text of [title, ...words]) {
    for (const hit of await store.search(text, { kinds: ['Body'], limit: 5 })) found.set(hit.entity.id, `${hit.entity.name} (${hit.entity.id})`);
    if (found.size >= 5) break;
  }
  return [...found.values()].slice(0, 5);
}

/** The committee's body in the graph, by its title (names, former names and aliases count). */
function bodyOf(resolver: EntityResolver, committee: Committee): string | null {
  const hit = resolver.resolveBody(committee.title);
  return hit && hit.kind === 'Body' ? hit.id : null;
}

/** Imports the site's published minutes into `store`; see the module comment. */
export async function importModernGov(client: ModernGovClient, store: GraphStore, options: ImportOptions = {}): Promise<ImportReport> {
  const resolver = await createStoreResolver(store);
  const committees = await client.getCommittees();
  const report: ImportReport = { committees: [], skippedCommittees: [], meetings: [] };

  if (options.committeeId !== undefined) {
    const committee = committees.find((c) => c.id === options.committeeId);
    if (!committee) {
      const listed = committees.slice(0, 20).map((c) => `${c.id} ${c.title}`).join('; ');
      throw new ImportSetupError('unknown-committee', `the site has no committee ${options.committeeId}${listed ? ` (its committees include: ${listed})` : ''}`);
    }
    const bodyId = bodyOf(resolver, committee);
    if (!bodyId) {
      const suggestions = await nearBodies(store, committee.title);
      throw new ImportSetupError(
        'body-not-in-graph',
        `committee ${committee.id} "${committee.title}" is not a body of the graph${suggestions.length ? `; near names: ${suggestions.join(', ')}` : ''}. Add it to the seeds (or give it that name as an alias) and import again; nothing was imported`,
        suggestions,
      );
    }
    report.committees.push({ id: committee.id, title: committee.title, bodyId });
  } else {
    for (const committee of committees) {
      if (committee.deleted) continue;
      const bodyId = bodyOf(resolver, committee);
      if (bodyId) report.committees.push({ id: committee.id, title: committee.title, bodyId });
      else report.skippedCommittees.push({ id: committee.id, title: committee.title });
    }
    if (report.committees.length === 0) {
      throw new ImportSetupError('no-committee-in-graph', `none of the site's ${committees.length} committees is a body of the graph; give --committee ID for one, after adding its body to the seeds`);
    }
  }

  const listed: { summary: MeetingSummary; committee: ImportReport['committees'][number] }[] = [];
  for (const committee of report.committees) {
    const meetings = await client.getMeetings(committee.id, options.from, options.to);
    for (const summary of meetings) {
      if ((options.from && summary.date < options.from) || (options.to && summary.date > options.to)) continue;
      listed.push({ summary, committee });
    }
  }
  listed.sort((a, b) => (a.summary.date < b.summary.date ? -1 : a.summary.date > b.summary.date ? 1 : a.summary.id < b.summary.id ? -1 : 1));
  options.onProgress?.({ done: 0, total: listed.length, meeting: null });

  const storeKey = options.storeKey ?? null;
  for (const [index, { summary, committee }] of listed.entries()) {
    const meetingReport = await importMeeting(client, store, resolver, summary, committee, options, storeKey);
    report.meetings.push(meetingReport);
    options.onMeeting?.(meetingReport);
    options.onProgress?.({ done: index + 1, total: listed.length, meeting: summary });
  }
  return report;
}

async function importMeeting(
  client: ModernGovClient,
  store: GraphStore,
  resolver: EntityResolver,
  summary: MeetingSummary,
  committee: ImportReport['committees'][number],
  options: ImportOptions,
  storeKey: string | null,
): Promise<MeetingReport> {
  const base = { meetingId: summary.id, committeeId: committee.id, bodyId: committee.bodyId, date: summary.date };
  if (storeKey !== null && options.state && importedMeeting(options.state, storeKey, summary.id)) return { ...base, status: 'already-imported', documents: [] };

  const meeting = await client.getMeeting(summary.id);
  const documents: DocumentReport[] = [];
  const inputs: IngestInput[] = [];
  const adopt = (extraction: ExtractionResult, meetingLevel: boolean): ExtractionResult => ({
    ...extraction,
    // The committee is the meeting's body, and the meeting's day its date, where a paper about this meeting does not say.
    documents: extraction.documents.map((d) => ({
      ...d,
      bodyId: d.bodyId ?? (meetingLevel ? committee.bodyId : null),
      date: d.date ?? (meetingLevel ? meeting.date : null),
    })),
  });

  for (const { document, meetingLevel } of minutesDocuments(meeting)) {
    const fetched = await client.fetchDocument(document.url);
    const text = await documentText(fetched.body, fetched.contentType, document.url, options.readPdf ?? readPdfText);
    if (!text.ok) {
      documents.push({ title: document.title, url: document.url, status: 'unread', reason: text.reason });
      continue;
    }
    const extraction = adopt(extractMinutes(text.text, { resolver }), meetingLevel);
    documents.push({ title: document.title, url: document.url, status: 'read', documents: extraction.documents.length });
    inputs.push({ file: document.url, fileName: fileNameOf(document.url, document.title), url: document.url, content: text.text, extraction });
  }
  if (inputs.length === 0 && documents.length === 0) {
    const rendered = renderMeetingMinutes(meeting, committee.title);
    if (rendered) {
      const url = client.operationUrl('GetMeeting', { lMeetingId: meeting.id });
      const extraction = adopt(extractMinutes(rendered, { resolver }), true);
      documents.push({ title: `minutes published in the web service for meeting ${meeting.id}`, url, status: 'read', documents: extraction.documents.length });
      inputs.push({ file: url, fileName: `moderngov-meeting-${meeting.id}.txt`, url, content: rendered, extraction });
    }
  }
  if (inputs.length === 0) return { ...base, status: documents.length > 0 ? 'incomplete' : 'no-minutes', documents };

  const plan = await planIngest(store, inputs, { createPeople: options.createPeople, acceptDecisions: options.acceptDecisions });
  const complete = documents.every((d) => d.status === 'read');
  if (options.dryRun) return { ...base, status: complete ? 'ingested' : 'incomplete', documents, plan, written: null };
  const written = await applyIngestPlan(store, plan, options.actor);
  if (complete && storeKey !== null && options.state) {
    recordImportedMeeting(options.state, storeKey, meeting.id, {
      committeeId: committee.id,
      date: meeting.date,
      documents: documents.map((d) => ({ url: d.url, contentHash: plan.documents.find((p) => p.file === d.url)?.contentHash })),
      importedAt: new Date().toISOString(),
    });
    await options.saveState?.(options.state);
  }
  return { ...base, status: complete ? 'ingested' : 'incomplete', documents, plan, written };
}
