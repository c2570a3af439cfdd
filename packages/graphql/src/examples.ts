/**
 * The example questions govgraph was built to answer, as ready-to-run GraphQL operations. The IDE
 * opens with one tab each, `govgraph serve` prints a hint from them, and the end-to-end tests run
 * them, so the examples people see are known to work.
 */

/** One example question. */
export interface ExampleQuestion {
  /** The operation's name, e.g. `WhoOverseesPrevent` (the IDE tab's title). */
  name: string;
  /** The question in plain words. */
  title: string;
  /** A named GraphQL operation answering it. */
  query: string;
  /** Variables the operation declares, if any. */
  variables?: Record<string, unknown> | undefined;
}

const CITATION_FIELDS = 'sources { sourceId title sourceType date { text } item quote }';

/** The example question with this operation name. */
export function exampleQuestion(name: string): ExampleQuestion {
  const found = EXAMPLE_QUESTIONS.find((e) => e.name === name);
  if (!found) throw new Error(`no example question named ${name}`);
  return found;
}

/** The example questions, in the order the IDE shows them. */
export const EXAMPLE_QUESTIONS: readonly ExampleQuestion[] = [
  {
    name: 'WhoOverseesPrevent',
    title: 'Who oversees Prevent as of 2022-09-08?',
    query: `# Who oversees the Prevent duty as of 2022-09-08, and on what evidence?
query WhoOverseesPrevent($asOf: Date = "2022-09-08") {
  oversight(duty: "prevent", asOf: $asOf) {
    duty { id name }
    asOf
    entries {
      body { id name bodyType }
      role
      inherited
      via { id name }
      chain {
        kind
        from { id name }
        to { id name }
        status
        validity { text }
        ${CITATION_FIELDS}
      }
    }
  }
}
`,
  },
  {
    name: 'DomesticHomicideReviewGovernance',
    title: 'Which body governed Domestic Homicide Reviews as of 2012-07-19?',
    query: `# Which body governed Domestic Homicide Reviews as of 2012-07-19?
query DomesticHomicideReviewGovernance($asOf: Date = "2012-07-19") {
  oversight(duty: "domestic-homicide-review", asOf: $asOf) {
    duty { id name }
    entries {
      body { id name nameAsOf(asOf: $asOf) }
      role
      inherited
      chain { kind from { name } to { name } status ${CITATION_FIELDS} }
    }
  }
}
`,
  },
  {
    name: 'SearchSSCP',
    title: 'What is "SSCP"?',
    query: `# Search names, former names and aliases: what is "SSCP"?
query SearchSSCP {
  search(text: "SSCP", first: 5) {
    matched
    matchKind
    score
    entity { id kind name aliases validity { text } }
    current { id name }
  }
}
`,
  },
  {
    name: 'DomesticAbuseSteeringGroupOverTime',
    title: 'The Domestic Abuse Steering Group as of 2019-06-01 and 2021-01-01',
    query: `# The Domestic Abuse Steering Group on 2019-06-01 and on 2021-01-01: in 2019 it did not exist yet
# (its work sat with the two groups merged into it in March 2020); by 2021 it reported to the partnership.
query DomesticAbuseSteeringGroupOverTime {
  entity(id: "domestic-abuse-steering-group") {
    id
    name
    validity { text }
    existed2019: holds(asOf: "2019-06-01")
    links2019: links(asOf: "2019-06-01") { kind status from { id } to { id } }
    lineage {
      predecessors {
        lineage
        validity { text }
        from {
          id
          name
          existed2019: holds(asOf: "2019-06-01")
          links2019: links(asOf: "2019-06-01") { kind status to { id nameAsOf(asOf: "2019-06-01") } }
        }
        ${CITATION_FIELDS}
      }
    }
    existed2021: holds(asOf: "2021-01-01")
    links2021: links(asOf: "2021-01-01") {
      kind
      status
      from { id nameAsOf(asOf: "2021-01-01") }
      to { id nameAsOf(asOf: "2021-01-01") }
      validity { text }
      ${CITATION_FIELDS}
    }
  }
}
`,
  },
  {
    name: 'MarsocSuccessor',
    title: "What did MARSOC become?",
    query: `# MARSOC was renamed: search the old name and follow its lineage to what it is now.
query MarsocSuccessor {
  search(text: "MARSOC", first: 3) {
    matched
    matchKind
    entity {
      id
      name
      lineage { successors { kind lineage from { name } to { name } validity { text } ${CITATION_FIELDS} } }
    }
    current { id name aliases }
  }
}
`,
  },
  {
    name: 'SeriousViolenceLead',
    title: 'Who leads the Serious Violence Duty, and is that settled?',
    query: `# Who leads the Serious Violence Duty? Look at each link's status: proposed, agreed or in force.
query SeriousViolenceLead {
  oversight(duty: "serious-violence") {
    duty { id name status }
    entries {
      body { id name }
      role
      inherited
      chain { kind status confidence from { name } to { name } ${CITATION_FIELDS} }
    }
  }
}
`,
  },
];
