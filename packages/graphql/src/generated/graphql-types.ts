import type { IsoDay } from '@govgraph/core';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Entity as EntityModel, Link as LinkModel, NameRecord as NameRecordModel, Validity as ValidityModel, FuzzyDate as FuzzyDateModel, SourceRef as SourceRefModel, SearchHit as SearchHitModel, OversightAnswer as OversightAnswerModel, OversightEntry as OversightEntryModel, GraphPath as GraphPathModel, Lineage as LineageModel, Subgraph as SubgraphModel, AuditEntry as AuditEntryModel, AuditChange as AuditChangeModel, DataCoverage as DataCoverageModel } from '@govgraph/core';
import type { EntityRef as EntityRefModel, Seat as SeatModel, PersonDependentLink as PersonDependentLinkModel, BridgingPerson as BridgingPersonModel, SinglePointOfFailure as SinglePointOfFailureModel, CentralityScore as CentralityScoreModel, Finding as FindingModel, RequiredOutput as RequiredOutputModel, Benchmark as BenchmarkModel, WhatIfResult as WhatIfResultModel, DutyImpact as DutyImpactModel, StrategyImpact as StrategyImpactModel, ImpactEntry as ImpactEntryModel, ChangeEvent as ChangeEventModel } from '@govgraph/analytics';
import type { EntityEditResult as EntityEditResultModel, LinkEditResult as LinkEditResultModel, DeleteResult as DeleteResultModel, MergePeopleResult as MergePeopleResultModel } from '@govgraph/editing';
import type { GovgraphContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * An ISO calendar day, `YYYY-MM-DD`. Only real days are accepted (`2023-02-30` is rejected with
   * code `INVALID_INPUT`).
   */
  Date: { input: IsoDay; output: IsoDay; }
  /** Any JSON value (object, array, string, number, boolean or null). */
  JSON: { input: unknown; output: unknown; }
};

/** One fact before and after a write. */
export type AuditChange = {
  __typename?: 'AuditChange';
  /** The fact after (as stored, JSON); null when the write deleted it. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** The fact before (as stored, JSON); null when the write created it. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Entity or link. */
  target: FactTarget;
};

/** One acknowledged write, as the append-only audit log keeps it. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done: createEntity, updateEntity, endEntity, createLink, updateLink, endLink, deleteEntity, deleteLink, load (the whole graph replaced, e.g. by `govgraph load`), or an ingestion's action. */
  action: Scalars['String']['output'];
  /** Who made it: the API key's name (or the actor an ingestion named). */
  actor: Scalars['String']['output'];
  /** When the store committed it (ISO 8601 instant, UTC). */
  at: Scalars['String']['output'];
  /** Every fact the write changed, sorted by target then id; empty for a whole-graph replacement (see replacedGraph). */
  changes: Array<AuditChange>;
  /** The actor's comment. */
  comment?: Maybe<Scalars['String']['output']>;
  /** Set only when the write replaced the whole graph (a load): its size before and after. */
  replacedGraph?: Maybe<GraphReplacement>;
  /** The actor's role then. */
  role?: Maybe<Scalars['String']['output']>;
  /** 1, 2, 3, ...: the order writes were committed in. */
  sequence: Scalars['Int']['output'];
  /** That Source entity; null when none was given or it no longer exists. */
  source?: Maybe<Entity>;
  /** Id of the Source entity that justifies the write. */
  sourceId?: Maybe<Scalars['ID']['output']>;
};

/** A page of the audit log. */
export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  /** The entries of the page. */
  edges: Array<AuditLogEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: AuditLogPageInfo;
};

