/**
 * Where the default seed folders are: the data package owns them (the repository's `seeds/` in a
 * checkout, the package's copy when installed); re-exported so loading code needs one import.
 */
export { defaultSeedDirectories, seedDirectory, DEFAULT_SEED_DATASETS } from '@govgraph/data';
