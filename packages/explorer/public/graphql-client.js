// The explorer's calls to the govgraph GraphQL API. Every query the page makes is here.

const endpoint = document.querySelector('meta[name="govgraph-graphql"]')?.getAttribute('content') || '/graphql';

/** Runs a GraphQL operation; throws an Error carrying the API's error code when it fails. */
export async function graphql(query, variables = {}) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => ({}));
  if (body.errors?.length) {
    const first = body.errors[0];
    const error = new Error(first.message);
    error.code = first.extensions?.code;
    throw error;
  }
  if (!response.ok) throw new Error(`the API answered ${response.status}`);
  return body.data;
}

/** Entities matching a name, former name, alias or id, best first, with their names as of the day. */
export async function searchEntities(text, asOf) {
  const data = await graphql(
    `query Search($text: String!, $asOf: Date) {
      search(text: $text, first: 10) { matched matchKind score entity { id kind name nameAsOf(asOf: $asOf) area } }
    }`,
    { text, asOf },
  );
  return data.search;
}

/** The Cytoscape document of the focus neighbourhood (the diagrams package draws it). */
export async function loadDiagram({ focus, depth, duty, asOf, includeEnded, kinds, preset }) {
  const board = preset === 'BOARD';
  const data = await graphql(
    `query Diagram($focus: ID!, $preset: DiagramPreset, $depth: Int, $duty: ID, $asOf: Date, $includeEnded: Boolean, $kinds: [LinkKind!]) {
      diagram(focus: $focus, format: CYTOSCAPE, preset: $preset, depth: $depth, duty: $duty, asOf: $asOf, includeEnded: $includeEnded, kinds: $kinds)
    }`,
    // The board view takes no depth, duty or kinds (its selection is fixed).
    { focus, preset: preset ?? null, depth: board ? null : depth, duty: board ? null : duty || null, asOf, includeEnded, kinds: !board && kinds?.length ? kinds : null },
  );
  return JSON.parse(data.diagram);
}

/** The display words of statuses, confidences, link kinds and entity kinds (the same as the CLI's and the diagrams'). */
export async function loadVocabulary() {
  const terms = 'value label description';
  const data = await graphql(`{ vocabulary { statuses { ${terms} } confidences { ${terms} } linkKinds { name ${terms} } entityKinds { ${terms} } } }`);
  return data.vocabulary;
}

/** The days the data covers: of the area's own sources when given (the default as-of day is `latest`). */
export async function loadDataCoverage(area) {
  const data = await graphql(
    `query Coverage($area: String) { dataCoverage(area: $area) { area earliest latest latestSource { name } } }`,
    { area: area || null },
  );
  return data.dataCoverage;
}

/** An entity's kind, names and area (what the page needs to focus on it). */
export async function loadEntitySummary(id, asOf) {
  const data = await graphql(`query Summary($id: ID!, $asOf: Date) { entity(id: $id) { id kind name nameAsOf(asOf: $asOf) area } }`, { id, asOf });
  return data.entity;
}

/** Pairs of bodies whose connection rests on one person, around the focus (the analytics' judgement). */
export async function loadPersonDependentLinks(focus, asOf) {
  const data = await graphql(
    `query OnePerson($focus: ID, $asOf: Date) {
      personDependentLinks(focus: $focus, asOf: $asOf) {
        basis explanation bodies { id name } people { person { id name } seats { link { id } } }
      }
    }`,
    { focus, asOf },
  );
  return data.personDependentLinks;
}

const PATH_ENTITY = 'id kind name nameAsOf(asOf: $asOf) status confidence';

/** The shortest governance paths between two entities on a day. */
export async function loadPaths(from, to, asOf) {
  const data = await graphql(
    `query Paths($from: ID!, $to: ID!, $asOf: Date) {
      path(from: $from, to: $to, asOf: $asOf, maxHops: 6, first: 10) {
        length nodes { ${PATH_ENTITY} } links { id kind fromId toId status confidence role }
      }
    }`,
    { from, to, asOf },
  );
  return data.path;
}

const FUZZY = 'earliest latest text';
const VALIDITY = `validity { from { ${FUZZY} } to { ${FUZZY} } text }`;

/** Everything ever in the focus neighbourhood with its dates, and the renames, mergers and relaunches in it. */
export async function loadHistory(focus, depth, kinds, from, to) {
  const data = await graphql(
    `query History($focus: ID!, $depth: Int, $kinds: [LinkKind!], $from: Date!, $to: Date!) {
      neighbourhoodHistory(focus: $focus, depth: $depth, kinds: $kinds) {
        nodes { id kind name status ${VALIDITY} names { name ${VALIDITY} } }
        links { id kind fromId toId status ${VALIDITY} }
      }
      changes(from: $from, to: $to, focus: $focus) { kind day description subjects { id } status }
    }`,
    { focus, depth, kinds: kinds?.length ? kinds : null, from, to },
  );
  return { ...data.neighbourhoodHistory, changes: data.changes };
}

const CITATION_FIELDS = 'sourceId title sourceType date { text } url item quote';

/** One entity with its history and resolved citations. */
export async function loadEntity(id, asOf) {
  const data = await graphql(
    `query Entity($id: ID!, $asOf: Date) {
      entity(id: $id) {
        id kind name nameAsOf(asOf: $asOf) aliases description status confidence note area title honorific
        bodyType statutory
        validity { text }
        names { name validity { text } }
        sources { ${CITATION_FIELDS} }
      }
    }`,
    { id, asOf },
  );
  return data.entity;
}

/** Resolves the Source entities a link cites (title, type, date, address), in batches of 15. */
export async function loadSources(ids) {
  const unique = [...new Set(ids)];
  const found = new Map();
  for (let start = 0; start < unique.length; start += 15) {
    const batch = unique.slice(start, start + 15);
    const params = batch.map((_, i) => `$s${i}: ID!`).join(', ');
    const fields = batch.map((_, i) => `s${i}: entity(id: $s${i}) { id name sourceType date { text } url }`).join('\n');
    const variables = Object.fromEntries(batch.map((id, i) => [`s${i}`, id]));
    const data = await graphql(`query Sources(${params}) {\n${fields}\n}`, variables);
    batch.forEach((id, i) => found.set(id, data[`s${i}`]));
  }
  return found;
}
