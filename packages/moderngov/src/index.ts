// The web service client
export { ModernGovClient, serviceUrl } from './client.js';
export type { ModernGovClientOptions } from './client.js';
export type { Committee, MeetingSummary, Meeting, Attendee, AgendaItem, LinkedDocument } from './types.js';

// Polite HTTP
export { PoliteFetcher, retryAfterMs, DEFAULT_USER_AGENT } from './polite-fetch.js';
export type { PoliteFetchOptions, FetchedResource } from './polite-fetch.js';

// Parsing the service's XML
export { parseCommittees, parseMeetings, parseMeeting, parseServiceXml, serviceDateToIso, isoToServiceDate } from './xml.js';

// Errors
export { ModernGovError, MODERNGOV_ERROR_CODES, isModernGovError } from './errors.js';
export type { ModernGovErrorCode } from './errors.js';

// Documents to text
export { documentText, htmlToText } from './document-text.js';
export type { DocumentText, PdfTextReader } from './document-text.js';
export { renderMeetingMinutes } from './render-minutes.js';

// Importing into a graph
export { importModernGov, minutesDocuments, ImportSetupError } from './import.js';
export type { ImportOptions, ImportReport, MeetingReport, DocumentReport } from './import.js';
export { loadImportState, saveImportState, emptyImportState, importedMeeting, recordImportedMeeting, ImportStateError } from './import-state.js';
export type { ImportState, MeetingState } from './import-state.js';
