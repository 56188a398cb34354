import { describe, expect, it } from 'vitest';
import { importGraphml, type GraphmlImportResult } from '../../../../src/document/import/importGraphml';
import { MAX_NODES } from '../../../../src/document/import/readGraphml';
import { MEDIA } from '../../../../src/engine/catalogue/media';
import { evaluateScenario } from '../../../../src/engine/evaluate/evaluate';
import type { Scenario } from '../../../../src/engine/scenario/schema';
import { validateScenario } from '../../../../src/engine/scenario/validate';

/** Zoo-style keys with deliberately unusual ids: the importer must go by attr.name. */
const KEYS = `
  <key attr.name="label" attr.type="string" for="node" id="x7" />
  <key attr.name="Latitude" attr.type="double" for="node" id="q1" />
  <key attr.name="Longitude" attr.type="double" for="node" id="q2" />
  <key attr.name="Country" attr.type="string" for="node" id="zz" />
  <key attr.name="Internal" attr.type="int" for="node" id="int" />
  <key attr.name="LinkSpeedRaw" attr.type="double" for="edge" id="s" />
  <key attr.name="LinkLabel" attr.type="string" for="edge" id="lab" />
  <key attr.name="Network" attr.type="string" for="graph" id="net" />`;

type NodeSpec = { id: string; label?: string; lat?: number | string; lon?: number | string; country?: string; internal?: 0 | 1 };
type EdgeSpec = { source?: string; target?: string; speed?: string; label?: string };

