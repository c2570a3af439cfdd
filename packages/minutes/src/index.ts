// Extraction
export { extractMinutes, extractFile } from './extract.js';
export type { ExtractOptions, ExtractedFile } from './extract.js';
export type {
  DocumentKind,
  ExtractedDocument,
  ExtractedItem,
  ExtractionResult,
  Mention,
  NextMeeting,
  PersonRecord,
  PersonRole,
} from './types.js';

// Reading papers (PDF or text) as text for extraction
export { readDocumentText, readDocumentFile, isPdf, MAX_PDF_PAGES } from './document/read-document.js';
export type { DocumentText, UnreadablePdfReason } from './document/read-document.js';
export { layoutPageLines } from './document/pdf-layout.js';
export type { PositionedText } from './document/pdf-layout.js';

// People parsing (also used by ingestion to match names)
export { parsePeopleList, parsePerson, splitTitle, looksLikeName } from './rules/people.js';
export type { ParsedPerson } from './rules/people.js';

// Dates as written
export { findDates } from './rules/dates.js';

// Resolving names against the graph
export { createGraphResolver, createStoreResolver, DEFAULT_MENTION_KINDS } from './resolver.js';
export type { EntityResolver, ResolvedName, ResolverOptions } from './resolver.js';

// Limits
export { MAX_INPUT_CHARS, MAX_LINES, MAX_LINE_CHARS } from './limits.js';

// Ingestion into any GraphStore
export { planIngest, applyIngestPlan, formatIngestPlan } from './ingest/plan.js';
export type { IngestInput, IngestOptions, IngestPlan, IngestProblem, DiffEntry, IngestActor, PlannedDecision } from './ingest/plan.js';
export { readDecisions, bodyTypeFromName } from './ingest/decisions.js';
export type { DecisionKind, DecisionReading, DecisionRef, ResolutionReading } from './ingest/decisions.js';
export type { ProposedDecision } from './ingest/decision-facts.js';
export { matchPerson } from './ingest/people-match.js';
export type { PersonMatch, NameFit } from './ingest/people-match.js';
export { meetingId, documentSourceId, personId, slugify } from './ingest/ids.js';
export { contentHash, documentContentHashes } from './ingest/content-hash.js';
