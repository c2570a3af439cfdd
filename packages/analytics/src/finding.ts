/**
 * A gap found in the governance: what is wrong, how serious, why we say so and which sources back
 * it. Every gap analysis returns findings in this one shape so a report can list them together.
 */
import { compareStrings, type SourceRef, type Status } from '@govgraph/core';
import type { EntityRef } from './entity-ref.js';

/** The kinds of gap govgraph looks for. */
export const FINDING_KINDS = [
  'duty-without-oversight',
  'duty-oversight-not-in-force',
  'strategy-without-owner',
  'required-output-overdue',
  'required-output-due',
  'statutory-membership',
  'quorum-at-risk',
  'benchmark-below-threshold',
] as const;
/** A kind of gap. */
export type FindingKind = (typeof FINDING_KINDS)[number];

/** How much a gap matters: high (a statutory duty unmet), medium, low (worth a look), info (context). */
export const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;
/** A severity. */
export type Severity = (typeof SEVERITIES)[number];

/** One gap. */
export interface Finding {
  /** Stable id: kind, then the ids of what it is about, so a finding can be tracked between reports. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  title: string;
  /** What the data shows and how the finding was reached, including what is uncertain. */
  explanation: string;
  /** The entities the finding is about, the main one first. */
  subjects: EntityRef[];
  /** The weakest status of the facts the finding rests on, when that matters (e.g. a quorum rule only proposed). */
  status?: Status | undefined;
  sources: SourceRef[];
}

/** Most severe first, then by kind, then id. */
export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id);
}
