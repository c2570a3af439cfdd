// Synthetic national-scale graphs for benchmarks
export { generateNationalGraph, createRandom, PER_AREA } from './national-graph.js';
export type { NationalGraphOptions } from './national-graph.js';
