// Ontology: kinds, vocabularies and schemas
export {
  ENTITY_KINDS,
  BODY_TYPES,
  STRATEGY_TYPES,
  SOURCE_TYPES,
  STATUSES,
  CONFIDENCES,
  LINK_KINDS,
  SITTING_ROLES,
  LINEAGE_KINDS,
  MEMBERSHIP_KINDS,
  LINK_ENDPOINTS,
  OVERSIGHT_ROLE_KINDS,
  OVERSIGHT_INHERITANCE_KINDS,
  OVERSIGHT_BODY_KINDS,
  sourceRefSchema,
  nameRecordSchema,
  meetingItemSchema,
  entityInputSchema,
  linkInputSchema,
  defaultLinkId,
  isFuzzyDate,
} from './ontology.js';
export type {
  EntityKind,
  BodyType,
  StrategyType,
  SourceType,
  Status,
  Confidence,
  LinkKind,
  SittingRole,
  LineageKind,
  MembershipKind,
  SourceRef,
  EntityInput,
  LinkInput,
  NameRecord,
  MeetingItem,
  FactCore,
  Entity,
  Link,
  GraphData,
} from './ontology.js';

// What text may be stored: well-formed, no controls or bidi overrides, bounded, squat-proof link ids
export {
  MAX_ID_LENGTH,
  MAX_TEXT_LENGTH,
  ENTITY_ID_PATTERN,
  TEXT_PROBLEM_CODES,
  URL_SCHEMES,
  checkText,
  checkIdText,
  checkEntityId,
  checkLinkId,
  checkUrl,
  entityTextProblems,
  linkTextProblems,
} from './text-rules.js';
export type { TextProblemCode, TextRuleViolation, TextProblem } from './text-rules.js';

// Normalising input into the stored model
export { normaliseEntity, normaliseLink, normaliseValidity } from './normalise.js';

// Time: fuzzy dates, validity and the as-of rule
export {
  DATE_PRECISIONS,
  fuzzyDateInputSchema,
  isIsoDay,
  nextDay,
  today,
  toFuzzyDate,
  fuzzyDateToInput,
  validFromDay,
  validToDay,
  holdsOn,
  describeValidity,
} from './time.js';
export type { IsoDay, DatePrecision, FuzzyDate, FuzzyDateInput, Validity } from './time.js';

// The storage port
export { GOVERNANCE_LINK_KINDS, EVIDENCE_LINK_KINDS, MAX_OVERSIGHT_INHERITANCE } from './port.js';
export type {
  GraphStore,
  AsOfOptions,
  OversightEntry,
  OversightAnswer,
  GraphPath,
  PathOptions,
  SubgraphOptions,
  Subgraph,
  SearchMatchKind,
  SearchHit,
  SearchOptions,
  Lineage,
  ChangeSet,
  StoreStats,
  LinksOfOptions,
  SnapshotOptions,
  FactTarget,
  ExpectedVersion,
  AuditContext,
  AuditChange,
  AuditEntry,
  ApplyOptions,
  ApplyResult,
  AuditLogQuery,
  GraphCounts,
  GraphReplacement,
  ReplacedFacts,
  ReplaceAllOptions,
} from './port.js';
export { MAX_LISTED_REPLACED_IDS } from './port.js';

// What a load replaced, fact by fact
export { compareReplacedFacts, toReplacedFacts } from './replaced-facts.js';
export type { FactDifferences } from './replaced-facts.js';

// Shortest paths in answer order, for every store
export { firstShortestPaths, firstShortestPathsNow } from './shortest-paths.js';
export type { PathStep, PathExpansion } from './shortest-paths.js';

// The neighbourhood of an entity, level by level, for every store
export { reachWithin, reachWithinNow } from './neighbourhood.js';
export type { NeighbourExpansion } from './neighbourhood.js';

// What days the data speaks for (the default as-of day of the explorer and the CLI)
export { dataCoverage, dataCoverageOf } from './data-coverage.js';
export type { DataCoverage } from './data-coverage.js';

// Optimistic concurrency
export { factVersion, canonicalJson, sameCanonicalJson } from './fact-version.js';

