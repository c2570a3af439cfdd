/**
 * The registry of resolver modules, one per area of the API. To add an area: write
 * `schema/<area>.graphql` (using `extend type Query` / `extend type Entity`) and
 * `resolvers/<area>.ts` exporting a {@link ResolverModule}, then add it to this list (one line).
 */
import type { ResolverModule } from './module.js';
import { coreResolvers } from './core.js';
import { diagramResolvers } from './diagrams.js';
import { analyticsResolvers } from './analytics.js';
import { editingResolvers } from './editing.js';
import { explorerResolvers } from './explorer.js';
import { vocabularyResolvers } from './vocabulary.js';

/** Every resolver module `createSchema` merges, in order (later modules may add fields to earlier types). */
export const RESOLVER_MODULES: readonly ResolverModule[] = [
  coreResolvers,
  diagramResolvers,
  analyticsResolvers,
  editingResolvers,
  explorerResolvers,
  vocabularyResolvers,
];

export type { ResolverModule, ResolverModuleDeps, ResolverMap } from './module.js';
