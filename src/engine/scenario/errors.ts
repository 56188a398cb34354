/** One problem in a document: where it is (`links[3].capacityMbps`) and what is wrong. */
export interface ValidationError {
  readonly path: string;
  readonly message: string;
}

export function formatError(error: ValidationError): string {
  return `${error.path}: ${error.message}`;
}