// Audited writes: what changed, broken expectations, audit queries
export {
  DEFAULT_AUDIT_LOG_LIMIT,
  MAX_AUDIT_LOG_LIMIT,
  touchedIds,
  auditChanges,
  checkExpectedVersions,
  checkAuditContext,
  buildAuditEntry,
  checkAuditSequence,
  checkAuditLogQuery,
  auditEntryMatches,
} from './audit.js';
export type { CurrentFacts, VersionConflict, CheckedAuditLogQuery } from './audit.js';

// Query option rules shared by every store
export {
  MAX_PATH_HOPS,
  MAX_SUBGRAPH_DEPTH,
  DEFAULT_PATH_LIMIT,
  DEFAULT_SEARCH_LIMIT,
  checkDay,
  checkOptionalDay,
  checkInteger,
  checkLimit,
  checkLinkKinds,
  LINK_DIRECTIONS,
  checkLinksOfOptions,
  checkSearchOptions,
  checkAsOfOptions,
  checkPathOptions,
  checkSubgraphOptions,
  checkSnapshotOptions,
} from './query-options.js';
export type {
  LinkDirection,
  CheckedLinksOfOptions,
  CheckedSearchOptions,
  CheckedAsOfOptions,
  CheckedPathOptions,
  CheckedSubgraphOptions,
  CheckedSnapshotOptions,
} from './query-options.js';

// Orderings and scores shared by every store
export {
  compareStrings,
  compareOversightEntries,
  sortOversightEntries,
  comparePaths,
  compareById,
  rankSearchHits,
  normaliseSearchText,
  scoreSearchMatch,
  searchCandidates,
  bestSearchMatch,
} from './ordering.js';

// The words shown for statuses, confidences, link kinds and entity kinds
export {
  STATUS_TERMS,
  CONFIDENCE_TERMS,
  LINK_KIND_TERMS,
  ENTITY_KIND_TERMS,
  statusLabel,
  confidenceLabel,
  linkKindLabel,
  entityKindLabel,
  dayLabel,
  capitalised,
  vocabulary,
} from './vocabulary.js';
export type { VocabularyTerm } from './vocabulary.js';

// Naming an entity by id, name, former name or alias
export { MAX_REFERENCE_CANDIDATES, resolveEntityReference } from './entity-reference.js';
export type { EntityCandidate, EntityReferenceOptions } from './entity-reference.js';

// Errors, and the one shape of every problem with some input
export { ERROR_CODES, GovgraphError, isGovgraphError } from './errors.js';
export type { ErrorCode } from './errors.js';
export { ProblemList, formatPath, invalidInput } from './problems.js';
export type { Problem, ProblemSeverity, ProblemListOptions, PathSegment } from './problems.js';

// The fact rules every writer's facts obey (seeds, edits, merges), and the schemas' problems in words
export { FACT_RULE_CODES, checkFactGraph, idSuggester, REPRESENTABLE_KINDS, LINK_FIELD_KINDS } from './fact-rules.js';
export type { FactRuleCode, FactRuleReporter, FactGraph, EntityRecord, LinkRecord, KnownEntity } from './fact-rules.js';
export { checkFacts, parseFactInput } from './check-facts.js';
export type { CheckFactsInput, CheckedFact, FactProblem, FactProblemCode, FactParseResult } from './check-facts.js';
export { describeZodIssues, closest } from './zod-issues.js';
export type { DescribedIssue } from './zod-issues.js';

// What an entity was called on a day, and what it became (the succession rule)
export { nameAsOf } from './name-as-of.js';
export { successionCounts, pickSuccession, followSuccession } from './succession.js';

// The write check every store makes before a write reaches its graph
export { WRITE_PROBLEM_CODES, checkGraphData, checkChangeSet, checkChangeSetShape } from './write-check.js';
export type { WriteProblemCode, ChangeSetContext } from './write-check.js';

// Replacing a file crash-safely: the embedded store's snapshots and log, the keys file, import state
export { AtomicWriteError, writeFileAtomic, syncDirectory } from './atomic-file.js';
export type { AtomicWriteStep, WriteFileAtomicOptions } from './atomic-file.js';
