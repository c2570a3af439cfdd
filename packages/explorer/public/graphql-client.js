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

/** Entities matching the text, with their names as of the day. */
export async function searchEntities(text, asOf) {
  const data = await graphql(
    `query Search($text: String!, $asOf: Date) {
      search(text: $text, first: 10) { matched matchKind entity { id kind name nameAsOf(asOf: $asOf) } }
    }`,
    { text, asOf },
  );
  return data.search;
}

/** The Cytoscape document of the focus neighbourhood (the diagrams package draws it). */
export async function loadDiagram({ focus, depth, duty, asOf, includeEnded }) {
  const data = await graphql(
    `query Diagram($focus: ID!, $depth: Int, $duty: ID, $asOf: Date, $includeEnded: Boolean) {
      diagram(focus: $focus, format: CYTOSCAPE, depth: $depth, duty: $duty, asOf: $asOf, includeEnded: $includeEnded)
    }`,
    { focus, depth, duty: duty || null, asOf, includeEnded },
  );
  return JSON.parse(data.diagram);
}

const CITATION_FIELDS = 'sourceId title sourceType date { text } url item quote';

/** One entity with its history and resolved citations. */
export async function loadEntity(id, asOf) {
  const data = await graphql(
    `query Entity($id: ID!, $asOf: Date) {
      entity(id: $id) {
        id kind name nameAsOf(asOf: $asOf) aliases description status confidence note area
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
