/**
 * `npm run schema`: writes static/schema/scenario.schema.json from the
 * scenario's valibot definitions. Run it after changing src/engine/scenario/schema.ts;
 * a unit test fails while the committed file is out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../src/engine/scenario/jsonSchema';

const target = fileURLToPath(new URL('../static/schema/scenario.schema.json', import.meta.url));
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, scenarioJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