function graphml(nodes: readonly NodeSpec[], edges: readonly EdgeSpec[], keys = KEYS): string {
  const data = (key: string, value: unknown) => (value === undefined ? '' : `<data key="${key}">${String(value)}</data>`);
  const nodeXml = nodes.map(
    (n) =>
      `<node id="${n.id}">${data('x7', n.label)}${data('q1', n.lat)}${data('q2', n.lon)}${data('zz', n.country)}${data('int', n.internal)}</node>`,
  );
  const edgeXml = edges.map((e) => {
    const ends = `${e.source === undefined ? '' : ` source="${e.source}"`}${e.target === undefined ? '' : ` target="${e.target}"`}`;
    return `<edge${ends}>${data('s', e.speed)}${data('lab', e.label)}</edge>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}
<graph edgedefault="undirected"><data key="net">Test Net</data>${nodeXml.join('')}${edgeXml.join('')}</graph></graphml>`;
}

const OSLO = { lat: 59.91273, lon: 10.74609 };
const BERGEN = { lat: 60.39299, lon: 5.32415 };
const TRONDHEIM = { lat: 63.43049, lon: 10.39506 };
const DRAMMEN = { lat: 59.74389, lon: 10.20449 };

function expectImported(result: GraphmlImportResult): { scenario: Scenario; summary: readonly string[] } {
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  expect(validateScenario(result.scenario).ok).toBe(true);
  expect(() => evaluateScenario(result.scenario)).not.toThrow();
  return result;
}

const site = (scenario: Scenario, name: string) => scenario.sites.find((s) => s.name === name)!;
const summaryLine = (summary: readonly string[], text: string) => summary.find((line) => line.includes(text));

describe('importGraphml: parallel edges', () => {
  it('merges edges between the same pair, in either direction, into one link with their capacities added', () => {
    const text = graphml(
      [
        { id: 'a', label: 'Oslo', ...OSLO, country: 'Norway' },
        { id: 'b', label: 'Bergen', ...BERGEN, country: 'Norway' },
      ],
      [
        { source: 'a', target: 'b', speed: '1000000000.0' },
        { source: 'b', target: 'a', speed: '10000000000.0' },
        { source: 'a', target: 'b' },
      ],
    );
    const { scenario, summary } = expectImported(importGraphml(text, 'parallel.graphml'));
    expect(scenario.links).toHaveLength(1);
    const [link] = scenario.links;
    expect(link.medium).toBe('long-haul-fibre');
    expect(link.capacityMbps).toBe(1000 + 10_000 + MEDIA['long-haul-fibre'].defaultCapacityMbps.value);
    expect(summaryLine(summary, 'Parallel edges')).toContain('Oslo–Bergen (3 edges)');
    expect(summary[0]).toContain('1 link from 3 edges');
  });
});

describe('importGraphml: nodes without coordinates', () => {
  it('puts a node at the centre of its located neighbours, a chain one hop at a time, and lists them', () => {
    const text = graphml(
      [
        { id: '1', label: 'Oslo', ...OSLO },
        { id: '2', label: 'Trondheim', ...TRONDHEIM },
        { id: '3', label: 'Middle' },
        { id: '4', label: 'Beyond' },
      ],
      [
        { source: '1', target: '3' },
        { source: '3', target: '2' },
        { source: '3', target: '4' },
      ],
    );
    const { scenario, summary } = expectImported(importGraphml(text, 'unlocated.graphml'));
    const middle = site(scenario, 'Middle').location!;
    expect(middle.lat).toBeGreaterThan(OSLO.lat);
    expect(middle.lat).toBeLessThan(TRONDHEIM.lat);
    // "Beyond" has only "Middle" as neighbour, so it lands on Middle's imputed location.
    expect(site(scenario, 'Beyond').location!.lat).toBeCloseTo(middle.lat, 9);
    const line = summaryLine(summary, 'located neighbours');
    expect(line).toContain('node[2] "Middle"');
    expect(line).toContain('node[3] "Beyond"');
  });

  it('puts a node with no located neighbour at the centre of the network', () => {
    const text = graphml(
      [
        { id: '1', label: 'Oslo', ...OSLO },
        { id: '2', label: 'Bergen', ...BERGEN },
        { id: '3', label: 'Loner' },
      ],
      [{ source: '1', target: '2' }],
    );
    const { scenario, summary } = expectImported(importGraphml(text, 'loner.graphml'));
    const loner = site(scenario, 'Loner').location!;
    expect(loner.lon).toBeGreaterThan(BERGEN.lon);
    expect(loner.lon).toBeLessThan(OSLO.lon);
    expect(summaryLine(summary, 'centre of the network')).toContain('"Loner"');
    expect(summaryLine(summary, 'no link')).toContain('"Loner"');
  });

  it('imports a file with no coordinates at all, says so, and still gives every site its own canvas cell', () => {
    const text = graphml(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
      ],
    );
    const { scenario, summary } = expectImported(importGraphml(text, 'nowhere.graphml'));
    expect(scenario.sites.every((s) => s.location!.lat === 0 && s.location!.lon === 0)).toBe(true);
    expect(new Set(scenario.sites.map((s) => `${s.position!.x},${s.position!.y}`)).size).toBe(3);
    expect(summaryLine(summary, 'No node has coordinates')).toBeDefined();
  });

  it('treats unusable coordinates (text, off the globe) as missing and says which', () => {
    const text = graphml(
      [
        { id: 'a', label: 'Oslo', ...OSLO },
        { id: 'b', label: 'Words', lat: 'north', lon: '10' },
        { id: 'c', label: 'Mars', lat: 123, lon: 10 },
      ],
      [
        { source: 'a', target: 'b' },
        { source: 'a', target: 'c' },
      ],
    );
    const { scenario, summary } = expectImported(importGraphml(text, 'bad-coordinates.graphml'));
    // Its only located neighbour is Oslo, so it goes to Oslo (up to rounding in the spherical mean).
    expect(site(scenario, 'Words').location!.lat).toBeCloseTo(OSLO.lat, 9);
    expect(site(scenario, 'Words').location!.lon).toBeCloseTo(OSLO.lon, 9);
    expect(summaryLine(summary, 'node[1] "Words"')).toContain('not both numbers');
    expect(summaryLine(summary, 'node[2] "Mars"')).toContain('off the globe');
  });
});

describe('importGraphml: edges and nodes it cannot use', () => {
  const nodes: NodeSpec[] = [
    { id: 'a', label: 'Oslo', ...OSLO },
    { id: 'b', label: 'Bergen', ...BERGEN },
  ];

  it('drops edges to unknown nodes, self-loops and edges without both ends, naming each by position and ends', () => {
    const text = graphml(nodes, [
      { source: 'a', target: 'b' },
      { source: 'a', target: 'ghost' },
      { source: 'b', target: 'b' },
      { source: 'a' },
    ]);
    const { scenario, summary } = expectImported(importGraphml(text, 'dangling.graphml'));
    expect(scenario.links).toHaveLength(1);
    expect(summaryLine(summary, 'does not exist')).toContain('edge[1] a→ghost (no node has id "ghost")');
    expect(summaryLine(summary, 'self-loop')).toContain('edge[2] b→b');
    expect(summaryLine(summary, 'without both ends')).toContain('edge[3] a→? (has no target)');
  });

  it('keeps the first of two nodes with the same id and reports the second', () => {
    const text = graphml([...nodes, { id: 'a', label: 'Impostor', ...TRONDHEIM }], [{ source: 'a', target: 'b' }]);
    const { scenario, summary } = expectImported(importGraphml(text, 'duplicate.graphml'));
    expect(scenario.sites.map((s) => s.name)).toEqual(['Oslo', 'Bergen']);
    expect(summaryLine(summary, 'Nodes skipped')).toContain('node[2] (has the same id "a" as node[0])');
  });

  it('refuses a graph whose nodes all lack ids, naming each', () => {
    const result = importGraphml('<graphml><graph><node/><node></node></graph></graphml>', 'anonymous.graphml');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { path: 'graph', message: 'has no node with a usable id' },
      { path: 'node[0]', message: 'has no id; skipped' },
      { path: 'node[1]', message: 'has no id; skipped' },
    ]);
  });
});

