import { toJsonSchema } from '@valibot/to-json-schema';
import { ScenarioSchema } from './schema';

/**
 * The published JSON Schema of the scenario document, derived from the same
 * valibot definitions the validator uses, so the two cannot drift apart.
 * Build-time only (scripts/write-schema.ts and a test); the app does not import
 * it, which keeps the converter out of the bundle.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = toJsonSchema(ScenarioSchema, {
    target: 'draft-07',
    // JSON has no NaN or Infinity, so `finite` has nothing to say in a JSON Schema.
    ignoreActions: ['finite'],
  });
  // Identity first, so a reader of the file sees what it is before its details.
  return {
    $schema,
    // Relative on purpose: the schema is served beside the app, from whatever host that is.
    $id: 'scenario.schema.json',
    title: 'Tierscape scenario',
    description:
      'A Tierscape scenario: sites from device to cloud, the links between them, and the AI inference workloads that run across them. ' +
      'Units are in field names (Ms, Mbps, KB, Km, Usd). Tierscape also checks what a JSON Schema cannot express: ids are unique ' +
      'and every reference names an existing site.',
    ...body,
  };
}

/** The schema as file text: two-space indent and a final newline, identical on every run. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
