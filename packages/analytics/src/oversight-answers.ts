/**
 * Oversight of every duty on a day, as the store answers it (the port's `oversight`, the one rule
 * both stores share), trimmed to the facts the analysis view holds: entries whose chain uses a link
 * the view dropped (status `ended`) are left out.
 */
import type { GraphStore, OversightAnswer } from '@govgraph/core';
import type { GraphView } from './graph-view.js';

/** Oversight answers for every duty of the view, sorted by duty id. */
export async function loadOversightAnswers(store: GraphStore, view: GraphView): Promise<OversightAnswer[]> {
  const linkIds = new Set(view.links.map((l) => l.id));
  const answers: OversightAnswer[] = [];
  for (const duty of view.ofKind('Duty')) {
    const answer = await store.oversight(duty.id, { asOf: view.asOf, area: view.area });
    if (!answer) continue;
    answers.push({
      ...answer,
      entries: answer.entries.filter((e) => view.entity(e.body.id) && e.chain.every((l) => linkIds.has(l.id))),
    });
  }
  return answers;
}
