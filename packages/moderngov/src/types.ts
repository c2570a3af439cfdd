/**
 * What a ModernGov web service answers, as govgraph reads it: committees, meetings, their attendees,
 * agenda items and published documents. Field names follow the service's elements
 * (`committeetitle`, `meetingdate`, `linkeddoc`, ...) without its prefixes; dates are ISO days.
 */

/** A committee (in govgraph terms, a body that meets) from `GetCommittees`. */
export interface Committee {
  id: string;
  title: string;
  category: string | null;
  /** Removed from the site (`committeedeleted`). */
  deleted: boolean;
  /** No longer meets (`committeeexpired`). */
  expired: boolean;
}

/** A meeting as `GetMeetings` lists it. */
export interface MeetingSummary {
  id: string;
  committeeId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  time: string | null;
  status: string | null;
}

/** Someone `GetMeeting` lists for a meeting, with the attendance the clerk recorded. */
export interface Attendee {
  memberId: string | null;
  name: string;
  /** "Chair", "Vice-Chair", "Committee Member", ... */
  role: string | null;
  /** "Present", "Apologies", "Absent", "Expected", "In attendance", ... as the site writes it. */
  attendance: string | null;
  /** The organisation a co-opted member represents, when given. */
  representing: string | null;
}

/** A published document (`linkeddoc`) of a meeting or an agenda item. */
export interface LinkedDocument {
  attachmentId: string | null;
  title: string;
  /** Absolute URL. */
  url: string;
  restricted: boolean;
  publicationDate: string | null;
}

/** An agenda item of `GetMeeting`. */
export interface AgendaItem {
  id: string;
  /** As the site numbers it for display (`fulldisplaynumberformat`, else `agendaitemnumber`). */
  number: string | null;
  title: string;
  /** The item's published minutes, as HTML (`minutesnonemptyhtmlbody`). */
  minutesHtml: string | null;
  restricted: boolean;
  documents: LinkedDocument[];
}

/** One meeting from `GetMeeting`. */
export interface Meeting {
  id: string;
  committeeId: string | null;
  committeeTitle: string | null;
  /** `YYYY-MM-DD`. */
  date: string;
  time: string | null;
  location: string | null;
  status: string | null;
  agendaPublished: boolean;
  minutesPublished: boolean;
  attendees: Attendee[];
  items: AgendaItem[];
  /** Documents of the meeting itself (not of one item), e.g. the printed minutes. */
  documents: LinkedDocument[];
}