/** One audit entry and its cursor. */
export type AuditLogEdge = {
  __typename?: 'AuditLogEdge';
  /** Pass as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** Where a page of the audit log ends. */
export type AuditLogPageInfo = {
  __typename?: 'AuditLogPageInfo';
  /** The cursor of the last entry of the page; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more entries follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** One benchmark score of an assessment. */
export type Benchmark = {
  __typename?: 'Benchmark';
  /** What was scored. */
  name: Scalars['String']['output'];
  /** A remark on the score. */
  note?: Maybe<Scalars['String']['output']>;
  /** The score. */
  score: Scalars['Int']['output'];
};

/** What sort of body a Body is. */
export type BodyType =
  /** A board. */
  | 'board'
  /** A committee. */
  | 'committee'
  /** A forum. */
  | 'forum'
  /** A panel. */
  | 'panel'
  /** A statutory or voluntary partnership (e.g. a Community Safety Partnership). */
  | 'partnership'
  /** A service. */
  | 'service'
  /** A sub-group of another body. */
  | 'sub-group'
  /** A time-limited task-and-finish group. */
  | 'task-and-finish-group';

/** A person who sits on both bodies of a pair. */
export type BridgingPerson = {
  __typename?: 'BridgingPerson';
  /** The person. */
  person: EntityRef;
  /** Their SITS_ON links to either body, sorted by id. */
  seats: Array<Seat>;
};

/** Betweenness and degree centrality of one node of the governance network (graphology-metrics). */
export type CentralityScore = {
  __typename?: 'CentralityScore';
  /** Normalised betweenness, 0-1, rounded to 6 decimals. */
  betweenness: Scalars['Float']['output'];
  /** Normalised degree, 0-1, rounded to 6 decimals. */
  degree: Scalars['Float']['output'];
  /** The person, body or organisation. */
  entity: EntityRef;
  /** Distinct neighbours in the network. */
  neighbours: Scalars['Int']['output'];
};

/** One change between two days. */
export type ChangeEvent = {
  __typename?: 'ChangeEvent';
  /** False when the date's range starts before the window, so the change may predate it. */
  certain: Scalars['Boolean']['output'];
  /** When, as precisely as the sources say. */
  date: FuzzyDate;
  /** The day the as-of rule switches (the latest day of `date`). */
  day: Scalars['Date']['output'];
  /** A sentence. */
  description: Scalars['String']['output'];
  /** What sort of change. */
  kind: ChangeKind;
  /** The lineage links or the re-linked link. */
  links: Array<Link>;
  /** Citations. */
  sources: Array<SourceCitation>;
  /** Status of the changed fact (a PROPOSED merger has not happened). */
  status: Status;
  /** Entities involved: predecessors then successor, or a link's two ends. */
  subjects: Array<EntityRef>;
};

/** Kinds of change. */
export type ChangeKind =
  /** Entities were absorbed into a successor. */
  | 'absorbed'
  /** An entity began. */
  | 'created'
  /** An entity ended. */
  | 'ended'
  /** A link ended. */
  | 'link-ended'
  /** A link began. */
  | 'link-started'
  /** Entities merged into a successor. */
  | 'merged'
  /** An entity was relaunched as a successor. */
  | 'relaunched'
  /** An entity took a new name (name history), or was succeeded with lineage rename. */
  | 'renamed'
  /** An entity was replaced by a successor. */
  | 'replaced'
  /** An entity split into successors. */
  | 'split';

/** How sure we are of a fact. */
export type Confidence =
  /** National reference fact, checked. */
  | 'confirmed'
  /** A reasonable reading of the sources; the fact's `note` says which. */
  | 'inferred'
  /** The source says it. */
  | 'stated'
  /** National reference fact, not yet checked. */
  | 'unverified';

/**
 * The span of the graph's dated sources (`dataCoverage` of `@govgraph/core`). Only Source entities
 * count: a source dated `2022-03` counts to 2022-03-31, the day the as-of rule switches for it.
 */
export type DataCoverage = {
  __typename?: 'DataCoverage';
  /** The area asked about; null for the whole graph. */
  area?: Maybe<Scalars['String']['output']>;
  /** How many sources have a date. */
  datedSources: Scalars['Int']['output'];
  /** The first day a dated source speaks for; null when no source is dated. */
  earliest?: Maybe<Scalars['Date']['output']>;
  /** The last day a dated source speaks for: the default as-of day of the explorer; null when no source is dated. */
  latest?: Maybe<Scalars['Date']['output']>;
  /** The source that sets `latest` (the first by id when several share the day). */
  latestSource?: Maybe<Entity>;
  /** How many sources have none (they do not move the span). */
  undatedSources: Scalars['Int']['output'];
};

/** How exactly a source pins a date down. */
export type DatePrecision =
  /** Only bounded: after one day and/or by another. */
  | 'bounds'
  /** One known day. */
  | 'day'
  /** Some day in a known month. */
  | 'month'
  /** Some day in a known year. */
  | 'year';

/** What a delete gives back. */
export type DeleteResult = {
  __typename?: 'DeleteResult';
  /** The audit entry written. */
  auditEntry?: Maybe<AuditEntry>;
  /** Links deleted with an entity (`deleteLinks: true`). */
  deletedLinkIds: Array<Scalars['ID']['output']>;
  /** The id deleted. */
  id: Scalars['ID']['output'];
};

/** Layout direction of DOT, SVG and Mermaid diagrams. */
export type DiagramDirection =
  /** Bottom to top. */
  | 'BT'
  /** Left to right. */
  | 'LR'
  /** Right to left. */
  | 'RL'
  /** Top to bottom. */
  | 'TB';

/** The formats a diagram can be written in (see docs/diagrams.md for the visual language). */
export type DiagramFormat =
  /** Cytoscape JSON: { data, elements: { nodes, edges }, style }; the explorer draws this. */
  | 'cytoscape'
  /** Graphviz DOT source. */
  | 'dot'
  /** GraphML with label, kind, status and yEd graphics; opens in yEd and Gephi. */
  | 'graphml'
  /** A Mermaid flowchart, for Markdown that GitHub renders. */
  | 'mermaid'
  /** SVG laid out by Graphviz (WebAssembly, in-process). */
  | 'svg';

/**
 * What a diagram draws (docs/diagrams.md). Both use the same visual language; Cytoscape JSON of
 * either carries groups as compound nodes (`group:<id>`, each member's `data.parent`).
 */
export type DiagramPreset =
  /**
   * The board view: the focus (a partnership), the groups answering to it (sub-groups and bodies
   * reporting to it, and theirs), the duties any of them oversees, leads or delivers, and everyone
   * who oversees, leads or delivers those duties; chairs, leads and link people inside their body's
   * box and the law imposing each duty inside the duty's (`data.detail` lines in Cytoscape JSON),
   * and each node's `data.tier` (0 the focus, 1 the groups answering to it, ..., duties last).
   * DOT and SVG fit one A4 landscape page. `depth`, `duty` and `kinds` do not apply.
   */
  | 'board'
  /** Everything within `depth` hops of the focus (optionally narrowed to a duty or to link kinds). */
  | 'neighbourhood';

/** How one duty's oversight changes when something is removed. */
export type DutyImpact = {
  __typename?: 'DutyImpact';
  /** The duty. */
  duty: EntityRef;
  /** A sentence. */
  explanation: Scalars['String']['output'];
  /** True when nobody oversees, leads or delivers the duty any more. */
  losesAllOversight: Scalars['Boolean']['output'];
  /** Entries that go. */
  lost: Array<ImpactEntry>;
  /** Entries that stay. */
  remaining: Array<ImpactEntry>;
  /** Roles nobody holds directly any more (DELIVERS: nobody does the work). */
  rolesLost: Array<OversightRole>;
};

/**
 * A node of the graph: a body, organisation, person, duty, piece of legislation, strategy, review,
 * assessment, meeting or source. Common fields first; the important kind-specific fields are typed
 * (null for kinds that lack them); every kind-specific field is also in `attributes`.
 */
export type Entity = {
  __typename?: 'Entity';
  /** Legislation: the Act. */
  act?: Maybe<Scalars['String']['output']>;
  /** Abbreviations and variant spellings. */
  aliases: Array<Scalars['String']['output']>;
  /** Meeting: who sent apologies (SENT_APOLOGIES links into it), sorted by id. */
  apologies?: Maybe<Array<Link>>;
  /** The partnership area this belongs to, e.g. `sefton`; null for national facts. */
  area?: Maybe<Scalars['String']['output']>;
  /** Assessment: what sort of assessment. */
  assessmentType?: Maybe<Scalars['String']['output']>;
  /**
   * Meeting: who attended (ATTENDED links into it, whatever their date), sorted by id. Each link's
   * `role` says how: `chair`, `member`, `officer`, `in-attendance` (listed as also present) or
   * `presenter`; `representing` the organisation when the paper names it.
   */
  attendees?: Maybe<Array<Link>>;
  /** Every kind-specific field as JSON (dates as FuzzyDate objects). */
  attributes: Scalars['JSON']['output'];
  /** Assessment: benchmark scores. */
  benchmarks?: Maybe<Array<Benchmark>>;
  /** Body: what sort of body. */
  bodyType?: Maybe<BodyType>;
  /** Meeting: the person recorded in the chair; null when the paper names none. */
  chair?: Maybe<Entity>;
  /** Legislation: the citation, e.g. `1998 c. 37`. */
  citation?: Maybe<Scalars['String']['output']>;
  /** How sure we are. */
  confidence: Confidence;
  /**
   * The entity this now is: SUCCEEDED_BY successors followed forward to the latest one (itself when
   * it has none). Successions count once their link holds on the day (default today) and is not
   * merely PROPOSED or SCHEDULED.
   */
  current: Entity;
  /** Meeting, Assessment or Source: its date. */
  date?: Maybe<FuzzyDate>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Whether it existed on the day (default today), by the as-of rule. */
  holds: Scalars['Boolean']['output'];
  /** Person: honorific, e.g. `Cllr`. */
  honorific?: Maybe<Scalars['String']['output']>;
  /** Stable kebab-case id, e.g. `safer-sefton-together`. */
  id: Scalars['ID']['output'];
  /** Meeting: the items its paper records, in order, with their resolutions. */
  items?: Maybe<Array<MeetingItem>>;
  /** What kind of thing this is. */
  kind: EntityKind;
  /** Every SUCCEEDED_BY link reachable backwards and forwards from this entity. */
  lineage: Lineage;
  /**
   * Links touching this entity that hold on the day (default today) with both ends holding, sorted
   * by id. `kinds` limits the link kinds; `direction` defaults to BOTH.
   */
  links: Array<Link>;
  /** Body: its meetings (MEETING_OF links into it, whatever their date), oldest first. */
  meetings?: Maybe<Array<Entity>>;
  /** Assessment: benchmark scores below this mean the duty is not met. */
  metThreshold?: Maybe<Scalars['Int']['output']>;
  /** The current (or last) name. */
  name: Scalars['String']['output'];
  /**
   * The name in use on the day (default today): of the name records that hold then, the one that
   * started last; the current name when none holds. Diagrams label entities by the same rule.
   */
  nameAsOf: Scalars['String']['output'];
  /** Name history, oldest first, including the current name. */
  names: Array<NameRecord>;
  /** Why a fact is inferred, or what is unclear. */
  note?: Maybe<Scalars['String']['output']>;
  /** Organisation: what sort of organisation. */
  organisationType?: Maybe<Scalars['String']['output']>;
  /** Duty: outputs the duty requires. */
  requiredOutputs?: Maybe<Array<RequiredOutput>>;
  /** Review: what sort of review. */
  reviewType?: Maybe<Scalars['String']['output']>;
  /**
   * Person: every seat they hold or held (SITS_ON links, whatever their date), sorted by id; `body`
   * keeps to one body. A seat's `validity.from` says since when, its sources on what evidence.
   */
  seats?: Maybe<Array<Link>>;
  /** Legislation: the section, e.g. `17`. */
  section?: Maybe<Scalars['String']['output']>;
  /** Source: what sort of document. */
  sourceType?: Maybe<SourceType>;
  /** Where the entity is attested. */
  sources: Array<SourceCitation>;
  /** Where this entity stands. */
  status: Status;
  /** Body or Duty: whether it is statutory. */
  statutory?: Maybe<Scalars['Boolean']['output']>;
  /** Strategy: what sort of document. */
  strategyType?: Maybe<StrategyType>;
  /** Person: job title. */
  title?: Maybe<Scalars['String']['output']>;
  /** Source: where it can be read. */
  url?: Maybe<Scalars['String']['output']>;
  /** When it existed; null when unknown. */
  validity?: Maybe<Validity>;
  /** Meeting: where it was held. */
  venue?: Maybe<Scalars['String']['output']>;
  /**
   * The entity's version: changes whenever anything about it changes. Send it back as
   * `expectedVersion` when editing, so an edit made since you read it is not overwritten (CONFLICT).
   */
  version: Scalars['String']['output'];
};


/**
 * A node of the graph: a body, organisation, person, duty, piece of legislation, strategy, review,
 * assessment, meeting or source. Common fields first; the important kind-specific fields are typed
 * (null for kinds that lack them); every kind-specific field is also in `attributes`.
 */
export type EntityCurrentArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A node of the graph: a body, organisation, person, duty, piece of legislation, strategy, review,
 * assessment, meeting or source. Common fields first; the important kind-specific fields are typed
 * (null for kinds that lack them); every kind-specific field is also in `attributes`.
 */
export type EntityHoldsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A node of the graph: a body, organisation, person, duty, piece of legislation, strategy, review,
 * assessment, meeting or source. Common fields first; the important kind-specific fields are typed
 * (null for kinds that lack them); every kind-specific field is also in `attributes`.
 */
export type EntityLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<LinkDirection>;
  kinds?: InputMaybe<Array<LinkKind>>;
};


/**
 * A node of the graph: a body, organisation, person, duty, piece of legislation, strategy, review,
 * assessment, meeting or source. Common fields first; the important kind-specific fields are typed
 * (null for kinds that lack them); every kind-specific field is also in `attributes`.
 */
export type EntityNameAsOfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A node of the graph: a body, organisation, person, duty, piece of legislation, strategy, review,
 * assessment, meeting or source. Common fields first; the important kind-specific fields are typed
 * (null for kinds that lack them); every kind-specific field is also in `attributes`.
 */
export type EntitySeatsArgs = {
  body?: InputMaybe<Scalars['ID']['input']>;
};

/** What an entity edit gives back. */
export type EntityEditResult = {
  __typename?: 'EntityEditResult';
  /** The audit entry written; null when the edit changed nothing. */
  auditEntry?: Maybe<AuditEntry>;
  /** Links ended together with the entity (`endLinks: true`). */
  endedLinks: Array<Link>;
  /** The entity as stored now. */
  entity: Entity;
  /** Its new version: send it as `expectedVersion` with the next edit. */
  version: Scalars['String']['output'];
};

/**
 * A whole entity as seeds write it. Kind-specific fields (bodyType, act, date, url, ...) go in
 * `attributes`, spelt as in seed YAML and as the `attributes` field returns them
 * (e.g. `{"bodyType": "sub-group", "statutory": true}`).
 */
export type EntityInput = {
  /** Abbreviations and variant spellings. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The partnership area, e.g. `sefton`; null for national facts. */
  area?: InputMaybe<Scalars['String']['input']>;
  /** Kind-specific fields as JSON, spelt as in seed YAML. */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  /** How sure we are. */
  confidence: Confidence;
  /** A short description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Stable kebab-case id; may be left out on update (it cannot change). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What kind of thing it is (cannot change on update). */
  kind: EntityKind;
  /** The current (or last) name. */
  name: Scalars['String']['input'];
  /** Name history, oldest first. */
  names?: InputMaybe<Array<NameRecordInput>>;
  /** Why it is inferred, or what is unclear. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Citations besides the edit's `source` (which is added when not already here). */
  sources?: InputMaybe<Array<SourceRefInput>>;
  /** Where it stands. */
  status: Status;
  /** When it existed. */
  validity?: InputMaybe<ValidityInput>;
};

/** What kind of thing an entity is. */
export type EntityKind =
  /** An assessment, audit or inspection, possibly with benchmark scores. */
  | 'Assessment'
  /** A partnership, board, sub-group, panel, forum, service or committee. */
  | 'Body'
  /** A statutory or local duty. */
  | 'Duty'
  /** An Act or a section of one. */
  | 'Legislation'
  /** One meeting of a body. */
  | 'Meeting'
  /** An organisation such as a council, police force or NHS body. */
  | 'Organisation'
  /** A named person. */
  | 'Person'
  /** A review (e.g. a Domestic Homicide Review). */
  | 'Review'
  /** A document that facts are cited from (minutes, reports, legislation, web pages). */
  | 'Source'
  /** A strategy, plan, statement or other governing document. */
  | 'Strategy';

/** An entity as named in an analytics result; `entity` gives the whole entity. */
export type EntityRef = {
  __typename?: 'EntityRef';
  /** The entity itself; null only if it has since left the graph. */
  entity?: Maybe<Entity>;
  /** The entity's id. */
  id: Scalars['ID']['output'];
  /** What kind of thing it is. */
  kind: EntityKind;
  /** Its current (or last) name. */
  name: Scalars['String']['output'];
};

/** Which sort of fact an audit change is about. */
export type FactTarget =
  /** An entity. */
  | 'entity'
  /** A link. */
  | 'link';

/** A gap, with how serious it is, why we say so and the sources. */
export type Finding = {
  __typename?: 'Finding';
  /** What the data shows, how the finding was reached and what is uncertain. */
  explanation: Scalars['String']['output'];
  /** Stable id: kind, then the ids it is about. */
  id: Scalars['ID']['output'];
  /** What sort of gap. */
  kind: FindingKind;
  /** How much it matters. */
  severity: Severity;
  /** Citations. */
  sources: Array<SourceCitation>;
  /** The weakest status of the facts it rests on, when that matters (e.g. a quorum only in a proposed terms of reference). */
  status?: Maybe<Status>;
  /** The entities it is about, the main one first. */
  subjects: Array<EntityRef>;
  /** A one-line title. */
  title: Scalars['String']['output'];
};

/** Kinds of gap. */
export type FindingKind =
  /** An assessment benchmark scored below the level where the duty is met. */
  | 'benchmark-below-threshold'
  /** A duty in force whose only oversight is proposed or agreed, not in force. */
  | 'duty-oversight-not-in-force'
  /** A duty in force that no body of the area oversees, leads or delivers. */
  | 'duty-without-oversight'
  /** A quorum that the statutory members on the day cannot meet. */
  | 'quorum-at-risk'
  /** A required output coming due. */
  | 'required-output-due'
  /** A required output overdue or missing. */
  | 'required-output-overdue'
  /** Statutory membership on the day, with members that no longer count. */
  | 'statutory-membership'
  /** A strategy or plan nobody owns. */
  | 'strategy-without-owner';

/**
 * A date as the sources give it: the range of days it could be (both ends inclusive), with its
 * precision and the text as written. govgraph never invents a day.
 */
export type FuzzyDate = {
  __typename?: 'FuzzyDate';
  /** First day it could be; null when the sources give no lower bound. */
  earliest?: Maybe<Scalars['Date']['output']>;
  /** Last day it could be; null when the sources give no upper bound. */
  latest?: Maybe<Scalars['Date']['output']>;
  /** How exactly the date is known. */
  precision: DatePrecision;
  /** The date as written in the seed or source, e.g. `2012-06`, `after 2020-03-12, by 2022-03-17`. */
  text: Scalars['String']['output'];
};

/**
 * A date as written in seeds: `text` is a day, month or year (`2012-06-14`, `2012-06`, `2012`) or the
 * bounded form FuzzyDate.text gives (`after 2020-03-12, by 2022-03-17`); or give `after` and/or `by`
 * instead of `text` (`after` exclusive, `by` inclusive).
 */
export type FuzzyDateInput = {
  /** The day after which it happened (exclusive). */
  after?: InputMaybe<Scalars['Date']['input']>;
  /** The day by which it had happened (inclusive). */
  by?: InputMaybe<Scalars['Date']['input']>;
  /** A day, month or year, or `after YYYY-MM-DD, by YYYY-MM-DD` (either part may be left out). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** How big a graph is. */
export type GraphCounts = {
  __typename?: 'GraphCounts';
  /** Entities in it. */
  entities: Scalars['Int']['output'];
  /** Links in it. */
  links: Scalars['Int']['output'];
};

/** The graph before and after a whole-graph replacement. */
export type GraphReplacement = {
  __typename?: 'GraphReplacement';
  /** The graph that replaced it. */
  after: GraphCounts;
  /** The graph that was replaced. */
  before: GraphCounts;
  /** How the entities differ, matched by id; null for loads recorded before govgraph kept this. */
  entities?: Maybe<ReplacedFacts>;
  /** How the links differ, matched by id and kind (a link whose kind changed counts as removed and added); null as for entities. */
  links?: Maybe<ReplacedFacts>;
};

/** An oversight entry in an impact analysis. */
export type ImpactEntry = {
  __typename?: 'ImpactEntry';
  /** The body holding the role. */
  body: EntityRef;
  /** The links justifying the entry, starting with the link into the duty. */
  chain: Array<Link>;
  /** Whether the role is inherited through a sub-group or reporting line. */
  inherited: Scalars['Boolean']['output'];
  /** OVERSEES, LEADS or DELIVERS. */
  role: OversightRole;
};

/** An entity's lineage: every SUCCEEDED_BY link reachable backwards and forwards. */
export type Lineage = {
  __typename?: 'Lineage';
  /** Links to this entity from what it replaced, and theirs, transitively. */
  predecessors: Array<Link>;
  /** Links from this entity to what replaced it, and theirs, transitively. */
  successors: Array<Link>;
};

/** Kinds of lineage (SUCCEEDED_BY links). */
export type LineageKind =
  /** Absorbed into the successor. */
  | 'absorb'
  /** Merged into the successor. */
  | 'merge'
  /** Relaunched as the successor. */
  | 'relaunch'
  /** Renamed. */
  | 'rename'
  /** Replaced by the successor. */
  | 'replace'
  /** Split into successors. */
  | 'split';

/** A relationship of the graph, with its own validity and sources. */
export type Link = {
  __typename?: 'Link';
  /** How sure we are. */
  confidence: Confidence;
  /** The entity the link goes from. */
  from: Entity;
  /** Id of the entity the link goes from. */
  fromId: Scalars['ID']['output'];
  /** Whether the link's own validity holds on the day (default today). */
  holds: Scalars['Boolean']['output'];
  /** Link id, by default `KIND:from->to` (with `#key` when two links share kind and ends). */
  id: Scalars['ID']['output'];
  /** What kind of relationship. */
  kind: LinkKind;
  /** SUCCEEDED_BY: rename, merge, split, replace, absorb or relaunch. */
  lineage?: Maybe<LineageKind>;
  /** MEMBER_OF: statutory, co-opted or invited. */
  membership?: Maybe<MembershipKind>;
  /** Why the link is inferred, or what is unclear. */
  note?: Maybe<Scalars['String']['output']>;
  /** SITS_ON: the organisation the person represents. */
  representing?: Maybe<Entity>;
  /** SITS_ON: chair, lead, member, adviser, link, ... */
  role?: Maybe<Scalars['String']['output']>;
  /** Where the link is attested. */
  sources: Array<SourceCitation>;
  /** Where this link stands. */
  status: Status;
  /** The entity the link goes to. */
  to: Entity;
  /** Id of the entity the link goes to. */
  toId: Scalars['ID']['output'];
  /** When the link held; null when unknown. */
  validity?: Maybe<Validity>;
  /** The link's version; send it back as `expectedVersion` when editing it. */
  version: Scalars['String']['output'];
};


/** A relationship of the graph, with its own validity and sources. */
export type LinkHoldsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** Which links of an entity to return. */
export type LinkDirection =
  /** Both. */
  | 'both'
  /** Links to this entity. */
  | 'in'
  /** Links from this entity. */
  | 'out';

/** What a link edit gives back. */
export type LinkEditResult = {
  __typename?: 'LinkEditResult';
  /** The audit entry written; null when the edit changed nothing. */
  auditEntry?: Maybe<AuditEntry>;
  /** The link as stored now. */
  link: Link;
  /** Its new version. */
  version: Scalars['String']['output'];
};

/** A whole link as seeds write it. */
export type LinkInput = {
  /** How sure we are. */
  confidence: Confidence;
  /** Id of the entity it goes from (cannot change on update). */
  from: Scalars['ID']['input'];
  /** Link id; default `KIND:from->to` (or `#key`). Left out on update (it cannot change). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Tells apart two links of one kind between the same ends. */
  key?: InputMaybe<Scalars['String']['input']>;
  /** What kind of relationship (cannot change on update). */
  kind: LinkKind;
  /** SUCCEEDED_BY: rename, merge, split, replace, absorb or relaunch. */
  lineage?: InputMaybe<LineageKind>;
  /** MEMBER_OF: statutory, co-opted or invited. */
  membership?: InputMaybe<MembershipKind>;
  /** Why it is inferred, or what is unclear. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** SITS_ON: the organisation the person represents. */
  representing?: InputMaybe<Scalars['ID']['input']>;
  /** SITS_ON: chair, vice-chair, lead, member, adviser, link, officer, attendee or author. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Citations besides the edit's `source` (which is added when not already here). */
  sources?: InputMaybe<Array<SourceRefInput>>;
  /** Where it stands. */
  status: Status;
  /** Id of the entity it goes to (cannot change on update). */
  to: Scalars['ID']['input'];
  /** When it held. */
  validity?: InputMaybe<ValidityInput>;
};

/** What kind of relationship a link is. */
export type LinkKind =
  /** Assesses a duty, body or organisation. */
  | 'ASSESSES'
  /** A person attended a meeting. */
  | 'ATTENDED'
  /** A duty binds an organisation or body. */
  | 'BINDS'
  /** Commissions a review, assessment or strategy. */
  | 'COMMISSIONS'
  /** Does the work of. */
  | 'DELIVERS'
  /** Feeds into a strategy. */
  | 'FEEDS_INTO'
  /** A duty is imposed by legislation. */
  | 'IMPOSED_BY'
  /** Is the lead for. */
  | 'LEADS'
  /** Has a working link with. */
  | 'LINKS_TO'
  /** A meeting is a meeting of a body. */
  | 'MEETING_OF'
  /** Is a member (statutory or co-opted) of. */
  | 'MEMBER_OF'
  /** A meeting or source mentions something. */
  | 'MENTIONS'
  /** Holds governance oversight of. */
  | 'OVERSEES'
  /** Owns a strategy. */
  | 'OWNS'
  /** Reports to. */
  | 'REPORTS_TO'
  /** A duty requires an output or body. */
  | 'REQUIRES'
  /** A person sent apologies to a meeting. */
  | 'SENT_APOLOGIES'
  /** A person sits on a body (chair, lead, member, adviser, link). */
  | 'SITS_ON'
  /** Is a sub-group of. */
  | 'SUB_GROUP_OF'
  /** Was succeeded by (renamed, merged, split, replaced, absorbed, relaunched). */
  | 'SUCCEEDED_BY'
  /** A person works for. */
  | 'WORKS_FOR';

/**
 * One item of a meeting as its paper prints it, with what was resolved and the actions recorded
 * under it. Resolutions and actions are short summaries; the paper is the Meeting's source.
 */
export type MeetingItem = {
  __typename?: 'MeetingItem';
  /** Actions recorded against the item. */
  actions: Array<Scalars['String']['output']>;
  /** Item or minute number as printed; null when the paper numbers none. */
  number?: Maybe<Scalars['String']['output']>;
  /** What the meeting resolved under this item, one entry per part, in order. */
  resolutions: Array<Scalars['String']['output']>;
  /** The item's title. */
  title: Scalars['String']['output'];
};

/** Membership of an organisation on a body (MEMBER_OF links). */
export type MembershipKind =
  /** A co-opted member. */
  | 'co-opted'
  /** An invited member. */
  | 'invited'
  /** A statutory member. */
  | 'statutory';

/** What merging two people gives back. */
export type MergePeopleResult = {
  __typename?: 'MergePeopleResult';
  /** The audit entry written (action `mergePeople`). */
  auditEntry?: Maybe<AuditEntry>;
  /** Links dropped because they joined the two people. */
  droppedLinkIds: Array<Scalars['ID']['output']>;
  /** Each link moved from the merged person: its id before and after. */
  movedLinks: Array<MovedLink>;
  /** The person kept, as stored now (the merged person's id and names among its aliases). */
  person: Entity;
  /** Its new version. */
  version: Scalars['String']['output'];
};

/** A link moved by a merge. */
export type MovedLink = {
  __typename?: 'MovedLink';
  /** Its id before. */
  from: Scalars['ID']['output'];
  /** Its id after (the same form, with the kept person's id). */
  to: Scalars['ID']['output'];
};

/**
 * Edits. Each needs an API key with the editor role (deletes: admin) and a `source` (an existing
 * Source entity) that justifies it; the source is added to the fact's sources and recorded in the
 * audit log. Invalid input fails with INVALID_INPUT listing every problem in
 * `extensions.details.problems` ({path, message, code}); a stale `expectedVersion` fails with
 * CONFLICT (`extensions.details.conflicts[].actual` is the current version).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an entity (its id must be new). A new Source entity may cite itself. */
  createEntity: EntityEditResult;
  /** Creates a link (its id must be new) between existing entities of kinds its kind allows. */
  createLink: LinkEditResult;
  /**
   * Deletes an entity (admin only): for mistakes; end things that ended instead. Fails listing its
   * links unless `deleteLinks` is true; a Source still cited, or a body or organisation a link says
   * someone represents, cannot be deleted.
   */
  deleteEntity: DeleteResult;
  /** Deletes a link (admin only): for mistakes; end relationships that ended instead. */
  deleteLink: DeleteResult;
  /**
   * Ends an entity: `validity.to` becomes `to` and its status ENDED. Fails listing its links still in
   * force unless `endLinks` is true, which ends them on the same day in the same write.
   */
  endEntity: EntityEditResult;
  /** Ends a link: `validity.to` becomes `to` and its status ENDED. */
  endLink: LinkEditResult;
  /**
   * Merges person `from` into person `into` (two entities that are one person): every link of `from`
   * moves to `into` (a link saying the same as one `into` has is merged into it, another claim between
   * the same ends is kept apart, a link between the two is dropped), `from`'s id, name and aliases
   * become aliases of `into`, and `from` is deleted, in one audited write (`mergePeople`). Give the
   * versions you read as `fromVersion` and `intoVersion` to refuse a merge over an edit you have not
   * seen (CONFLICT).
   */
  mergePeople: MergePeopleResult;
  /** Replaces an entity entirely, given the version you read; its kind and id cannot change. */
  updateEntity: EntityEditResult;
  /** Replaces a link entirely, given the version you read; its kind and ends cannot change. */
  updateLink: LinkEditResult;
};


/**
 * Edits. Each needs an API key with the editor role (deletes: admin) and a `source` (an existing
 * Source entity) that justifies it; the source is added to the fact's sources and recorded in the
 * audit log. Invalid input fails with INVALID_INPUT listing every problem in
 * `extensions.details.problems` ({path, message, code}); a stale `expectedVersion` fails with
 * CONFLICT (`extensions.details.conflicts[].actual` is the current version).
 */
export type MutationCreateEntityArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  entity: EntityInput;
  source: SourceRefInput;
};


