/**
 * The edit requests and results of the library API (GraphQL's mutations are a thin layer over
 * them). Facts are written as in seed YAML (`EntityInput`, `LinkInput` of core); every request
 * names the source that justifies it.
 */
import type { AuditEntry, Entity, EntityInput, FuzzyDateInput, Link, LinkInput } from '@govgraph/core';

/** A citation of a Source entity: its id, and optionally where in it and its words. */
export interface SourceRefInput {
  /** Id of an existing Source entity (or, when creating a Source, its own id). */
  source: string;
  /** Item, section or paragraph as written, e.g. "14" or "11 §3.2". */
  item?: string | undefined;
  /** The source's own words. */
  quote?: string | undefined;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An entity as written in seeds; `sources` may be left out, since the edit's source is added to it. */
export type EntityDraft = DistributiveOmit<EntityInput, 'sources'> & { sources?: readonly SourceRefInput[] | undefined };

/** A link as written in seeds; `sources` may be left out, since the edit's source is added to it. */
export type LinkDraft = Omit<LinkInput, 'sources'> & { sources?: readonly SourceRefInput[] | undefined };

/** What every edit carries. */
export interface EditRequestBase {
  /** The source that justifies the edit: added to the fact's sources and recorded in the audit log. */
  source: SourceRefInput;
  /** Free text for the audit log, e.g. why. */
  comment?: string | undefined;
}

/** Edits of one existing fact name the version the editor read (from `version` / `factVersion`). */
export interface ExistingFactRequest extends EditRequestBase {
  id: string;
  /** The fact's version when the editor read it; a different version now is CONFLICT. */
  expectedVersion: string;
}

/** Creates an entity; its id must be new. */
export interface CreateEntityRequest extends EditRequestBase {
  entity: EntityDraft;
}

/** Replaces an entity entirely (its kind and id cannot change). */
export interface UpdateEntityRequest extends ExistingFactRequest {
  /** The whole new entity; `id` may be left out. */
  entity: DistributiveOmit<EntityDraft, 'id'> & { id?: string | undefined };
}

/** Ends an entity: `validity.to` and status `ended`. */
export interface EndEntityRequest extends ExistingFactRequest {
  /** The first day it no longer held, as seeds write dates. */
  to: FuzzyDateInput;
  /**
   * Also end, on the same day and in the same write, every link of the entity still in force
   * (otherwise such links make the request fail, listing them).
   */
  endLinks?: boolean | undefined;
}

/** Creates a link; its id (by default `KIND:from->to`, or `#key`) must be new. */
export interface CreateLinkRequest extends EditRequestBase {
  link: LinkDraft;
}

/** Replaces a link entirely (its kind and ends cannot change). */
export interface UpdateLinkRequest extends ExistingFactRequest {
  /** The whole new link; `id` and `key` may be left out (the id stays). */
  link: LinkDraft;
}

/** Ends a link: `validity.to` and status `ended`. */
export interface EndLinkRequest extends ExistingFactRequest {
  /** The first day it no longer held. */
  to: FuzzyDateInput;
}

/** Deletes an entity (admin only): for mistakes, not for things that ended (end those). */
export interface DeleteEntityRequest extends ExistingFactRequest {
  /** Also delete every link touching it (otherwise such links make the request fail, listing them). */
  deleteLinks?: boolean | undefined;
}

/** Deletes a link (admin only). */
export type DeleteLinkRequest = ExistingFactRequest;

/** What an entity edit gives back. */
export interface EntityEditResult {
  /** The entity as stored now. */
  entity: Entity;
  /** Its new version (send it as `expectedVersion` with the next edit). */
  version: string;
  /** The audit entry written; null when the edit changed nothing (an identical replacement). */
  auditEntry: AuditEntry | null;
  /** Links ended with the entity (`endLinks`), as stored now. */
  endedLinks: Link[];
}

/** What a link edit gives back. */
export interface LinkEditResult {
  link: Link;
  version: string;
  auditEntry: AuditEntry | null;
}

/** What a delete gives back. */
export interface DeleteResult {
  /** The id deleted. */
  id: string;
  /** Links deleted with an entity (`deleteLinks`). */
  deletedLinkIds: string[];
  auditEntry: AuditEntry | null;
}