describe('importGraphml: keys', () => {
  it('without <key> declarations imports the bare graph, named by node ids, and says the data were ignored', () => {
    const text = graphml(
      [
        { id: 'a', label: 'Oslo', ...OSLO },
        { id: 'b', label: 'Bergen', ...BERGEN },
      ],
      [{ source: 'a', target: 'b', speed: '1e9' }],
      '',
    );
    const { scenario, summary } = expectImported(importGraphml(text, 'keyless.graphml'));
    expect(scenario.sites.map((s) => [s.id, s.name])).toEqual([
      ['node-a', 'Node a'],
      ['node-b', 'Node b'],
    ]);
    expect(scenario.name).toBe('keyless');
    expect(scenario.links[0].capacityMbps).toBe(MEDIA['metro-fibre'].defaultCapacityMbps.value);
    expect(summaryLine(summary, 'no <key> declares')).toBeDefined();
  });

  it('ignores a key without attr.name, and applies a key’s <default> where a node has no value', () => {
    const keys = `<key id="lat" for="node" attr.name="Latitude"/><key id="lon" for="node" attr.name="Longitude"/>
      <key id="c" for="node" attr.name="Country"><default>Norway</default></key><key id="anon" for="node"/>`;
    const text = `<graphml>${keys}<graph>
      <node id="a"><data key="lat">${OSLO.lat}</data><data key="lon">${OSLO.lon}</data><data key="anon">x</data></node>
      <node id="b"><data key="lat">${BERGEN.lat}</data><data key="lon">${BERGEN.lon}</data><data key="c">Sweden</data></node>
      <edge source="a" target="b"/></graph></graphml>`;
    const { scenario, summary } = expectImported(importGraphml(text, 'defaults.graphml'));
    expect(scenario.sites.map((s) => s.jurisdiction)).toEqual(['NO', 'SE']);
    expect(summaryLine(summary, 'has no attr.name')).toBeDefined();
  });

  it('reads data only for the kind of element its key is declared for', () => {
    const text = `<graphml><key id="l" for="edge" attr.name="label"/><graph><node id="a"><data key="l">Not a node label</data></node></graph></graphml>`;
    const { scenario, summary } = expectImported(importGraphml(text, 'misplaced.graphml'));
    expect(scenario.sites[0].name).toBe('Node a');
    expect(summaryLine(summary, 'declared for another kind')).toBeDefined();
  });
});