/**
 * Edits. Each needs an API key with the editor role (deletes: admin) and a `source` (an existing
 * Source entity) that justifies it; the source is added to the fact's sources and recorded in the
 * audit log. Invalid input fails with INVALID_INPUT listing every problem in
 * `extensions.details.problems` ({path, message, code}); a stale `expectedVersion` fails with
 * CONFLICT (`extensions.details.conflicts[].actual` is the current version).
 */
export type MutationCreateLinkArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  link: LinkInput;
  source: SourceRefInput;
};


/**
 * Edits. Each needs an API key with the editor role (deletes: admin) and a `source` (an existing
 * Source entity) that justifies it; the source is added to the fact's sources and recorded in the
 * audit log. Invalid input fails with INVALID_INPUT listing every problem in
 * `extensions.details.problems` ({path, message, code}); a stale `expectedVersion` fails with
 * CONFLICT (`extensions.details.conflicts[].actual` is the current version).
 */
export type MutationDeleteEntityArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  deleteLinks?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  source: SourceRefInput;
};


/**
 * Edits. Each needs an API key with the editor role (deletes: admin) and a `source` (an existing
 * Source entity) that justifies it; the source is added to the fact's sources and recorded in the
 * audit log. Invalid input fails with INVALID_INPUT listing every problem in
 * `extensions.details.problems` ({path, message, code}); a stale `expectedVersion` fails with
 * CONFLICT (`extensions.details.conflicts[].actual` is the current version).
 */
