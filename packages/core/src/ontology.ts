/**
 * The govgraph ontology: what kinds of thing the graph holds, how they may be linked, and the
 * provenance every fact carries. Seeds, the API, minutes ingestion and both stores share these
 * definitions, so a fact means the same wherever it is read.
 */
import { z } from 'zod';
import { checkIdText, checkLinkId, checkText, checkUrl, MAX_ID_LENGTH, type TextRuleViolation } from './text-rules.js';
import { fuzzyDateInputSchema, type FuzzyDate, type Validity } from './time.js';

// ---------------------------------------------------------------------------------------------
// Vocabularies
// ---------------------------------------------------------------------------------------------

/** Node kinds. */
export const ENTITY_KINDS = [
  'Body',
  'Organisation',
  'Person',
  'Duty',
  'Legislation',
  'Strategy',
  'Review',
  'Assessment',
  'Meeting',
  'Source',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** What sort of body a Body is. */
export const BODY_TYPES = [
  'partnership',
  'board',
  'sub-group',
  'panel',
  'task-and-finish-group',
  'forum',
  'service',
  'committee',
] as const;
export type BodyType = (typeof BODY_TYPES)[number];

/** What sort of document a Strategy is. */
export const STRATEGY_TYPES = ['strategy', 'plan', 'statement', 'action-plan', 'profile', 'terms-of-reference', 'needs-assessment'] as const;
export type StrategyType = (typeof STRATEGY_TYPES)[number];

/** What sort of document a Source is. */
export const SOURCE_TYPES = ['minutes', 'draft-minutes', 'agenda', 'agenda-pack', 'report', 'legislation', 'statutory-instrument', 'guidance', 'web-page', 'other'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/**
 * Where a fact stands. `proposed`: a paper recommends it or it is on an agenda; `agreed`: a
 * resolution approves it, not yet in effect; `in-force`: it is happening; `ended`; `enacted-not-in-force`:
 * law passed but not commenced; `scheduled`: an agenda item, nothing more.
 */
export const STATUSES = ['proposed', 'agreed', 'in-force', 'ended', 'enacted-not-in-force', 'scheduled'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * How sure we are. `stated` (the source says it) and `inferred` (a reasonable reading; say which in
 * `note`) for local facts; `confirmed` and `unverified` for the national reference layer.
 */
export const CONFIDENCES = ['stated', 'inferred', 'confirmed', 'unverified'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Link kinds. */
export const LINK_KINDS = [
  'OVERSEES',
  'LEADS',
  'DELIVERS',
  'REPORTS_TO',
  'SUB_GROUP_OF',
  'MEMBER_OF',
  'SITS_ON',
  'WORKS_FOR',
  'IMPOSED_BY',
  'BINDS',
  'OWNS',
  'FEEDS_INTO',
  'COMMISSIONS',
  'SUCCEEDED_BY',
  'ASSESSES',
  'REQUIRES',
  'MEETING_OF',
  'ATTENDED',
  'SENT_APOLOGIES',
  'MENTIONS',
  'LINKS_TO',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Roles a person holds on a body (SITS_ON.role). `link`: the person who connects this body to another. */
export const SITTING_ROLES = ['chair', 'vice-chair', 'lead', 'member', 'adviser', 'link', 'officer', 'attendee', 'author'] as const;
export type SittingRole = (typeof SITTING_ROLES)[number];

/** Kinds of lineage (SUCCEEDED_BY.lineage). */
export const LINEAGE_KINDS = ['rename', 'merge', 'split', 'replace', 'absorb', 'relaunch'] as const;
export type LineageKind = (typeof LINEAGE_KINDS)[number];

/** Membership of an organisation on a body (MEMBER_OF.membership). */
export const MEMBERSHIP_KINDS = ['statutory', 'co-opted', 'invited'] as const;
export type MembershipKind = (typeof MEMBERSHIP_KINDS)[number];

/**
 * Which kinds each link may join (from → to). `govgraph check`, mutations and ingestion all reject
 * links outside this table, so analytics can rely on it.
 */
export const LINK_ENDPOINTS: Record<LinkKind, { from: readonly EntityKind[]; to: readonly EntityKind[]; description: string }> = {
  OVERSEES: { from: ['Body', 'Organisation'], to: ['Duty', 'Body', 'Strategy', 'Review'], description: 'holds governance oversight of' },
  LEADS: { from: ['Body', 'Organisation', 'Person'], to: ['Duty', 'Body', 'Strategy', 'Review'], description: 'is the lead for' },
  DELIVERS: { from: ['Body', 'Organisation'], to: ['Duty', 'Strategy', 'Review'], description: 'does the work of' },
  REPORTS_TO: { from: ['Body', 'Organisation', 'Review', 'Strategy'], to: ['Body', 'Organisation'], description: 'reports to' },
  SUB_GROUP_OF: { from: ['Body'], to: ['Body'], description: 'is a sub-group of' },
  MEMBER_OF: { from: ['Organisation', 'Body'], to: ['Body'], description: 'is a member (statutory or co-opted) of' },
  SITS_ON: { from: ['Person'], to: ['Body'], description: 'sits on (chair, lead, member, adviser, link)' },
  WORKS_FOR: { from: ['Person'], to: ['Organisation', 'Body'], description: 'works for' },
  IMPOSED_BY: { from: ['Duty'], to: ['Legislation'], description: 'is imposed by' },
  BINDS: { from: ['Duty'], to: ['Organisation', 'Body'], description: 'binds' },
  OWNS: { from: ['Body', 'Organisation'], to: ['Strategy'], description: 'owns' },
  FEEDS_INTO: { from: ['Strategy', 'Assessment'], to: ['Strategy'], description: 'feeds into' },
  COMMISSIONS: { from: ['Body', 'Organisation'], to: ['Review', 'Assessment', 'Strategy'], description: 'commissions' },
  SUCCEEDED_BY: { from: [...ENTITY_KINDS], to: [...ENTITY_KINDS], description: 'was succeeded by' },
  ASSESSES: { from: ['Assessment', 'Review'], to: ['Duty', 'Body', 'Organisation'], description: 'assesses' },
  REQUIRES: { from: ['Duty'], to: ['Strategy', 'Body'], description: 'requires the output or body' },
  MEETING_OF: { from: ['Meeting'], to: ['Body'], description: 'is a meeting of' },
  ATTENDED: { from: ['Person'], to: ['Meeting'], description: 'attended' },
  SENT_APOLOGIES: { from: ['Person'], to: ['Meeting'], description: 'sent apologies to' },
  MENTIONS: { from: ['Meeting', 'Source'], to: [...ENTITY_KINDS], description: 'mentions' },
  LINKS_TO: { from: ['Body', 'Organisation', 'Strategy'], to: ['Body', 'Organisation', 'Strategy'], description: 'has a working link with' },
};

/** Links through which governance of a duty flows upward (a sub-group's work is its parent's). */
export const OVERSIGHT_ROLE_KINDS = ['OVERSEES', 'LEADS', 'DELIVERS'] as const satisfies readonly LinkKind[];
/** Links that carry oversight from a body up to the body it answers to. */
export const OVERSIGHT_INHERITANCE_KINDS = ['SUB_GROUP_OF', 'REPORTS_TO'] as const satisfies readonly LinkKind[];
/** Kinds of entity that hold an oversight entry (people who lead a duty are not entries) and that oversight is inherited through. */
export const OVERSIGHT_BODY_KINDS = ['Body', 'Organisation'] as const satisfies readonly EntityKind[];

// ---------------------------------------------------------------------------------------------
// Provenance
// ---------------------------------------------------------------------------------------------

/**
 * A zod refinement applying one of the text rules (`text-rules.ts`); the issue carries the rule's
 * code in `params.textRule`, so seed checks and edits report it as that code. Empty strings are left
 * to `.min(1)`, which says so in the schema's own words.
 */
function textRefinement(rule: (text: string, what: string) => TextRuleViolation | undefined) {
  return (value: string, ctx: z.RefinementCtx): void => {
    if (value === '') return;
    const violation = rule(value, 'this text');
    if (violation) ctx.addIssue({ code: 'custom', message: violation.message, params: { textRule: violation.code } });
  };
}

/** Free text: a name, note, description, quote, ... (see {@link checkText}). */
const textSchema = z.string().min(1).superRefine(textRefinement(checkText));

/** A name people choose for a fact (a link's id or key): see {@link checkIdText}. */
const chosenIdSchema = z.string().min(1).superRefine(textRefinement(checkIdText));

const idSchema = z
  .string()
  .max(MAX_ID_LENGTH)
  .regex(/^[a-z0-9][a-z0-9-]*[a-z0-9]$|^[a-z0-9]$/, { message: 'ids are kebab-case: lower-case letters, digits and hyphens' });

/** A citation: which Source says it, where in it, and optionally its words. */
export const sourceRefSchema = z
  .object({
    source: idSchema.describe('id of a Source entity'),
    item: textSchema.optional().describe('item, section or paragraph as written, e.g. "14" or "11 §3.2"'),
    quote: textSchema.optional(),
  })
  .strict();
export type SourceRef = z.infer<typeof sourceRefSchema>;

const validityInputSchema = z
  .object({ from: fuzzyDateInputSchema.optional(), to: fuzzyDateInputSchema.optional() })
  .strict();

/** Fields every fact (entity or link) carries, as written in seeds and mutations. */
const factFields = {
  validity: validityInputSchema.optional(),
  status: z.enum(STATUSES),
  confidence: z.enum(CONFIDENCES),
  sources: z.array(sourceRefSchema),
  note: textSchema.optional().describe('why a fact is inferred, or what is unclear'),
};

/** A former or current name, with when it was used. */
export const nameRecordSchema = z
  .object({
    name: textSchema,
    validity: validityInputSchema.optional(),
    sources: z.array(sourceRefSchema).default([]),
  })
  .strict();

const entityBase = {
  id: idSchema,
  name: textSchema.describe('the current (or last) name'),
  names: z.array(nameRecordSchema).default([]).describe('name history, oldest first, including the current name'),
  aliases: z.array(textSchema).default([]).describe('abbreviations and variant spellings'),
  area: textSchema.optional().describe('the partnership area this belongs to, e.g. "sefton"; absent for national facts'),
  description: textSchema.optional(),
  ...factFields,
};

const benchmarkSchema = z
  .object({
    name: textSchema,
    score: z.number().int(),
    note: textSchema.optional(),
  })
  .strict();

const requiredOutputSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    kind: z.enum(STRATEGY_TYPES),
    withinMonthsOfStart: z.number().int().positive().optional().describe('due this many months after the duty comes into force'),
    everyMonths: z.number().int().positive().optional().describe('to be refreshed this often'),
    confidence: z.enum(CONFIDENCES),
    sources: z.array(sourceRefSchema),
  })
  .strict();

/**
 * One item of a meeting as its paper prints it, with what the meeting resolved and the actions it
 * recorded under that item. Resolutions and actions are short summaries in the seed author's words
 * (the paper's own text stays in the paper; a citation's `quote` may keep a phrase). A meeting's
 * items answer "what did it discuss and agree that day"; a resolution that changes governance is
 * also a fact of its own (a link with status `agreed`, cited to the item).
 */
export const meetingItemSchema = z
  .object({
    number: textSchema.optional().describe('item or minute number as printed; absent when the paper numbers none'),
    title: textSchema,
    resolutions: z.array(textSchema).default([]).describe('what was resolved, one entry per part, in order'),
    actions: z.array(textSchema).default([]).describe('actions recorded against the item'),
  })
  .strict();
/** A meeting item as stores hold it (defaults applied). */
export type MeetingItem = z.output<typeof meetingItemSchema>;

/** Entity input schemas, one per kind; kind-specific fields sit beside the common ones. */
export const entityInputSchema = z.discriminatedUnion('kind', [
  z.object({ ...entityBase, kind: z.literal('Body'), bodyType: z.enum(BODY_TYPES), statutory: z.boolean().optional() }).strict(),
  z.object({ ...entityBase, kind: z.literal('Organisation'), organisationType: textSchema.optional() }).strict(),
  z.object({ ...entityBase, kind: z.literal('Person'), honorific: textSchema.optional(), title: textSchema.optional() }).strict(),
  z
    .object({ ...entityBase, kind: z.literal('Duty'), statutory: z.boolean().default(true), requiredOutputs: z.array(requiredOutputSchema).default([]) })
    .strict(),
  z
    .object({ ...entityBase, kind: z.literal('Legislation'), act: textSchema, section: textSchema.optional(), citation: textSchema.optional() })
    .strict(),
  z.object({ ...entityBase, kind: z.literal('Strategy'), strategyType: z.enum(STRATEGY_TYPES) }).strict(),
  z.object({ ...entityBase, kind: z.literal('Review'), reviewType: textSchema }).strict(),
  z
    .object({
      ...entityBase,
      kind: z.literal('Assessment'),
      assessmentType: textSchema,
      date: fuzzyDateInputSchema.optional(),
      metThreshold: z.number().int().optional().describe('benchmark scores below this mean the duty is not met'),
      benchmarks: z.array(benchmarkSchema).default([]),
    })
    .strict(),
  z
    .object({
      ...entityBase,
      kind: z.literal('Meeting'),
      date: fuzzyDateInputSchema,
      venue: textSchema.optional(),
      items: z.array(meetingItemSchema).default([]).describe('the items in the order the paper prints them'),
    })
    .strict(),
  z
    .object({
      ...entityBase,
      kind: z.literal('Source'),
      sourceType: z.enum(SOURCE_TYPES),
      date: fuzzyDateInputSchema.optional(),
      url: z.string().superRefine(textRefinement(checkUrl)).optional().describe('an http(s) URL; other schemes are refused'),
      file: textSchema.optional().describe('a corpus file this source is held in, relative to the dataset'),
      contentHash: z
        .string()
        .regex(/^sha256:[0-9a-f]{64}$/, { message: 'a content hash is "sha256:" and 64 lower-case hex digits' })
        .optional()
        .describe('the document\'s text as ingested, hashed: one Source per document whatever its file is called'),
      sources: z.array(sourceRefSchema).default([]),
    })
    .strict(),
]);
export type EntityInput = z.input<typeof entityInputSchema>;

/** Link input schema, as written in seeds and mutations. */
export const linkInputSchema = z
  .object({
    id: chosenIdSchema.optional().describe('defaults to KIND:from->to, or KIND:from->to#key; an id of that form must name this link\'s own kind and ends'),
    key: chosenIdSchema.optional().describe('tells apart two links of one kind between the same ends'),
    kind: z.enum(LINK_KINDS),
    from: idSchema,
    to: idSchema,
    role: textSchema.optional().describe('SITS_ON: chair, lead, member, adviser, link, ...'),
    representing: idSchema.optional().describe('SITS_ON: the organisation the person represents'),
    membership: z.enum(MEMBERSHIP_KINDS).optional().describe('MEMBER_OF: statutory or co-opted'),
    lineage: z.enum(LINEAGE_KINDS).optional().describe('SUCCEEDED_BY: rename, merge, split, replace, absorb'),
    ...factFields,
  })
  .strict()
  .superRefine((link, ctx) => {
    if (link.id === undefined) return;
    const derived = defaultLinkId(link);
    const violation =
      link.key !== undefined && link.id !== derived
        ? { code: 'link-id-mismatch' as const, message: `the id "${link.id}" does not match the key: leave the id out, and the link's id becomes "${derived}"` }
        : checkLinkId({ id: link.id, kind: link.kind, from: link.from, to: link.to }, 'the id');
    // Text problems of the id are reported by its own schema; here only whether it fits the link.
    if (violation?.code === 'link-id-mismatch') ctx.addIssue({ code: 'custom', path: ['id'], message: violation.message, params: { textRule: violation.code } });
  });
export type LinkInput = z.input<typeof linkInputSchema>;

// ---------------------------------------------------------------------------------------------
// The normalised model every store holds
// ---------------------------------------------------------------------------------------------

/** A name with the dates it was used. */
export interface NameRecord {
  name: string;
  validity?: Validity | undefined;
  sources: SourceRef[];
}

/** What every fact carries. */
export interface FactCore {
  validity?: Validity | undefined;
  status: Status;
  confidence: Confidence;
  sources: SourceRef[];
  note?: string | undefined;
}

/** A node of the graph. Kind-specific fields (bodyType, act, benchmarks, ...) live in `attributes`. */
export interface Entity extends FactCore {
  id: string;
  kind: EntityKind;
  name: string;
  names: NameRecord[];
  aliases: string[];
  area?: string | undefined;
  description?: string | undefined;
  /** Kind-specific fields, JSON values only; dates in here stay as FuzzyDate objects. */
  attributes: Record<string, unknown>;
}

/** A relationship of the graph. */
export interface Link extends FactCore {
  id: string;
  kind: LinkKind;
  from: string;
  to: string;
  role?: string | undefined;
  representing?: string | undefined;
  membership?: MembershipKind | undefined;
  lineage?: LineageKind | undefined;
}

/** A whole graph, as loaded from seeds or exported. */
export interface GraphData {
  entities: Entity[];
  links: Link[];
}

/** The id a link gets when its seed gives none. */
export function defaultLinkId(link: { kind: LinkKind; from: string; to: string; key?: string | undefined }): string {
  return `${link.kind}:${link.from}->${link.to}${link.key ? `#${link.key}` : ''}`;
}

/** Whether `date` is a {@link FuzzyDate} (as found in entity attributes). */
export function isFuzzyDate(value: unknown): value is FuzzyDate {
  return typeof value === 'object' && value !== null && 'precision' in value && 'text' in value && 'earliest' in value;
}