describe('importGraphml: tiers, media and jurisdictions', () => {
  it('links under 100 km are metro fibre, longer ones long-haul fibre, and links to Internal = 0 nodes public internet', () => {
    const text = graphml(
      [
        { id: 'o', label: 'Oslo', ...OSLO, country: 'Norway' },
        { id: 'd', label: 'Drammen', ...DRAMMEN, country: 'Norway' },
        { id: 'b', label: 'Bergen', ...BERGEN, country: 'Norway' },
        { id: 'x', label: 'NORDUnet', lat: 55.67594, lon: 12.56553, country: 'Denmark', internal: 0 },
      ],
      [
        { source: 'o', target: 'd' },
        { source: 'o', target: 'b' },
        { source: 'o', target: 'x' },
      ],
    );
    const { scenario, summary } = expectImported(importGraphml(text, 'media.graphml'));
    expect(scenario.links.map((l) => l.medium)).toEqual(['metro-fibre', 'long-haul-fibre', 'internet']);
    expect(scenario.links.map((l) => l.capacityMbps)).toEqual(
      ['metro-fibre', 'long-haul-fibre', 'internet'].map((m) => MEDIA[m as 'internet'].defaultCapacityMbps.value),
    );
    expect(site(scenario, 'NORDUnet (external)').jurisdiction).toBe('DK');
    expect(summaryLine(summary, 'outside the network')).toContain('node[3] "NORDUnet"');
  });

  it('maps country names to codes (United Kingdom → UK) and an unknown one to UNKNOWN, listed', () => {
    const text = graphml(
      [
        { id: 'l', label: 'London', lat: 51.5, lon: -0.12, country: 'United Kingdom' },
        { id: 'p', label: 'Paris', lat: 48.85, lon: 2.35, country: 'France' },
        { id: 'n', label: 'Nowhere', lat: 50, lon: 1, country: 'Atlantis' },
      ],
      [],
    );
    const { scenario, summary } = expectImported(importGraphml(text, 'countries.graphml'));
    expect(scenario.sites.map((s) => s.jurisdiction)).toEqual(['UK', 'FR', 'UNKNOWN']);
    expect(summaryLine(summary, 'UNKNOWN')).toContain('"Nowhere"');
  });
});

describe('importGraphml: refusals say where and what', () => {
  it.each([
    ['an empty file', '', '(file)', 'is empty'],
    ['plain text', 'not xml at all', 'line 1, column 1', 'not well-formed XML'],
    ['XML that is not GraphML', '<svg><rect/></svg>', '(file)', 'no <graphml> root'],
    ['GraphML without a graph', '<graphml><key id="d0" for="node" attr.name="label"/></graphml>', 'graphml', 'no <graph>'],
    ['a graph without nodes', '<graphml><graph edgedefault="undirected"></graph></graphml>', 'graph', 'no <node>'],
  ])('%s', (_, text, path, message) => {
    const result = importGraphml(text, 'x.graphml');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0].path).toBe(path);
    expect(!result.ok && result.errors[0].message).toContain(message);
  });

  it(`more than ${MAX_NODES} nodes`, () => {
    const text = `<graphml><graph>${'<node id="n"/>'.repeat(MAX_NODES + 1)}</graph></graphml>`;
    const result = importGraphml(text, 'huge.graphml');
    expect(!result.ok && result.errors).toEqual([{ path: 'graph', message: 'has more than 5,000 nodes' }]);
  });

  it('more than 20 million characters', () => {
    const result = importGraphml(`<graphml>${' '.repeat(20_000_001)}</graphml>`, 'huge.graphml');
    expect(!result.ok && result.errors[0].message).toContain('at most 20 million');
  });

  it('an entity bomb is not expanded: the reference stays as text', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
      <graphml><key id="l" for="node" attr.name="label"/><graph><node id="a"><data key="l">&lol3;</data></node></graph></graphml>`;
    const { scenario } = expectImported(importGraphml(bomb, 'bomb.graphml'));
    expect(scenario.sites[0].name).toBe('&lol3;');
  });
});

describe('importGraphml: names are text', () => {
  it('decodes the predefined entities once, strips control and bidi characters and caps the length', () => {
    const label = `&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;lt; \u0007\u202e${'y'.repeat(300)}`;
    const text = graphml([{ id: 'a', label, ...OSLO }], []);
    const { scenario } = expectImported(importGraphml(text, 'names.graphml'));
    const { name, id } = scenario.sites[0];
    expect(name.startsWith('<script>alert("x")</script> &lt; y')).toBe(true);
    expect([...name].filter((c) => c.charCodeAt(0) < 0x20 || c === '\u202e')).toEqual([]);
    expect(name.length).toBe(120);
    expect(id).toMatch(/^[a-z0-9-]{1,64}$/);
  });
});
