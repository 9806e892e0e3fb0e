import { STAGES } from '../../src/extract/index.js';

/** Every measurement the benchmark makes, in order: each stage, the whole pipeline, the references. */
export const MEASUREMENTS = [...STAGES.map((s) => s.name), 'extract', 'wink-tokenise', 'compromise'] as const;
export type Measurement = (typeof MEASUREMENTS)[number];
