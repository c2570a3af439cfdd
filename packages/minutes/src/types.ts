/**
 * The extraction format: what `govgraph extract --json` prints and what ingestion reads. The shape
 * of each document is fixed by issue 5 (the scorer reads it); `people` and `warnings` are additions
 * that keep titles, affiliations and roles which the plain name lists leave out.
 */

/** Whether a document is an agenda (a meeting to come) or minutes (a meeting held). */
export type DocumentKind = 'agenda' | 'minutes';

/** A graph entity named in the text. */
export interface Mention {
  /** Entity kind, e.g. "Duty" or "Body". */
  kind: string;
  /** Graph id of the entity. */
  id: string;
  /** The words as written. */
  text: string;
}

/** One item (agenda item or minute). */
export interface ExtractedItem {
  /** The item number as written ("4", "12a"), or null for unnumbered items. */
  number: string | null;
  title: string;
  /** One string per resolution (a numbered RESOLVED block gives one per part). */
  resolutions: string[];
  /** Actions recorded against the item. */
  actions: string[];
  mentions: Mention[];
}

/** Where a person was recorded. */
export type PersonRole = 'present' | 'also-present' | 'apologies' | 'member';

/** A person as written, with the title kept apart from the name. */
export interface PersonRecord {
  /** The name without title: "Trish Hardy", "Hardy". */
  name: string;
  /** "Councillor", "Superintendent", "Mr", ... when written. */
  title?: string | undefined;
  /** Organisation or role given in brackets, after a comma or in a table column. */
  affiliation?: string | undefined;
  /** True when the text says the person chaired the meeting. */
  chair?: boolean | undefined;
  role: PersonRole;
  /** Item number the record comes from, when it comes from an item (e.g. the apologies item). */
  item?: string | undefined;
}

/** Date and venue of the next meeting. */
export interface NextMeeting {
  date: string;
  venue: string | null;
}

/** One agenda or one set of minutes. */
export interface ExtractedDocument {
  kind: DocumentKind;
  /** The body's name as written. */
  body: string | null;
  /** The graph id the name resolves to (names, former names and aliases count), or null. */
  bodyId: string | null;
  /** `YYYY-MM-DD`, or null when no date was found. */
  date: string | null;
  venue: string | null;
  chair: string | null;
  present: string[];
  alsoPresent: string[];
  apologies: string[];
  /** An agenda's membership list. */
  members: string[];
  items: ExtractedItem[];
  /** Duty ids mentioned anywhere in the document, in order of first mention. */
  duties: string[];
  nextMeeting: NextMeeting | null;
  /** Every person recorded, with title, affiliation and where they were recorded. */
  people: PersonRecord[];
  /** 1-based line range of the document in the input. */
  lines: { from: number; to: number };
  /** What could not be read, so a partial result says so. */
  warnings: string[];
}

/** The result of extracting one input. */
export interface ExtractionResult {
  documents: ExtractedDocument[];
  /** Problems with the input as a whole (truncated, binary, nothing recognised). */
  warnings: string[];
}
