/**
 * Deterministic ids for what ingestion creates, derived from the body, the date and the name, so
 * that ingesting the same document twice (or from another file) lands on the same facts.
 */

/** Kebab-case id text: "Steven Martlew" -> "steven-martlew". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** The Meeting of a body on a day, `<body id>-<date>` as the seeds name meetings (used when the graph has none yet). */
export function meetingId(bodyId: string, date: string): string {
  return `${bodyId}-${date}`;
}

/** The Source created for a document when the graph holds none for it. */
export function documentSourceId(bodyId: string, kind: string, date: string): string {
  return `${bodyId}-${kind}-${date}`;
}

/** A Person created from a full name. */
export function personId(name: string): string {
  return slugify(name);
}