export type MutationDeleteLinkArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  source: SourceRefInput;
};


/**
 * Edits. Each needs an API key with the editor role (deletes: admin) and a `source` (an existing
 * Source entity) that justifies it; the source is added to the fact's sources and recorded in the
 * audit log. Invalid input fails with INVALID_INPUT listing every problem in
 * `extensions.details.problems` ({path, message, code}); a stale `expectedVersion` fails with
 * CONFLICT (`extensions.details.conflicts[].actual` is the current version).
 */
export type MutationEndEntityArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  endLinks?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  source: SourceRefInput;
  to: FuzzyDateInput;
};


/**
 * Edits. Each needs an API key with the editor role (deletes: admin) and a `source` (an existing
 * Source entity) that justifies it; the source is added to the fact's sources and recorded in the
 * audit log. Invalid input fails with INVALID_INPUT listing every problem in
 * `extensions.details.problems` ({path, message, code}); a stale `expectedVersion` fails with
 * CONFLICT (`extensions.details.conflicts[].actual` is the current version).
 */
export type MutationEndLinkArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  source: SourceRefInput;
  to: FuzzyDateInput;
};


/**
 * Edits. Each needs an API key with the editor role (deletes: admin) and a `source` (an existing
 * Source entity) that justifies it; the source is added to the fact's sources and recorded in the
 * audit log. Invalid input fails with INVALID_INPUT listing every problem in
 * `extensions.details.problems` ({path, message, code}); a stale `expectedVersion` fails with
 * CONFLICT (`extensions.details.conflicts[].actual` is the current version).
 */
export type MutationMergePeopleArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['ID']['input'];
  fromVersion?: InputMaybe<Scalars['String']['input']>;
  into: Scalars['ID']['input'];
  intoVersion?: InputMaybe<Scalars['String']['input']>;
  source: SourceRefInput;
};


/**
 * Edits. Each needs an API key with the editor role (deletes: admin) and a `source` (an existing
 * Source entity) that justifies it; the source is added to the fact's sources and recorded in the
 * audit log. Invalid input fails with INVALID_INPUT listing every problem in
 * `extensions.details.problems` ({path, message, code}); a stale `expectedVersion` fails with
 * CONFLICT (`extensions.details.conflicts[].actual` is the current version).
 */
export type MutationUpdateEntityArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  entity: EntityInput;
  expectedVersion: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  source: SourceRefInput;
};


/**
 * Edits. Each needs an API key with the editor role (deletes: admin) and a `source` (an existing
 * Source entity) that justifies it; the source is added to the fact's sources and recorded in the
 * audit log. Invalid input fails with INVALID_INPUT listing every problem in
 * `extensions.details.problems` ({path, message, code}); a stale `expectedVersion` fails with
 * CONFLICT (`extensions.details.conflicts[].actual` is the current version).
 */
export type MutationUpdateLinkArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  link: LinkInput;
  source: SourceRefInput;
};

/** A name an entity has had, with when it was used. */
export type NameRecord = {
  __typename?: 'NameRecord';
  /** Whether the name was in use on the day (default today). */
  holds: Scalars['Boolean']['output'];
  /** The name. */
  name: Scalars['String']['output'];
  /** Where the name is attested. */
  sources: Array<SourceCitation>;
  /** When the name was in use; null when unknown. */
  validity?: Maybe<Validity>;
};


/** A name an entity has had, with when it was used. */
export type NameRecordHoldsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** A name an entity has had. */
export type NameRecordInput = {
  /** The name. */
  name: Scalars['String']['input'];
  /** Where it is attested. */
  sources?: InputMaybe<Array<SourceRefInput>>;
  /** When it was in use. */
  validity?: InputMaybe<ValidityInput>;
};

/** Who oversees a duty on a day. */
export type OversightAnswer = {
  __typename?: 'OversightAnswer';
  /** The day the question is about. */
  asOf: Scalars['Date']['output'];
  /** The duty asked about. */
  duty: Entity;
  /** Direct entries before inherited, shorter chains first, then by body id and chain link ids. */
  entries: Array<OversightEntry>;
};

/** One body that oversees, leads or delivers a duty, and why we say so. */
export type OversightEntry = {
  __typename?: 'OversightEntry';
  /** The body (or organisation) that holds the role. */
  body: Entity;
  /**
   * The links that justify the entry, starting with the link into the duty, then each SUB_GROUP_OF /
   * REPORTS_TO link up to `body`. Each link carries its sources.
   */
  chain: Array<Link>;
  /** True when the role comes through a sub-group or a body that reports to this one. */
  inherited: Scalars['Boolean']['output'];
  /** OVERSEES, LEADS or DELIVERS; inherited entries are always OVERSEES. */
  role: OversightRole;
  /** The body that holds the role directly (the start of `chain`); equals `body` for direct entries. */
  via: Entity;
};

/** The role a body holds for a duty. */
export type OversightRole =
  /** Does the work. */
  | 'DELIVERS'
  /** Is the lead. */
  | 'LEADS'
  /** Holds governance oversight. */
  | 'OVERSEES';

/** A path between two entities: `nodes[i]` and `nodes[i+1]` are joined by `links[i]`, in either direction. */
export type Path = {
  __typename?: 'Path';
  /** Number of links. */
  length: Scalars['Int']['output'];
  /** The links along the path. */
  links: Array<Link>;
  /** The entities along the path, first to last. */
  nodes: Array<Entity>;
  /** The path as steps, each with its direction. */
  steps: Array<PathStep>;
};

/** One step of a path: a link walked forwards (along its direction) or backwards. */
export type PathStep = {
  __typename?: 'PathStep';
  /** True when the link is walked along its own direction. */
  forward: Scalars['Boolean']['output'];
  /** The entity the step leaves. */
  from: Entity;
  /** The link walked. */
  link: Link;
  /** The entity the step reaches. */
  to: Entity;
};

/** What else joins a person-dependent pair. */
export type PersonDependencyBasis =
  /** Nothing: no structural path (bodies and organisations only) within `maxStructuralHops`. */
  | 'person-only'
  /** A structural path exists (a sub-group link, a shared member), but only the person sits on both. */
  | 'structural';

/**
 * A pair of bodies whose working connection rests on one person (or at most `maxPeople`) sitting on
 * both; Sefton's interdependencies report calls this a risk.
 */
export type PersonDependentLink = {
  __typename?: 'PersonDependentLink';
  /** PERSON_ONLY when nothing else joins them. */
  basis: PersonDependencyBasis;
  /** The two bodies, sorted by id. */
  bodies: Array<EntityRef>;
  /** A sentence saying who and why. */
  explanation: Scalars['String']['output'];
  /** Everyone sitting on both, sorted by id. */
  people: Array<BridgingPerson>;
  /** Citations of the seats and the structural path. */
  sources: Array<SourceCitation>;
  /** The weakest status among the seats (AGREED for a lead of a sub-group not yet formed). */
  status: Status;
  /** The shortest structural path between the bodies, or null. */
  structuralPath?: Maybe<Array<Link>>;
};

