/** The engine's public surface: pure TypeScript, no DOM, usable in a worker, Node or a test. */
export { evaluateScenario } from './evaluate/evaluate';
export { validateScenario, parseScenarioJson } from './scenario/validate';
export { formatError, type ValidationError } from './scenario/errors';
export * from './scenario/schema';
export type * from './result';
export type { Assumption } from './parameters';
export * from './resultColumns';
export * from './whatif/sensitivity';
export * from './optimise';
export * from './projections';
