// The side panel: a clicked node's or link's details and its sources (resolved citations).
// Everything is written with textContent, never innerHTML, so names and quotes cannot inject markup;
// only http(s) addresses become links. Prose names things, never internal ids.

import { confidenceLabel, kindNoun, linkKindLabel, longDate, sourceTypeLabel, statusLabel } from './vocabulary.js';

/** Creates an element with attributes and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  return node;
}

/** The address when it is an absolute http(s) URL, else null (a `javascript:` or relative address never becomes a link). */
export function safeHttpUrl(address) {
  if (typeof address !== 'string' || !address.trim()) return null;
  try {
    const url = new URL(address.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function facts(rows) {
  return el('dl', {}, ...rows.filter(([, value]) => value !== null && value !== undefined && value !== '').flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function citationItem(citation) {
  const title = citation.title || 'A source not in the graph';
  const href = safeHttpUrl(citation.url);
  const heading = href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, title) : el('strong', {}, title);
  const meta = [citation.sourceType ? sourceTypeLabel(citation.sourceType) : null, citation.date?.text ? longDate(citation.date.text) : null, citation.item ? `item ${citation.item}` : null]
    .filter(Boolean)
    .join(' · ');
  return el(
    'li',
    { 'data-source': citation.sourceId },
    heading,
    meta ? el('div', { class: 'hint' }, meta) : null,
    citation.quote ? el('blockquote', {}, citation.quote) : null,
    href ? null : el('div', { class: 'hint' }, 'No web address recorded for this source.'),
  );
}

function sourcesSection(citations) {
  if (!citations.length) return el('p', { class: 'hint' }, 'No sources recorded.');
  return el('div', {}, el('h3', {}, `Sources (${citations.length})`), el('ul', { class: 'sources' }, citations.map(citationItem)));
}

function replace(panel, title, ...content) {
  panel.replaceChildren(el('h2', { id: 'details-title', tabindex: '-1' }, title), ...content.filter((c) => c !== null && c !== undefined));
}

function pathButtons(id, actions) {
  if (!actions.onPathFrom) return null;
  return el(
    'div',
    { class: 'button-row' },
    el('button', { type: 'button', 'data-action': 'path-from', onclick: () => actions.onPathFrom(id) }, 'Path from here'),
    el('button', { type: 'button', 'data-action': 'path-to', onclick: () => actions.onPathTo(id) }, 'Path to here'),
  );
}

function groupButton(group, actions) {
  if (!group || !actions.onToggleGroup) return null;
  const text = group.open ? `Fold its ${group.noun} away` : `Show its ${group.members} ${group.noun}`;
  return el('button', { type: 'button', 'data-action': 'toggle-group', onclick: () => actions.onToggleGroup(group.id) }, text);
}

/**
 * Shows an entity (from the API) in the panel. `actions` may hold `onFocus(id)`, `onPathFrom(id)`,
 * `onPathTo(id)` and `onToggleGroup(id)`; `group` describes the group the entity heads, if any.
 */
export function showEntity(panel, entity, actions = {}, group = null) {
  const formerNames = entity.names.filter((n) => n.name !== entity.nameAsOf);
  const kind = [kindNoun(entity.kind), entity.bodyType ? rawWords(entity.bodyType) : null].filter(Boolean).join(', ');
  replace(
    panel,
    entity.nameAsOf || entity.name,
    facts([
      ['Kind', kind],
      ['Role', [entity.honorific, entity.title].filter(Boolean).join(' ')],
      ['Statutory', entity.statutory === null || entity.statutory === undefined ? null : entity.statutory ? 'yes' : 'no'],
      ['Status', statusLabel(entity.status)],
      ['Confidence', confidenceLabel(entity.confidence)],
      ['When', entity.validity?.text],
      ['Current name', entity.name !== entity.nameAsOf ? entity.name : null],
      ['Other names', formerNames.map((n) => (n.validity ? `${n.name} (${n.validity.text})` : n.name)).join('; ')],
      ['Also known as', entity.aliases.join(', ')],
      ['Area', entity.area],
    ]),
    entity.description ? el('p', {}, entity.description) : null,
    entity.note ? el('p', { class: 'hint' }, `Note: ${entity.note}`) : null,
    el(
      'div',
      { class: 'button-row' },
      actions.onFocus ? el('button', { type: 'button', 'data-action': 'focus', onclick: () => actions.onFocus(entity.id) }, 'Centre the graph here') : null,
      groupButton(group, actions),
    ),
    pathButtons(entity.id, actions),
    sourcesSection(entity.sources),
  );
}

function rawWords(value) {
  return String(value).toLowerCase().replaceAll('_', ' ').replaceAll('-', ' ');
}

/** The citations of a link's sources, resolved against the Source entities fetched. */
export function resolveCitations(refs, sourcesById) {
  return (refs || []).map((ref) => {
    const source = sourcesById.get(ref.source);
    return { sourceId: ref.source, title: source?.name, sourceType: source?.sourceType, date: source?.date, url: source?.url, item: ref.item, quote: ref.quote };
  });
}

/** Shows a link (Cytoscape edge data plus resolved source entities) in the panel, named by its ends. */
export function showLink(panel, edge, fromLabel, toLabel, sourcesById) {
  replace(
    panel,
    `${fromLabel} → ${edge.label} → ${toLabel}`,
    facts([
      ['Link', linkKindLabel(edge.kind)],
      ['Role', edge.role ? rawWords(edge.role) : null],
      ['Status', statusLabel(edge.status)],
      ['Confidence', confidenceLabel(edge.confidence)],
      ['When', edge.validity],
      ['Statutory', edge.statutory ? 'yes' : null],
      ['Rests on one person', edge.singlePerson ? 'yes: the only connection between two bodies runs through this person' : null],
      ['Ended', edge.ended ? 'yes (as of the date shown)' : null],
    ]),
    edge.note ? el('p', { class: 'hint' }, `Note: ${edge.note}`) : null,
    sourcesSection(resolveCitations(edge.sources, sourcesById)),
  );
}

/** Shows several links drawn as one (their ends folded into a group), each with its sources. */
export function showLinkGroup(panel, title, links, sourcesById) {
  replace(
    panel,
    title,
    el('p', { class: 'hint' }, `${links.length} links drawn as one while the group is folded:`),
    el(
      'ul',
      { class: 'link-group' },
      links.map((link) => el('li', {}, el('strong', {}, `${link.fromLabel} → ${link.data.label} → ${link.toLabel}`), ` (${statusLabel(link.data.status)})`, sourcesSection(resolveCitations(link.data.sources, sourcesById)))),
    ),
  );
}

/** Shows a box that is not an entity (an Act holding several sections in the view). */
export function showGroupBox(panel, title, memberLabels, group, actions) {
  replace(panel, title, el('p', {}, `${memberLabels.length} sections of this Act are in the view:`), el('ul', {}, memberLabels.map((label) => el('li', {}, label))), groupButton(group, actions));
}

/** Shows a message (e.g. an error) in the panel. */
export function showMessage(panel, title, message) {
  replace(panel, title, el('p', { class: 'hint' }, message));
}
