// What the timeline draws, as plain data (no DOM, no vis-timeline), so Node tests read it too: a row
// per body and per governance link among bodies and duties, a bar per row from its start to its end
// (cut where a body's name changed, each stretch labelled with the names it had then: the body's, or
// for a link both ends'), and a mark per rename, merger or relaunch on the rows it touches.

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
 * The name an entity went by on `day`, by core's rule (nameAsOf, with holdsOn's reading of fuzzy
 * dates: a name counts from its start's latest possible day until its end's latest possible day): of
 * the names holding, the one that started last (the later in the list on ties); `current` when none.
 */
export function nameOnDay(names, current, day) {
  let best = null;
  for (const record of names ?? []) {
    const from = record.validity?.from?.latest ?? null;
    const to = record.validity?.to?.latest ?? null;
    if ((from !== null && from > day) || (to !== null && day >= to)) continue;
    if (best === null || (from ?? '') >= best.from) best = { name: record.name, from: from ?? '' };
  }
  return best?.name ?? current;
}

/**
 * A bar's stretches between `start` and `end` (ISO days), each with the label it had: the days the
 * names in `nameLists` begin or end cut the bar, `labelOn(day)` labels each stretch, and neighbouring
 * stretches of one label join. One stretch when no name changed in between.
 */
export function labelStretches(nameLists, labelOn, start, end) {
  const cuts = new Set();
  for (const record of nameLists.flat()) {
    for (const day of [record?.validity?.from?.latest, record?.validity?.to?.latest]) if (day && day > start && day < end) cuts.add(day);
  }
  const stretches = [];
  for (const day of [start, ...[...cuts].sort()]) {
    const name = labelOn(day);
    const last = stretches[stretches.length - 1];
    if (last && last.name === name) continue;
    if (last) last.end = day;
    stretches.push({ start: day, end, name });
  }
  return stretches;
}

/** A body's stretches between `start` and `end`, each with the name it had (see {@link labelStretches}). */
export function nameStretches(names, current, start, end) {
  return labelStretches([names ?? []], (day) => nameOnDay(names, current, day), start, end);
}

/** `whole` cut into `stretches`, each labelled (`name`) and titled with its label and days; `whole` itself when there is one. */
function cutBar(whole, stretches) {
  if (stretches.length === 1) return [whole];
  return stretches.map((stretch, index) => {
    const first = index === 0;
    const last = index === stretches.length - 1;
    return {
      ...whole,
      id: `${whole.id}#${index}`,
      start: stretch.start,
      end: stretch.end,
      openStart: first && whole.openStart,
      openEnd: last && whole.openEnd,
      name: stretch.name,
      title: `${stretch.name} (${[first ? '' : `from ${stretch.start}`, last ? '' : `until ${stretch.end}`].filter(Boolean).join(' ')}) · ${whole.title}`,
    };
  });
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
    // A renamed body's bar is cut at each change of name, each stretch labelled with the name it had
    // then: the row is named as the body is now, and "Safer Sefton Together" ran back to 2012.
    const whole = bars.pop();
    bars.push(...cutBar(whole, nameStretches(body.names, body.name, whole.start, whole.end)));
  }
  const links = history.links
    .filter((l) => TIMELINE_LINK_KINDS.includes(l.kind) && ROW_KINDS.has(nodes.get(l.fromId)?.kind) && ROW_KINDS.has(nodes.get(l.toId)?.kind))
    .sort((a, b) => (startOf(a.validity) ?? '').localeCompare(startOf(b.validity) ?? '') || (a.id < b.id ? -1 : 1));
  for (const link of links) {
    const row = `row:${link.id}`;
    const label = `${nodes.get(link.fromId).name} ${linkKindLabel(link.kind)} ${nodes.get(link.toId).name}`;
    rows.push({ id: row, label, kind: 'link', link: link.id });
    bar(`bar:${link.id}`, row, link, label);
    // A link between bodies renamed while it held says, stretch by stretch, who it joined by the names then.
    const [from, to] = [nodes.get(link.fromId), nodes.get(link.toId)];
    const labelOn = (day) => `${nameOnDay(from.names, from.name, day)} ${linkKindLabel(link.kind)} ${nameOnDay(to.names, to.name, day)}`;
    const whole = bars.pop();
    bars.push(...cutBar(whole, labelStretches([from.names ?? [], to.names ?? []], labelOn, whole.start, whole.end)));
  }
  const rowIds = new Set(rows.map((r) => r.id));
  const named = new Set(bars.filter((b) => b.name).map((b) => b.row.slice('row:'.length)));
  history.changes.forEach((change, index) => {
    const word = MARKED_CHANGES[change.kind];
    if (!word) return;
    for (const subject of change.subjects) {
      const row = `row:${subject.id}`;
      if (!rowIds.has(row)) continue;
      // On a bar cut into named stretches a rename's new name is written where the dot is: the word
      // "renamed" would sit over it, so the mark is its dot (and its description on hover).
      const onNamedBar = change.kind === 'RENAMED' && named.has(subject.id);
      marks.push({ id: `mark:${index}:${subject.id}`, row, day: change.day, kind: change.kind, label: onNamedBar ? '' : word, title: change.description, status: rawValue(change.status) });
    }
  });
  return { rows, bars, marks };
}