/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type Query = {
  __typename?: 'Query';
  /**
   * The append-only audit log: who changed what, when, on what authority, with every fact before and
   * after. Oldest first unless `newestFirst`; `first` is at most 100; `after` is an edge's cursor;
   * `factId`, `actor` and `action` filter. Needs an API key with the editor or admin role.
   */
  auditLog: AuditLogConnection;
  /** Betweenness and degree centrality of people, bodies and organisations, highest betweenness first. */
  centrality: Array<CentralityScore>;
  /**
   * What was created, renamed, merged, ended or re-linked after `from` and up to `to`.
   * `includeFirstSeen` also lists starts only known as "first seen by" a day.
   */
  changes: Array<ChangeEvent>;
  /**
   * The days the data covers. With `area`, only that area's own sources count (a partnership's
   * papers, not the national layer, say what it looked like); without, every source does.
   */
  dataCoverage: DataCoverage;
  /**
   * The diagram of `focus` as of a day (default the server's default day), drawn in `format`: the
   * same text as `govgraph diagram` with the same options. `preset` BOARD is the board view of a
   * partnership; NEIGHBOURHOOD (the default) walks `depth` hops from the focus (0-4, default 1),
   * `duty` narrows that drawing to the duty's own links, its oversight chains and the focus's
   * governance neighbours (no people or members) and `kinds` limits the link kinds (default the
   * governance kinds). Facts that had ended by the day are left out in every format unless
   * `includeEnded`, which draws them grey. `direction` defaults to TB for DOT and SVG (LR in the
   * board view) and LR for Mermaid. Fails with NOT_FOUND for an unknown focus or duty, and with
   * INVALID_INPUT for `depth`, `duty` or `kinds` given with the board view.
   */
  diagram: Scalars['String']['output'];
  /** One entity by id; null when there is none. */
  entity?: Maybe<Entity>;
  /**
   * Gaps, most severe first: duties without oversight, strategies without owner, required outputs,
   * statutory membership and quorum, benchmarks below threshold. `severities` keeps only those.
   */
  gaps: Array<Finding>;
  /**
   * The governance health report of a partnership (`focus`) or an area as of a day, as `govgraph
   * report` writes it (without the diagram; draw it with `diagram`). `since` defaults to a year before.
   */
  healthReport: Scalars['String']['output'];
  /**
   * The neighbourhood of an entity on a day: everything within `depth` hops (0-4) either way over
   * `kinds` (default the governance link kinds). Fails with NOT_FOUND for an unknown focus.
   */
  interdependencies: Subgraph;
  /**
   * Everything that was ever in the neighbourhood of `focus`, ended facts included: entities and
   * links within `depth` hops (0-4) either way over `kinds` (default the governance kinds), walked over
   * every fact whatever its dates, as `diagram(includeEnded: true)` walks it. For timelines; each fact
   * carries its validity, status and sources. Fails with NOT_FOUND for an unknown focus.
   */
  neighbourhoodHistory: Subgraph;
  /**
   * Who oversees, leads or delivers a duty on a day: directly, or inherited up SUB_GROUP_OF /
   * REPORTS_TO chains. `area` keeps to one partnership area (national facts always count).
   * Fails with NOT_FOUND for an unknown duty.
   */
  oversight: OversightAnswer;
  /**
   * The shortest governance paths between two entities on a day (all of the shortest length, up to
   * `first`, at most 100), walking links either way. `maxHops` is 1-6; `kinds` defaults to the
   * governance link kinds (no meetings, attendance or mentions). Fails with NOT_FOUND for unknown ends.
   */
  path: Array<Path>;
  /**
   * Pairs of bodies whose working connection rests on at most `maxPeople` people sitting on both,
   * fewest people first. `focus` keeps pairs touching that body or a body answering to it.
   */
  personDependentLinks: Array<PersonDependentLink>;
  /**
   * Finds entities by name, former name, alias or id (case, accents and punctuation folded), best
   * first (ties by id). `first` is at most 100.
   */
  search: Array<SearchHit>;
  /** People whose departure cuts a reporting line, leaves a body empty or disconnects two bodies. */
  singlePointsOfFailure: Array<SinglePointOfFailure>;
  /** The display words for statuses, confidences, link kinds and entity kinds, in the ontology's order. */
  vocabulary: Vocabulary;
  /** What breaks if the body `removeBody` is dissolved or the person `removePerson` leaves (give exactly one). */
  whatIf: WhatIfResult;
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  factId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  newestFirst?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QueryCentralityArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  focus?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QueryChangesArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  focus?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  includeFirstSeen?: InputMaybe<Scalars['Boolean']['input']>;
  to: Scalars['Date']['input'];
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QueryDataCoverageArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QueryDiagramArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<DiagramDirection>;
  duty?: InputMaybe<Scalars['ID']['input']>;
  focus: Scalars['ID']['input'];
  format?: DiagramFormat;
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<LinkKind>>;
  preset?: InputMaybe<DiagramPreset>;
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QueryGapsArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  focus?: InputMaybe<Scalars['ID']['input']>;
  severities?: InputMaybe<Array<Severity>>;
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QueryHealthReportArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  focus?: InputMaybe<Scalars['ID']['input']>;
  format?: InputMaybe<ReportFormat>;
  since?: InputMaybe<Scalars['Date']['input']>;
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QueryInterdependenciesArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  focus: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<LinkKind>>;
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QueryNeighbourhoodHistoryArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  focus: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<LinkKind>>;
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QueryOversightArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  duty: Scalars['ID']['input'];
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QueryPathArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<LinkKind>>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QueryPersonDependentLinksArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  focus?: InputMaybe<Scalars['ID']['input']>;
  maxPeople?: InputMaybe<Scalars['Int']['input']>;
  maxStructuralHops?: InputMaybe<Scalars['Int']['input']>;
  onlyPersonOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QuerySearchArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QuerySinglePointsOfFailureArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  focus?: InputMaybe<Scalars['ID']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
};


/** Questions about local governance. Every `asOf` is optional and defaults to today (UTC). */
export type QueryWhatIfArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  focus?: InputMaybe<Scalars['ID']['input']>;
  removeBody?: InputMaybe<Scalars['ID']['input']>;
  removePerson?: InputMaybe<Scalars['ID']['input']>;
};

/** How one kind of fact differs between the graph a load replaced and the graph it loaded. */
export type ReplacedFacts = {
  __typename?: 'ReplacedFacts';
  /** Facts only in the new graph. */
  added: Scalars['Int']['output'];
  /** The added ids, sorted; null when there are more than 100 (the count is still exact). */
  addedIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Facts in both that differ in anything (a link's ends included). */
  changed: Scalars['Int']['output'];
  /** The changed ids, sorted; null when there are more than 100. */
  changedIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Facts only in the old graph: what the load removed. */
  removed: Scalars['Int']['output'];
  /** The removed ids, sorted; null when there are more than 100. */
  removedIds?: Maybe<Array<Scalars['ID']['output']>>;
};

/** Formats of the health report. */
export type ReportFormat =
  /** One self-contained HTML page. */
  | 'html'
  /** The report object as JSON text. */
  | 'json'
  /** GitHub-flavoured Markdown. */
  | 'md';

/** An output a duty requires (e.g. a strategy within 12 months of commencement). */
export type RequiredOutput = {
  __typename?: 'RequiredOutput';
  /** How sure we are of the requirement. */
  confidence: Confidence;
  /** To be refreshed this often. */
  everyMonths?: Maybe<Scalars['Int']['output']>;
  /** Id of the required output. */
  id: Scalars['ID']['output'];
  /** What sort of document it is. */
  kind: StrategyType;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Where the requirement is stated. */
  sources: Array<SourceCitation>;
  /** Due this many months after the duty comes into force. */
  withinMonthsOfStart?: Maybe<Scalars['Int']['output']>;
};

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /**
   * The entity it now is: SUCCEEDED_BY successors followed forward to the latest one (itself when
   * none), so searching "MARSOC" shows MARTHR.
   */
  current: Entity;
  /** The entity found. */
  entity: Entity;
  /** How it matched. */
  matchKind: SearchMatchKind;
  /** The name, former name, alias or id that matched. */
  matched: Scalars['String']['output'];
  /** Higher is better: exact 100, prefix 60, whole word 40, substring 20, plus a weight by match kind. */
  score: Scalars['Int']['output'];
};


/** One search result. */
export type SearchHitCurrentArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** How a search hit matched. */
export type SearchMatchKind =
  /** An alias or abbreviation matched. */
  | 'alias'
  /** A former name matched. */
  | 'former-name'
  /** The entity id matched. */
  | 'id'
  /** The current name matched. */
  | 'name';

/** A person's seat on one side of a person-dependent link. */
export type Seat = {
  __typename?: 'Seat';
  /** Id of the body sat on. */
  bodyId: Scalars['ID']['output'];
  /** The SITS_ON link. */
  link: Link;
  /** The role (chair, lead, member, link, ...); null when the source gives none. */
  role?: Maybe<Scalars['String']['output']>;
};

/** How much a gap matters. */
export type Severity =
  /** A statutory duty unmet or unowned. */
  | 'high'
  /** Context. */
  | 'info'
  /** Worth a look. */
  | 'low'
  /** Worth acting on. */
  | 'medium';

/** A person whose departure cuts a working connection. */
export type SinglePointOfFailure = {
  __typename?: 'SinglePointOfFailure';
  /** The bodies the connection joins, sorted by id. */
  bodies: Array<EntityRef>;
  /** The duty affected, for REPORTING_LINE and SOLE_MEMBER. */
  duty?: Maybe<EntityRef>;
  /** A sentence saying what and why. */
  explanation: Scalars['String']['output'];
  /** What would be cut. */
  kind: SinglePointOfFailureKind;
  /** The oversight chain and seats the finding rests on. */
  links: Array<Link>;
  /** The person. */
  person: EntityRef;
  /** Citations. */
  sources: Array<SourceCitation>;
};

/** What a single point of failure would cut. */
export type SinglePointOfFailureKind =
  /** Without the person, two bodies they sit on are no longer joined within `maxHops`. */
  | 'body-connection'
  /** The only person on both ends of a SUB_GROUP_OF / REPORTS_TO link a duty's oversight passes along. */
  | 'reporting-line'
  /** The only person on the body that leads or delivers a duty, or the sole person leading it. */
  | 'sole-member';

