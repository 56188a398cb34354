import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../../../src/engine/scenario/jsonSchema';

const COMMITTED = fileURLToPath(new URL('../../../../static/schema/scenario.schema.json', import.meta.url));

describe('scenarioJsonSchema()', () => {
  it('matches the committed static/schema/scenario.schema.json byte for byte (run `npm run schema` to update it)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('gives the same text on every call', () => {
    expect(scenarioJsonSchemaText()).toBe(scenarioJsonSchemaText());
  });

  it('names itself without pointing at any external host', () => {
    const schema = scenarioJsonSchema();
    expect(schema).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'scenario.schema.json',
      title: 'Tierscape scenario',
    });
    expect(typeof schema.description).toBe('string');
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
  });

  it('carries the rules and descriptions of the valibot schema', () => {
    const text = scenarioJsonSchemaText();
    const schema = JSON.parse(text);
    const link = schema.properties.links.items;
    expect(schema.required).toEqual(['schemaVersion', 'name', 'sites', 'links', 'workloads']);
    expect(schema.properties.schemaVersion.const).toBe(1);
    expect(link.properties.capacityMbps).toEqual({ type: 'number', exclusiveMinimum: 0, description: 'Capacity per direction, Mbit/s' });
    expect(link.properties.medium.enum).toContain('5g-embb');
    expect(schema.properties.sites.items.properties.compute.properties.count.type).toBe('integer');
  });
});
