import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importGraphml, type GraphmlImportResult } from '../../../../src/document/import/importGraphml';
import { evaluateScenario } from '../../../../src/engine/evaluate/evaluate';
import { validateScenario } from '../../../../src/engine/scenario/validate';

/** The contract: never a throw; either a valid scenario with at least one site, or errors that each say where and what. */
function expectContract(result: GraphmlImportResult): void {
  if (result.ok) {
    expect(validateScenario(result.scenario).ok).toBe(true);
    expect(result.scenario.sites.length).toBeGreaterThan(0);
    expect(result.summary.every((line) => typeof line === 'string' && line.length > 0)).toBe(true);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(typeof error.path === 'string' && error.path.length > 0).toBe(true);
      expect(typeof error.message === 'string' && error.message.length > 0).toBe(true);
    }
  }
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const ZOO_NAMES = [
  'label',
  'Latitude',
  'Longitude',
  'Country',
  'Internal',
  'hyperedge',
  'LinkSpeedRaw',
  'LinkSpeed',
  'LinkSpeedUnits',
  'LinkLabel',
  'Network',
  'key',
  'id',
];

const hostileValue = fc.oneof(
  fc.double().map(String),
  fc.constantFrom(
    '1e400',
    '-1e10',
    'NaN',
    'Infinity',
    '-5',
    '0',
    '1e15',
    '1e16',
    '',
    ' ',
    '<script>alert(1)</script>',
    `"'`,
    '0x1F',
    'G',
    'OC-999999',
    '9'.repeat(400),
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const hostileName = fc.oneof(
  fc.constantFrom(...ZOO_NAMES),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', '<script>', '"'),
);
const nodeId = fc.oneof(fc.constantFrom('a', 'b', 'c', '0', '1', '', 'constructor', '__proto__'), fc.string({ maxLength: 6 }));

interface Spec {
  keys: { name: string; domain: string }[];
  nodes: { id: string | null; data: [number, string][] }[];
  edges: { source: string | null; target: string | null; data: [number, string][] }[];
  escape: boolean;
}

const data = fc.array(fc.tuple(fc.nat(20), hostileValue), { maxLength: 5 });
const spec: fc.Arbitrary<Spec> = fc.record({
  keys: fc.array(fc.record({ name: hostileName, domain: fc.constantFrom('node', 'edge', 'graph', 'all', 'port') }), { maxLength: 14 }),
  nodes: fc.array(fc.record({ id: fc.option(nodeId), data }), { maxLength: 12 }),
  edges: fc.array(fc.record({ source: fc.option(nodeId), target: fc.option(nodeId), data }), { maxLength: 16 }),
  escape: fc.boolean(),
});

/** GraphML from a spec; with `escape` false, values go in raw, so some documents are not well-formed. */
function specToGraphml({ keys, nodes, edges, escape }: Spec): string {
  const text = (value: string) => (escape ? escapeXml(value) : value);
  const attr = (name: string, value: string | null) => (value === null ? '' : ` ${name}="${text(value)}"`);
  const dataXml = (items: [number, string][]) => items.map(([k, v]) => `<data key="k${k}">${text(v)}</data>`).join('');
  return [
    '<?xml version="1.0" encoding="utf-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map((k, i) => `<key id="k${i}" for="${k.domain}" attr.name="${text(k.name)}"/>`),
    '<graph edgedefault="undirected">',
    ...nodes.map((n) => `<node${attr('id', n.id)}>${dataXml(n.data)}</node>`),
    ...edges.map((e) => `<edge${attr('source', e.source)}${attr('target', e.target)}>${dataXml(e.data)}</edge>`),
    '</graph></graphml>',
  ].join('');
}

const XML_TOKENS = [
  '<',
  '>',
  '</',
  '/>',
  '<graphml>',
  '</graphml>',
  '<graph>',
  '</graph>',
  '<node id="a">',
  '<node id="b"/>',
  '</node>',
  '<edge source="a" target="b"/>',
  '<key id="d0" for="node" attr.name="Latitude"/>',
  '<data key="d0">',
  '</data>',
  '91',
  '-1e999',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '&lol;',
  '<!DOCTYPE x [<!ENTITY lol "lol">]>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<?xml version="1.0"?>',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  '\u0000',
  '<script>',
];

describe('importGraphml never throws, and answers with a valid scenario or errors that say where and what', () => {
  it('for random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        expectContract(importGraphml(text, 'random.graphml'));
      }),
      { numRuns: 300 },
    );
  });

  it('for random XML-ish text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...XML_TOKENS), { maxLength: 60 }), (tokens) => {
        expectContract(importGraphml(tokens.join(''), 'xmlish.graphml'));
      }),
      { numRuns: 400 },
    );
  });

  it('for GraphML with random keys, ids and attribute values (hostile names, huge numbers, NaN, negative speeds, missing ids)', () => {
    fc.assert(
      fc.property(spec, fc.string({ maxLength: 40 }), (s, fileName) => {
        const result = importGraphml(specToGraphml(s), fileName);
        expectContract(result);
        if (result.ok) expect(() => evaluateScenario(result.scenario)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('imports every well-formed GraphML with at least one id: one site per distinct id, links only between them', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const escaped = { ...s, escape: true };
        const ids = new Set(s.nodes.map((n) => n.id).filter((id): id is string => id !== null && id !== ''));
        fc.pre(ids.size > 0);
        const result = importGraphml(specToGraphml(escaped), 'spec.graphml');
        if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
        expect(result.scenario.sites).toHaveLength(ids.size);
        const pairs = new Set(
          s.edges
            .filter((e) => e.source !== null && e.target !== null && e.source !== e.target && ids.has(e.source) && ids.has(e.target))
            .map((e) => [e.source, e.target].sort().join('\u0001')),
        );
        expect(result.scenario.links).toHaveLength(pairs.size);
        expect(result.scenario.links.every((l) => Number.isFinite(l.capacityMbps) && l.capacityMbps > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
