// What the timeline draws, as plain data (no DOM, no vis-timeline), so Node tests read it too: a row
// per body and per governance link among bodies and duties, a bar per row from its start to its end,
// and a mark per rename, merger or relaunch on the rows it touches.

import { MARKED_CHANGES, linkKindLabel, rawValue, statusLabel } from './vocabulary.js';

/** Link kinds drawn as rows: the structure and who oversees, leads and delivers. */
export const TIMELINE_LINK_KINDS = ['SUB_GROUP_OF', 'REPORTS_TO', 'OVERSEES', 'LEADS', 'DELIVERS'];
const ROW_KINDS = new Set(['Body', 'Duty']);

function startOf(validity) {
  return validity?.from?.earliest ?? validity?.from?.latest ?? null;
}

function endOf(validity) {
  return validity?.to?.latest ?? validity?.to?.earliest ?? null;
}

/**
 * The rows, bars and marks of a history (GraphQL `neighbourhoodHistory` plus `changes`): pure, so
 * the page and the tests read the same thing. `span` is the first and last day drawn for facts with
 * no known start or end.
 */
export function timelineModel(history, span) {
  const nodes = new Map(history.nodes.map((n) => [n.id, n]));
  const rows = [];
  const bars = [];
  const marks = [];
  const bodies = history.nodes.filter((n) => n.kind === 'Body').sort((a, b) => (startOf(a.validity) ?? '').localeCompare(startOf(b.validity) ?? '') || a.name.localeCompare(b.name));
  const bar = (id, row, fact, label) => {
    const start = startOf(fact.validity);
    const end = endOf(fact.validity);
    const status = rawValue(fact.status);
    bars.push({
      id,
      row,
      start: start ?? span.first,
      end: end ?? span.last,
      openStart: start === null,
      openEnd: end === null,
      status,
      title: `${label}: ${statusLabel(status)}${fact.validity?.text ? `, ${fact.validity.text}` : ', dates unknown'}`,
    });
  };
  for (const body of bodies) {
    const row = `row:${body.id}`;
    rows.push({ id: row, label: body.name, kind: 'body', entity: body.id });
    bar(`bar:${body.id}`, row, body, body.name);
  }
  const links = history.links
    .filter((l) => TIMELINE_LINK_KINDS.includes(l.kind) && ROW_KINDS.has(nodes.get(l.fromId)?.kind) && ROW_KINDS.has(nodes.get(l.toId)?.kind))
    .sort((a, b) => (startOf(a.validity) ?? '').localeCompare(startOf(b.validity) ?? '') || (a.id < b.id ? -1 : 1));
  for (const link of links) {
    const row = `row:${link.id}`;
    const label = `${nodes.get(link.fromId).name} ${linkKindLabel(link.kind)} ${nodes.get(link.toId).name}`;
    rows.push({ id: row, label, kind: 'link', link: link.id });
    bar(`bar:${link.id}`, row, link, label);
  }
  const rowIds = new Set(rows.map((r) => r.id));
  history.changes.forEach((change, index) => {
    const word = MARKED_CHANGES[change.kind];
    if (!word) return;
    for (const subject of change.subjects) {
      const row = `row:${subject.id}`;
      if (!rowIds.has(row)) continue;
      marks.push({ id: `mark:${index}:${subject.id}`, row, day: change.day, kind: change.kind, label: word, title: change.description, status: rawValue(change.status) });
    }
  });
  return { rows, bars, marks };
}

