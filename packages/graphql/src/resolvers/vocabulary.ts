/**
 * Resolvers of `schema/vocabulary.graphql`: the display words of `@govgraph/core`'s vocabulary,
 * so the explorer labels statuses and link kinds exactly as the CLI, diagrams and report do.
 */
import { vocabulary, type VocabularyTerm } from '@govgraph/core';
import { toEnumName } from '../enums.js';
import { typedResolvers, type ResolverModule } from './module.js';

function term(t: VocabularyTerm): { name: string; value: string; label: string; description: string } {
  return { name: toEnumName(t.value), value: t.value, label: t.label, description: t.description };
}

/** The vocabulary resolver module. */
export const vocabularyResolvers: ResolverModule = () =>
  typedResolvers({
    Query: {
      vocabulary: () => {
        const v = vocabulary();
        return { statuses: v.statuses.map(term), confidences: v.confidences.map(term), linkKinds: v.linkKinds.map(term), entityKinds: v.entityKinds.map(term) };
      },
    },
  });