/** A citation of a Source entity, resolved: which document says it, where, and in what words. */
export type SourceCitation = {
  __typename?: 'SourceCitation';
  /** The source's date, e.g. the meeting day of minutes. */
  date?: Maybe<FuzzyDate>;
  /** Item, section or paragraph as written, e.g. `14` or `11 §3.2`. */
  item?: Maybe<Scalars['String']['output']>;
  /** The source's own words. */
  quote?: Maybe<Scalars['String']['output']>;
  /** The Source entity; null only if the graph lacks it. */
  source?: Maybe<Entity>;
  /** Id of the Source entity cited. */
  sourceId: Scalars['ID']['output'];
  /** What sort of document the source is. */
  sourceType?: Maybe<SourceType>;
  /** The source's title (its name); null only if the graph lacks it. */
  title?: Maybe<Scalars['String']['output']>;
  /** Where the source can be read. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A citation of a Source entity. */
export type SourceRefInput = {
  /** Item, section or paragraph as written, e.g. `14` or `11 §3.2`. */
  item?: InputMaybe<Scalars['String']['input']>;
  /** The source's own words. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Id of the Source entity. */
  source: Scalars['ID']['input'];
};

/** What sort of document a Source is. */
export type SourceType =
  /** An agenda. */
  | 'agenda'
  /** An agenda pack. */
  | 'agenda-pack'
  /** Draft minutes. */
  | 'draft-minutes'
  /** Guidance. */
  | 'guidance'
  /** An Act. */
  | 'legislation'
  /** Approved minutes. */
  | 'minutes'
  /** Anything else. */
  | 'other'
  /** A report. */
  | 'report'
  /** A statutory instrument. */
  | 'statutory-instrument'
  /** A web page. */
  | 'web-page';

/** Where a fact stands. */
export type Status =
  /** A resolution approves it; not yet in effect. */
  | 'agreed'
  /** Law passed but not commenced. */
  | 'enacted-not-in-force'
  /** It has ended. */
  | 'ended'
  /** It is happening. */
  | 'in-force'
  /** A paper recommends it or it is on an agenda. */
  | 'proposed'
  /** An agenda item, nothing more. */
  | 'scheduled';

/** A strategy whose owners all go. */
export type StrategyImpact = {
  __typename?: 'StrategyImpact';
  /** The OWNS links lost. */
  ownersLost: Array<Link>;
  /** The strategy. */
  strategy: EntityRef;
};

/** What sort of document a Strategy is. */
export type StrategyType =
  /** An action plan. */
  | 'action-plan'
  /** A needs assessment. */
  | 'needs-assessment'
  /** A plan. */
  | 'plan'
  /** A profile (e.g. a strategic needs profile). */
  | 'profile'
  /** A statement. */
  | 'statement'
  /** A strategy. */
  | 'strategy'
  /** Terms of reference. */
  | 'terms-of-reference';

/** The neighbourhood of an entity: nodes sorted by id, links sorted by id. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The entity asked about. */
  focus: Entity;
  /** Every link of an allowed kind between two returned nodes. */
  links: Array<Link>;
  /** Entities within the depth, including the focus. */
  nodes: Array<Entity>;
};

/**
 * When a fact held: from `from` until the day before `to` (`to` is the first day it no longer held).
 * As-of queries count a fact from `from.latest` (inclusive) until `to.latest` (exclusive).
 */
export type Validity = {
  __typename?: 'Validity';
  /** When it began; null when unknown (counts from the beginning of time). */
  from?: Maybe<FuzzyDate>;
  /** A short human reading, e.g. `from 2012-06-14 to 2020`. */
  text: Scalars['String']['output'];
  /** The first day it no longer held; null while it still holds or when unknown. */
  to?: Maybe<FuzzyDate>;
};

/** When a fact held: from `from` until the day before `to` (`to` is the first day it no longer held). */
export type ValidityInput = {
  /** When it began. */
  from?: InputMaybe<FuzzyDateInput>;
  /** The first day it no longer held. */
  to?: InputMaybe<FuzzyDateInput>;
};

/** The display words of the ontology's vocabularies (from `@govgraph/core`'s vocabulary). */
export type Vocabulary = {
  __typename?: 'Vocabulary';
  /** How sure the graph is of a fact. */
  confidences: Array<VocabularyTerm>;
  /** Entity kinds, singular and lower case ("partnership, board or group"). */
  entityKinds: Array<VocabularyTerm>;
  /** Link kinds, worded as read from the link's `from` to its `to` ("sub-group of"). */
  linkKinds: Array<VocabularyTerm>;
  /** Where a fact stands: proposed, agreed, in force, ... */
  statuses: Array<VocabularyTerm>;
};

/**
 * How one value of a vocabulary reads, so every client prints the same words as the CLI, the
 * diagrams and the health report (the `Status`, `Confidence`, `LinkKind` and `EntityKind` enum
 * descriptions say the same).
 */
export type VocabularyTerm = {
  __typename?: 'VocabularyTerm';
  /** One sentence saying what it means. */
  description: Scalars['String']['output'];
  /** Short lower-case wording for labels and sentences, e.g. "in force". */
  label: Scalars['String']['output'];
  /** The GraphQL enum value, e.g. IN_FORCE. */
  name: Scalars['String']['output'];
  /** The value as diagrams (Cytoscape JSON, GraphML) and exports carry it, e.g. in-force. */
  value: Scalars['String']['output'];
};

/** What breaks if a body is dissolved or a person leaves. */
export type WhatIfResult = {
  __typename?: 'WhatIfResult';
  /** The day asked about. */
  asOf: Scalars['Date']['output'];
  /** Links touching it that held on the day. */
  brokenLinks: Array<Link>;
  /** Duties whose oversight changes. */
  duties: Array<DutyImpact>;
  /** Person-dependent links resting on the removed person. */
  personDependentLinks: Array<PersonDependentLink>;
  /** What was taken away. */
  removed: EntityRef;
  /** The removed person's single points of failure. */
  singlePointsOfFailure: Array<SinglePointOfFailure>;
  /** Citations. */
  sources: Array<SourceCitation>;
  /** Strategies left without an owner. */
  strategiesLosingOwner: Array<StrategyImpact>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuditChange: ResolverTypeWrapper<AuditChangeModel>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditLogConnection: ResolverTypeWrapper<Omit<AuditLogConnection, 'edges'> & { edges: Array<ResolversTypes['AuditLogEdge']> }>;
  AuditLogEdge: ResolverTypeWrapper<Omit<AuditLogEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditLogPageInfo: ResolverTypeWrapper<AuditLogPageInfo>;
  Benchmark: ResolverTypeWrapper<BenchmarkModel>;
  BodyType: BodyType;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BridgingPerson: ResolverTypeWrapper<BridgingPersonModel>;
  CentralityScore: ResolverTypeWrapper<CentralityScoreModel>;
  ChangeEvent: ResolverTypeWrapper<ChangeEventModel>;
  ChangeKind: ChangeKind;
  Confidence: Confidence;
  DataCoverage: ResolverTypeWrapper<DataCoverageModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: DatePrecision;
  DeleteResult: ResolverTypeWrapper<DeleteResultModel>;
  DiagramDirection: DiagramDirection;
  DiagramFormat: DiagramFormat;
  DiagramPreset: DiagramPreset;
  DutyImpact: ResolverTypeWrapper<DutyImpactModel>;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityEditResult: ResolverTypeWrapper<EntityEditResultModel>;
  EntityInput: EntityInput;
  EntityKind: EntityKind;
  EntityRef: ResolverTypeWrapper<EntityRefModel>;
  FactTarget: FactTarget;
  Finding: ResolverTypeWrapper<FindingModel>;
  FindingKind: FindingKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FuzzyDate: ResolverTypeWrapper<FuzzyDateModel>;
  FuzzyDateInput: FuzzyDateInput;
  GraphCounts: ResolverTypeWrapper<GraphCounts>;
  GraphReplacement: ResolverTypeWrapper<GraphReplacement>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImpactEntry: ResolverTypeWrapper<ImpactEntryModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Lineage: ResolverTypeWrapper<LineageModel>;
  LineageKind: LineageKind;
  Link: ResolverTypeWrapper<LinkModel>;
  LinkDirection: LinkDirection;
  LinkEditResult: ResolverTypeWrapper<LinkEditResultModel>;
  LinkInput: LinkInput;
  LinkKind: LinkKind;
  MeetingItem: ResolverTypeWrapper<MeetingItem>;
  MembershipKind: MembershipKind;
  MergePeopleResult: ResolverTypeWrapper<MergePeopleResultModel>;
  MovedLink: ResolverTypeWrapper<MovedLink>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameRecord: ResolverTypeWrapper<NameRecordModel>;
  NameRecordInput: NameRecordInput;
  OversightAnswer: ResolverTypeWrapper<OversightAnswerModel>;
  OversightEntry: ResolverTypeWrapper<OversightEntryModel>;
  OversightRole: OversightRole;
  Path: ResolverTypeWrapper<GraphPathModel>;
  PathStep: ResolverTypeWrapper<Omit<PathStep, 'from' | 'link' | 'to'> & { from: ResolversTypes['Entity'], link: ResolversTypes['Link'], to: ResolversTypes['Entity'] }>;
  PersonDependencyBasis: PersonDependencyBasis;
  PersonDependentLink: ResolverTypeWrapper<PersonDependentLinkModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReplacedFacts: ResolverTypeWrapper<ReplacedFacts>;
  ReportFormat: ReportFormat;
  RequiredOutput: ResolverTypeWrapper<RequiredOutputModel>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SearchMatchKind: SearchMatchKind;
  Seat: ResolverTypeWrapper<SeatModel>;
  Severity: Severity;
  SinglePointOfFailure: ResolverTypeWrapper<SinglePointOfFailureModel>;
  SinglePointOfFailureKind: SinglePointOfFailureKind;
  SourceCitation: ResolverTypeWrapper<SourceRefModel>;
  SourceRefInput: SourceRefInput;
  SourceType: SourceType;
  Status: Status;
  StrategyImpact: ResolverTypeWrapper<StrategyImpactModel>;
  StrategyType: StrategyType;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  Validity: ResolverTypeWrapper<ValidityModel>;
  ValidityInput: ValidityInput;
  Vocabulary: ResolverTypeWrapper<Vocabulary>;
  VocabularyTerm: ResolverTypeWrapper<VocabularyTerm>;
  WhatIfResult: ResolverTypeWrapper<WhatIfResultModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditChange: AuditChangeModel;
  AuditEntry: AuditEntryModel;
  AuditLogConnection: Omit<AuditLogConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditLogEdge']> };
  AuditLogEdge: Omit<AuditLogEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditLogPageInfo: AuditLogPageInfo;
  Benchmark: BenchmarkModel;
  Boolean: Scalars['Boolean']['output'];
  BridgingPerson: BridgingPersonModel;
  CentralityScore: CentralityScoreModel;
  ChangeEvent: ChangeEventModel;
  DataCoverage: DataCoverageModel;
  Date: Scalars['Date']['output'];
  DeleteResult: DeleteResultModel;
  DutyImpact: DutyImpactModel;
  Entity: EntityModel;
  EntityEditResult: EntityEditResultModel;
  EntityInput: EntityInput;
  EntityRef: EntityRefModel;
  Finding: FindingModel;
  Float: Scalars['Float']['output'];
  FuzzyDate: FuzzyDateModel;
  FuzzyDateInput: FuzzyDateInput;
  GraphCounts: GraphCounts;
  GraphReplacement: GraphReplacement;
  ID: Scalars['ID']['output'];
  ImpactEntry: ImpactEntryModel;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Lineage: LineageModel;
  Link: LinkModel;
  LinkEditResult: LinkEditResultModel;
  LinkInput: LinkInput;
  MeetingItem: MeetingItem;
  MergePeopleResult: MergePeopleResultModel;
  MovedLink: MovedLink;
  Mutation: Record<PropertyKey, never>;
  NameRecord: NameRecordModel;
  NameRecordInput: NameRecordInput;
  OversightAnswer: OversightAnswerModel;
  OversightEntry: OversightEntryModel;
  Path: GraphPathModel;
  PathStep: Omit<PathStep, 'from' | 'link' | 'to'> & { from: ResolversParentTypes['Entity'], link: ResolversParentTypes['Link'], to: ResolversParentTypes['Entity'] };
  PersonDependentLink: PersonDependentLinkModel;
  Query: Record<PropertyKey, never>;
  ReplacedFacts: ReplacedFacts;
  RequiredOutput: RequiredOutputModel;
  SearchHit: SearchHitModel;
  Seat: SeatModel;
  SinglePointOfFailure: SinglePointOfFailureModel;
  SourceCitation: SourceRefModel;
  SourceRefInput: SourceRefInput;
  StrategyImpact: StrategyImpactModel;
  String: Scalars['String']['output'];
  Subgraph: SubgraphModel;
  Validity: ValidityModel;
  ValidityInput: ValidityInput;
  Vocabulary: Vocabulary;
  VocabularyTerm: VocabularyTerm;
  WhatIfResult: WhatIfResultModel;
};

