/**
 * crosscheck as a library: `import { openLedger, series } from 'crosscheck'`.
 */
export type * from './model.js';
export { openLedger, Ledger, LedgerError } from './store/ledger.js';
export * from './compare/index.js';
