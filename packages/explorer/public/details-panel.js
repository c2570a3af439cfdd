// The side panel: a clicked node's or link's details and its sources (resolved citations).
// Everything is written with textContent, never innerHTML, so names and quotes cannot inject markup.

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

function facts(rows) {
  return el('dl', {}, ...rows.filter(([, value]) => value !== null && value !== undefined && value !== '').flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function citationItem(citation) {
  const title = citation.title || citation.sourceId;
  const heading = citation.url ? el('a', { href: citation.url, rel: 'noopener noreferrer', target: '_blank' }, title) : el('strong', {}, title);
  const meta = [citation.sourceType?.toLowerCase().replaceAll('_', ' '), citation.date?.text, citation.item ? `item ${citation.item}` : null].filter(Boolean).join(' · ');
  return el('li', { 'data-source': citation.sourceId }, heading, meta ? el('div', { class: 'hint' }, meta) : null, citation.quote ? el('blockquote', {}, citation.quote) : null);
}

function sourcesSection(citations) {
  if (!citations.length) return el('p', { class: 'hint' }, 'No sources recorded.');
  return el('div', {}, el('h3', {}, `Sources (${citations.length})`), el('ul', { class: 'sources' }, citations.map(citationItem)));
}

function replace(panel, title, ...content) {
  panel.replaceChildren(el('h2', { id: 'details-title' }, title), ...content.filter((c) => c !== null && c !== undefined));
}

/** Shows an entity (from the API) in the panel, with a button to re-centre on it. */
export function showEntity(panel, entity, onFocus) {
  const formerNames = entity.names.filter((n) => n.name !== entity.nameAsOf);
  replace(
    panel,
    entity.nameAsOf || entity.name,
    facts([
      ['Kind', [entity.kind, entity.bodyType].filter(Boolean).join(', ')],
      ['Id', entity.id],
      ['Statutory', entity.statutory === null || entity.statutory === undefined ? null : entity.statutory ? 'yes' : 'no'],
      ['Status', entity.status],
      ['Confidence', entity.confidence],
      ['When', entity.validity?.text],
      ['Current name', entity.name !== entity.nameAsOf ? entity.name : null],
      ['Other names', formerNames.map((n) => (n.validity ? `${n.name} (${n.validity.text})` : n.name)).join('; ')],
      ['Aliases', entity.aliases.join(', ')],
      ['Area', entity.area],
    ]),
    entity.description ? el('p', {}, entity.description) : null,
    entity.note ? el('p', { class: 'hint' }, `Note: ${entity.note}`) : null,
    el('button', { type: 'button', onclick: () => onFocus(entity.id) }, 'Centre the graph here'),
    sourcesSection(entity.sources),
  );
}

/** Shows a link (Cytoscape edge data plus resolved source entities) in the panel. */
export function showLink(panel, edge, fromLabel, toLabel, sourcesById) {
  const citations = (edge.sources || []).map((ref) => {
    const source = sourcesById.get(ref.source);
    return { sourceId: ref.source, title: source?.name, sourceType: source?.sourceType, date: source?.date, url: source?.url, item: ref.item, quote: ref.quote };
  });
  replace(
    panel,
    `${fromLabel} → ${edge.label} → ${toLabel}`,
    facts([
      ['Link', edge.kind],
      ['Id', edge.id],
      ['Role', edge.role],
      ['Status', edge.status],
      ['Confidence', edge.confidence],
      ['When', edge.validity],
      ['Statutory', edge.statutory ? 'yes' : null],
      ['Single person', edge.singlePerson ? 'yes: the only connection between two bodies runs through this person' : null],
      ['Ended', edge.ended ? 'yes (as of the date shown)' : null],
    ]),
    edge.note ? el('p', { class: 'hint' }, `Note: ${edge.note}`) : null,
    sourcesSection(citations),
  );
}

/** Shows a message (e.g. an error) in the panel. */
export function showMessage(panel, title, message) {
  replace(panel, title, el('p', { class: 'hint' }, message));
}
