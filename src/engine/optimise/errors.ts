/** A request the optimiser cannot act on: a workload, stage or site that does not exist, or a placement of the wrong length. */
export class OptimiseInputError extends Error {
  override readonly name = 'OptimiseInputError';
}
