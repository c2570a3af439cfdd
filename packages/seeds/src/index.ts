// Loading seed folders (YAML -> normalised GraphData), with every problem located
export { loadSeedDirectories, MANIFEST_FILE_NAMES, DATA_FILE_KEYS } from './load.js';
export { loadSeedGraph } from './load-graph.js';
export type { SeedLoadResult, SeedLoadOptions, DatasetManifest } from './load.js';
export { DEFAULT_MAX_SEED_FILE_BYTES, DEFAULT_MAX_SEED_LOAD_BYTES, describeBytes } from './seed-bytes.js';
export type { SeedSizeLimits } from './seed-bytes.js';

// Loading checked seeds into a store, refusing to replace edits made since the last load unseen
export { LOAD_ACTION, editsSinceLastLoad, editsWouldBeReplaced, loadIntoStore } from './load-into-store.js';
export type { EditsSinceLoad, LoadIntoStoreOptions, LoadIntoStoreResult } from './load-into-store.js';

// Checking: problems, their codes and formatting
export { checkSeedDirectories, summariseSeedLoad } from './check.js';
export type { SeedCheckReport, SeedCheckSummary } from './check.js';
export { SEED_PROBLEM_CODES, formatSeedProblems, hasSeedErrors, sortSeedProblems } from './problems.js';
export type { SeedProblem, SeedProblemCode, SeedProblemSeverity } from './problems.js';

// (The fact rules themselves, for facts from an API or a program too, are core's: checkFacts, parseFactInput.)
export type { PathSegment } from './yaml-source.js';

// Where the default seed folders are (the reference layer and Sefton, from @govgraph/data)
export { defaultSeedDirectories, seedDirectory, DEFAULT_SEED_DATASETS } from './locations.js';

// Writing a graph back out: seed YAML (round trip), JSON and Popolo JSON
export { exportSeedFiles, EXPORT_FORMATS, EXPORT_FILE_NAMES } from './export.js';
export type { ExportFormat, ExportOptions, ExportResult } from './export.js';
export { renderSeedFolders, entityToInput, linkToInput, ENTITY_FILE_NAMES, NATIONAL_DATASET_ID } from './export-yaml.js';
export type { ExportDatasetInfo, SeedYamlOptions, SeedExportFile, RenderedSeed } from './export-yaml.js';
export { toPopolo, renderPopoloJson } from './export-popolo.js';
export type { PopoloDocument, PopoloPerson, PopoloOrganization, PopoloMembership, PopoloOtherName, PopoloSource } from './export-popolo.js';