export type AuditChangeResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = {
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['FactTarget'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditChange']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replacedGraph?: Resolver<Maybe<ResolversTypes['GraphReplacement']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type AuditLogConnectionResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['AuditLogConnection'] = ResolversParentTypes['AuditLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['AuditLogPageInfo'], ParentType, ContextType>;
};

export type AuditLogEdgeResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['AuditLogEdge'] = ResolversParentTypes['AuditLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditLogPageInfoResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['AuditLogPageInfo'] = ResolversParentTypes['AuditLogPageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BenchmarkResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['Benchmark'] = ResolversParentTypes['Benchmark']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BodyTypeResolvers = { BOARD: 'board', COMMITTEE: 'committee', FORUM: 'forum', PANEL: 'panel', PARTNERSHIP: 'partnership', SERVICE: 'service', SUB_GROUP: 'sub-group', TASK_AND_FINISH_GROUP: 'task-and-finish-group' };

export type BridgingPersonResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['BridgingPerson'] = ResolversParentTypes['BridgingPerson']> = {
  person?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  seats?: Resolver<Array<ResolversTypes['Seat']>, ParentType, ContextType>;
};

export type CentralityScoreResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['CentralityScore'] = ResolversParentTypes['CentralityScore']> = {
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  neighbours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEventResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['ChangeEvent'] = ResolversParentTypes['ChangeEvent']> = {
  certain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['FuzzyDate'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceCitation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
};

export type ChangeKindResolvers = { ABSORBED: 'absorbed', CREATED: 'created', ENDED: 'ended', LINK_ENDED: 'link-ended', LINK_STARTED: 'link-started', MERGED: 'merged', RELAUNCHED: 'relaunched', RENAMED: 'renamed', REPLACED: 'replaced', SPLIT: 'split' };

export type ConfidenceResolvers = { CONFIRMED: 'confirmed', INFERRED: 'inferred', STATED: 'stated', UNVERIFIED: 'unverified' };

export type DataCoverageResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['DataCoverage'] = ResolversParentTypes['DataCoverage']> = {
  area?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datedSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  earliest?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latestSource?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  undatedSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DatePrecisionResolvers = { BOUNDS: 'bounds', DAY: 'day', MONTH: 'month', YEAR: 'year' };

export type DeleteResultResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = {
  auditEntry?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  deletedLinkIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DiagramDirectionResolvers = { BT: 'BT', LR: 'LR', RL: 'RL', TB: 'TB' };

export type DiagramFormatResolvers = { CYTOSCAPE: 'cytoscape', DOT: 'dot', GRAPHML: 'graphml', MERMAID: 'mermaid', SVG: 'svg' };

export type DiagramPresetResolvers = { BOARD: 'board', NEIGHBOURHOOD: 'neighbourhood' };

export type DutyImpactResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['DutyImpact'] = ResolversParentTypes['DutyImpact']> = {
  duty?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  losesAllOversight?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lost?: Resolver<Array<ResolversTypes['ImpactEntry']>, ParentType, ContextType>;
  remaining?: Resolver<Array<ResolversTypes['ImpactEntry']>, ParentType, ContextType>;
  rolesLost?: Resolver<Array<ResolversTypes['OversightRole']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  act?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  apologies?: Resolver<Maybe<Array<ResolversTypes['Link']>>, ParentType, ContextType>;
  area?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  assessmentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attendees?: Resolver<Maybe<Array<ResolversTypes['Link']>>, ParentType, ContextType>;
  attributes?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  benchmarks?: Resolver<Maybe<Array<ResolversTypes['Benchmark']>>, ParentType, ContextType>;
  bodyType?: Resolver<Maybe<ResolversTypes['BodyType']>, ParentType, ContextType>;
  chair?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, Partial<EntityCurrentArgs>>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holds?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<EntityHoldsArgs>>;
  honorific?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Maybe<Array<ResolversTypes['MeetingItem']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  lineage?: Resolver<ResolversTypes['Lineage'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<EntityLinksArgs, 'direction'>>;
  meetings?: Resolver<Maybe<Array<ResolversTypes['Entity']>>, ParentType, ContextType>;
  metThreshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameAsOf?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<EntityNameAsOfArgs>>;
  names?: Resolver<Array<ResolversTypes['NameRecord']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisationType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requiredOutputs?: Resolver<Maybe<Array<ResolversTypes['RequiredOutput']>>, ParentType, ContextType>;
  reviewType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seats?: Resolver<Maybe<Array<ResolversTypes['Link']>>, ParentType, ContextType, Partial<EntitySeatsArgs>>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceType?: Resolver<Maybe<ResolversTypes['SourceType']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceCitation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  statutory?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  strategyType?: Resolver<Maybe<ResolversTypes['StrategyType']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityEditResultResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['EntityEditResult'] = ResolversParentTypes['EntityEditResult']> = {
  auditEntry?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  endedLinks?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityKindResolvers = { Assessment: 'Assessment', Body: 'Body', Duty: 'Duty', Legislation: 'Legislation', Meeting: 'Meeting', Organisation: 'Organisation', Person: 'Person', Review: 'Review', Source: 'Source', Strategy: 'Strategy' };

export type EntityRefResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['EntityRef'] = ResolversParentTypes['EntityRef']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FactTargetResolvers = { ENTITY: 'entity', LINK: 'link' };

export type FindingResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = {
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FindingKind'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceCitation']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FindingKindResolvers = { BENCHMARK_BELOW_THRESHOLD: 'benchmark-below-threshold', DUTY_OVERSIGHT_NOT_IN_FORCE: 'duty-oversight-not-in-force', DUTY_WITHOUT_OVERSIGHT: 'duty-without-oversight', QUORUM_AT_RISK: 'quorum-at-risk', REQUIRED_OUTPUT_DUE: 'required-output-due', REQUIRED_OUTPUT_OVERDUE: 'required-output-overdue', STATUTORY_MEMBERSHIP: 'statutory-membership', STRATEGY_WITHOUT_OWNER: 'strategy-without-owner' };

export type FuzzyDateResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['FuzzyDate'] = ResolversParentTypes['FuzzyDate']> = {
  earliest?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphCountsResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['GraphCounts'] = ResolversParentTypes['GraphCounts']> = {
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphReplacementResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['GraphReplacement'] = ResolversParentTypes['GraphReplacement']> = {
  after?: Resolver<ResolversTypes['GraphCounts'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['GraphCounts'], ParentType, ContextType>;
  entities?: Resolver<Maybe<ResolversTypes['ReplacedFacts']>, ParentType, ContextType>;
  links?: Resolver<Maybe<ResolversTypes['ReplacedFacts']>, ParentType, ContextType>;
};

export type ImpactEntryResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['ImpactEntry'] = ResolversParentTypes['ImpactEntry']> = {
  body?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  chain?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  inherited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OversightRole'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LineageResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['Lineage'] = ResolversParentTypes['Lineage']> = {
  predecessors?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
};

export type LineageKindResolvers = { ABSORB: 'absorb', MERGE: 'merge', RELAUNCH: 'relaunch', RENAME: 'rename', REPLACE: 'replace', SPLIT: 'split' };

export type LinkResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  holds?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<LinkHoldsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LinkKind'], ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['LineageKind']>, ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['MembershipKind']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  representing?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceCitation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LinkDirectionResolvers = { BOTH: 'both', IN: 'in', OUT: 'out' };

export type LinkEditResultResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['LinkEditResult'] = ResolversParentTypes['LinkEditResult']> = {
  auditEntry?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  link?: Resolver<ResolversTypes['Link'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LinkKindResolvers = { ASSESSES: 'ASSESSES', ATTENDED: 'ATTENDED', BINDS: 'BINDS', COMMISSIONS: 'COMMISSIONS', DELIVERS: 'DELIVERS', FEEDS_INTO: 'FEEDS_INTO', IMPOSED_BY: 'IMPOSED_BY', LEADS: 'LEADS', LINKS_TO: 'LINKS_TO', MEETING_OF: 'MEETING_OF', MEMBER_OF: 'MEMBER_OF', MENTIONS: 'MENTIONS', OVERSEES: 'OVERSEES', OWNS: 'OWNS', REPORTS_TO: 'REPORTS_TO', REQUIRES: 'REQUIRES', SENT_APOLOGIES: 'SENT_APOLOGIES', SITS_ON: 'SITS_ON', SUB_GROUP_OF: 'SUB_GROUP_OF', SUCCEEDED_BY: 'SUCCEEDED_BY', WORKS_FOR: 'WORKS_FOR' };

export type MeetingItemResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['MeetingItem'] = ResolversParentTypes['MeetingItem']> = {
  actions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolutions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MembershipKindResolvers = { CO_OPTED: 'co-opted', INVITED: 'invited', STATUTORY: 'statutory' };

export type MergePeopleResultResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['MergePeopleResult'] = ResolversParentTypes['MergePeopleResult']> = {
  auditEntry?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  droppedLinkIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  movedLinks?: Resolver<Array<ResolversTypes['MovedLink']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MovedLinkResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['MovedLink'] = ResolversParentTypes['MovedLink']> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createEntity?: Resolver<ResolversTypes['EntityEditResult'], ParentType, ContextType, RequireFields<MutationCreateEntityArgs, 'entity' | 'source'>>;
  createLink?: Resolver<ResolversTypes['LinkEditResult'], ParentType, ContextType, RequireFields<MutationCreateLinkArgs, 'link' | 'source'>>;
  deleteEntity?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'deleteLinks' | 'expectedVersion' | 'id' | 'source'>>;
  deleteLink?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteLinkArgs, 'expectedVersion' | 'id' | 'source'>>;
  endEntity?: Resolver<ResolversTypes['EntityEditResult'], ParentType, ContextType, RequireFields<MutationEndEntityArgs, 'endLinks' | 'expectedVersion' | 'id' | 'source' | 'to'>>;
  endLink?: Resolver<ResolversTypes['LinkEditResult'], ParentType, ContextType, RequireFields<MutationEndLinkArgs, 'expectedVersion' | 'id' | 'source' | 'to'>>;
  mergePeople?: Resolver<ResolversTypes['MergePeopleResult'], ParentType, ContextType, RequireFields<MutationMergePeopleArgs, 'from' | 'into' | 'source'>>;
  updateEntity?: Resolver<ResolversTypes['EntityEditResult'], ParentType, ContextType, RequireFields<MutationUpdateEntityArgs, 'entity' | 'expectedVersion' | 'id' | 'source'>>;
  updateLink?: Resolver<ResolversTypes['LinkEditResult'], ParentType, ContextType, RequireFields<MutationUpdateLinkArgs, 'expectedVersion' | 'id' | 'link' | 'source'>>;
};

export type NameRecordResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['NameRecord'] = ResolversParentTypes['NameRecord']> = {
  holds?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<NameRecordHoldsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceCitation']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type OversightAnswerResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['OversightAnswer'] = ResolversParentTypes['OversightAnswer']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  duty?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['OversightEntry']>, ParentType, ContextType>;
};

export type OversightEntryResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['OversightEntry'] = ResolversParentTypes['OversightEntry']> = {
  body?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  chain?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  inherited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OversightRole'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type OversightRoleResolvers = { DELIVERS: 'DELIVERS', LEADS: 'LEADS', OVERSEES: 'OVERSEES' };

export type PathResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  forward?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['Link'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type PersonDependencyBasisResolvers = { PERSON_ONLY: 'person-only', STRUCTURAL: 'structural' };

export type PersonDependentLinkResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['PersonDependentLink'] = ResolversParentTypes['PersonDependentLink']> = {
  basis?: Resolver<ResolversTypes['PersonDependencyBasis'], ParentType, ContextType>;
  bodies?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['BridgingPerson']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceCitation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  structuralPath?: Resolver<Maybe<Array<ResolversTypes['Link']>>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<ResolversTypes['AuditLogConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first' | 'newestFirst'>>;
  centrality?: Resolver<Array<ResolversTypes['CentralityScore']>, ParentType, ContextType, RequireFields<QueryCentralityArgs, 'limit'>>;
  changes?: Resolver<Array<ResolversTypes['ChangeEvent']>, ParentType, ContextType, RequireFields<QueryChangesArgs, 'from' | 'includeFirstSeen' | 'to'>>;
  dataCoverage?: Resolver<ResolversTypes['DataCoverage'], ParentType, ContextType, Partial<QueryDataCoverageArgs>>;
  diagram?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryDiagramArgs, 'focus' | 'format' | 'includeEnded' | 'preset'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  gaps?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType, Partial<QueryGapsArgs>>;
  healthReport?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryHealthReportArgs, 'format'>>;
  interdependencies?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryInterdependenciesArgs, 'depth' | 'focus'>>;
  neighbourhoodHistory?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodHistoryArgs, 'depth' | 'focus'>>;
  oversight?: Resolver<ResolversTypes['OversightAnswer'], ParentType, ContextType, RequireFields<QueryOversightArgs, 'duty'>>;
  path?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  personDependentLinks?: Resolver<Array<ResolversTypes['PersonDependentLink']>, ParentType, ContextType, RequireFields<QueryPersonDependentLinksArgs, 'maxPeople' | 'maxStructuralHops' | 'onlyPersonOnly'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  singlePointsOfFailure?: Resolver<Array<ResolversTypes['SinglePointOfFailure']>, ParentType, ContextType, RequireFields<QuerySinglePointsOfFailureArgs, 'maxHops'>>;
  vocabulary?: Resolver<ResolversTypes['Vocabulary'], ParentType, ContextType>;
  whatIf?: Resolver<ResolversTypes['WhatIfResult'], ParentType, ContextType, Partial<QueryWhatIfArgs>>;
};

export type ReplacedFactsResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['ReplacedFacts'] = ResolversParentTypes['ReplacedFacts']> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  addedIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changedIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removedIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
};

export type ReportFormatResolvers = { HTML: 'html', JSON: 'json', MARKDOWN: 'md' };

export type RequiredOutputResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['RequiredOutput'] = ResolversParentTypes['RequiredOutput']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  everyMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StrategyType'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceCitation']>, ParentType, ContextType>;
  withinMonthsOfStart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  current?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, Partial<SearchHitCurrentArgs>>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  matchKind?: Resolver<ResolversTypes['SearchMatchKind'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchMatchKindResolvers = { ALIAS: 'alias', FORMER_NAME: 'former-name', ID: 'id', NAME: 'name' };

export type SeatResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['Seat'] = ResolversParentTypes['Seat']> = {
  bodyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['Link'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SeverityResolvers = { HIGH: 'high', INFO: 'info', LOW: 'low', MEDIUM: 'medium' };

export type SinglePointOfFailureResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['SinglePointOfFailure'] = ResolversParentTypes['SinglePointOfFailure']> = {
  bodies?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  duty?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SinglePointOfFailureKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceCitation']>, ParentType, ContextType>;
};

export type SinglePointOfFailureKindResolvers = { BODY_CONNECTION: 'body-connection', REPORTING_LINE: 'reporting-line', SOLE_MEMBER: 'sole-member' };

export type SourceCitationResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['SourceCitation'] = ResolversParentTypes['SourceCitation']> = {
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceType?: Resolver<Maybe<ResolversTypes['SourceType']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceTypeResolvers = { AGENDA: 'agenda', AGENDA_PACK: 'agenda-pack', DRAFT_MINUTES: 'draft-minutes', GUIDANCE: 'guidance', LEGISLATION: 'legislation', MINUTES: 'minutes', OTHER: 'other', REPORT: 'report', STATUTORY_INSTRUMENT: 'statutory-instrument', WEB_PAGE: 'web-page' };

export type StatusResolvers = { AGREED: 'agreed', ENACTED_NOT_IN_FORCE: 'enacted-not-in-force', ENDED: 'ended', IN_FORCE: 'in-force', PROPOSED: 'proposed', SCHEDULED: 'scheduled' };

export type StrategyImpactResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['StrategyImpact'] = ResolversParentTypes['StrategyImpact']> = {
  ownersLost?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
};

export type StrategyTypeResolvers = { ACTION_PLAN: 'action-plan', NEEDS_ASSESSMENT: 'needs-assessment', PLAN: 'plan', PROFILE: 'profile', STATEMENT: 'statement', STRATEGY: 'strategy', TERMS_OF_REFERENCE: 'terms-of-reference' };

export type SubgraphResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  focus?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type ValidityResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['Validity'] = ResolversParentTypes['Validity']> = {
  from?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
};

export type VocabularyResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['Vocabulary'] = ResolversParentTypes['Vocabulary']> = {
  confidences?: Resolver<Array<ResolversTypes['VocabularyTerm']>, ParentType, ContextType>;
  entityKinds?: Resolver<Array<ResolversTypes['VocabularyTerm']>, ParentType, ContextType>;
  linkKinds?: Resolver<Array<ResolversTypes['VocabularyTerm']>, ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['VocabularyTerm']>, ParentType, ContextType>;
};

export type VocabularyTermResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['VocabularyTerm'] = ResolversParentTypes['VocabularyTerm']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WhatIfResultResolvers<ContextType = GovgraphContext, ParentType extends ResolversParentTypes['WhatIfResult'] = ResolversParentTypes['WhatIfResult']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  brokenLinks?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  duties?: Resolver<Array<ResolversTypes['DutyImpact']>, ParentType, ContextType>;
  personDependentLinks?: Resolver<Array<ResolversTypes['PersonDependentLink']>, ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  singlePointsOfFailure?: Resolver<Array<ResolversTypes['SinglePointOfFailure']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceCitation']>, ParentType, ContextType>;
  strategiesLosingOwner?: Resolver<Array<ResolversTypes['StrategyImpact']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GovgraphContext> = {
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditLogConnection?: AuditLogConnectionResolvers<ContextType>;
  AuditLogEdge?: AuditLogEdgeResolvers<ContextType>;
  AuditLogPageInfo?: AuditLogPageInfoResolvers<ContextType>;
  Benchmark?: BenchmarkResolvers<ContextType>;
  BodyType?: BodyTypeResolvers;
  BridgingPerson?: BridgingPersonResolvers<ContextType>;
  CentralityScore?: CentralityScoreResolvers<ContextType>;
  ChangeEvent?: ChangeEventResolvers<ContextType>;
  ChangeKind?: ChangeKindResolvers;
  Confidence?: ConfidenceResolvers;
  DataCoverage?: DataCoverageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DatePrecision?: DatePrecisionResolvers;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  DiagramDirection?: DiagramDirectionResolvers;
  DiagramFormat?: DiagramFormatResolvers;
  DiagramPreset?: DiagramPresetResolvers;
  DutyImpact?: DutyImpactResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityEditResult?: EntityEditResultResolvers<ContextType>;
  EntityKind?: EntityKindResolvers;
  EntityRef?: EntityRefResolvers<ContextType>;
  FactTarget?: FactTargetResolvers;
  Finding?: FindingResolvers<ContextType>;
  FindingKind?: FindingKindResolvers;
  FuzzyDate?: FuzzyDateResolvers<ContextType>;
  GraphCounts?: GraphCountsResolvers<ContextType>;
  GraphReplacement?: GraphReplacementResolvers<ContextType>;
  ImpactEntry?: ImpactEntryResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Lineage?: LineageResolvers<ContextType>;
  LineageKind?: LineageKindResolvers;
  Link?: LinkResolvers<ContextType>;
  LinkDirection?: LinkDirectionResolvers;
  LinkEditResult?: LinkEditResultResolvers<ContextType>;
  LinkKind?: LinkKindResolvers;
  MeetingItem?: MeetingItemResolvers<ContextType>;
  MembershipKind?: MembershipKindResolvers;
  MergePeopleResult?: MergePeopleResultResolvers<ContextType>;
  MovedLink?: MovedLinkResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NameRecord?: NameRecordResolvers<ContextType>;
  OversightAnswer?: OversightAnswerResolvers<ContextType>;
  OversightEntry?: OversightEntryResolvers<ContextType>;
  OversightRole?: OversightRoleResolvers;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  PersonDependencyBasis?: PersonDependencyBasisResolvers;
  PersonDependentLink?: PersonDependentLinkResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReplacedFacts?: ReplacedFactsResolvers<ContextType>;
  ReportFormat?: ReportFormatResolvers;
  RequiredOutput?: RequiredOutputResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchMatchKind?: SearchMatchKindResolvers;
  Seat?: SeatResolvers<ContextType>;
  Severity?: SeverityResolvers;
  SinglePointOfFailure?: SinglePointOfFailureResolvers<ContextType>;
  SinglePointOfFailureKind?: SinglePointOfFailureKindResolvers;
  SourceCitation?: SourceCitationResolvers<ContextType>;
  SourceType?: SourceTypeResolvers;
  Status?: StatusResolvers;
  StrategyImpact?: StrategyImpactResolvers<ContextType>;
  StrategyType?: StrategyTypeResolvers;
  Subgraph?: SubgraphResolvers<ContextType>;
  Validity?: ValidityResolvers<ContextType>;
  Vocabulary?: VocabularyResolvers<ContextType>;
  VocabularyTerm?: VocabularyTermResolvers<ContextType>;
  WhatIfResult?: WhatIfResultResolvers<ContextType>;
};

