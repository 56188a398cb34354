import type { ModelVar, PlacementModel } from './model';

/** A no-good cut: these stages may not all sit on these sites at once. */
export interface Cut {
  readonly members: readonly { readonly workload: number; readonly stage: number; readonly site: number }[];
}

/** Constraint families the diagnosis relaxes one at a time. */
export type Family = 'residency' | 'siteCapacity' | 'linkCapacity' | 'latencyObjective';

/** A slack column of an elastic row, and what it measures. */
export interface Slack {
  readonly name: string;
  readonly family: Exclude<Family, 'residency'>;
  /** Capacity row index, or optimised workload index for a latency row. */
  readonly index: number;
  /** Real units (erlangs, Mbit/s, ms) per unit of the slack column. */
  readonly unitsPerColumn: number;
}

export interface LpText {
  readonly text: string;
  readonly variables: number;
  readonly binaries: number;
  readonly constraints: number;
  readonly slacks: readonly Slack[];
}

const TERMS_PER_LINE = 8;
/** Largest objective coefficient after scaling: keeps HiGHS's absolute tolerances small against the objective. */
const OBJECTIVE_SCALE_TO = 1000;

/** Shortest text that reads back as the same double (HiGHS's reader takes exponents). */
const num = (x: number) => String(x);

class Row {
  readonly terms: string[] = [];

  add(coef: number, name: string): void {
    if (coef === 0) return;
    this.terms.push(`${coef < 0 ? '-' : '+'} ${num(Math.abs(coef))} ${name}`);
  }

  /** The row's lines, named, without a sense: what the objective needs. */
  lines(name: string): string[] {
    const lines: string[] = [];
    for (let i = 0; i < this.terms.length; i += TERMS_PER_LINE) {
      const chunk = this.terms.slice(i, i + TERMS_PER_LINE).join(' ');
      lines.push(i === 0 ? ` ${name}: ${chunk}` : `   ${chunk}`);
    }
    return lines;
  }
}

/** Constraint rows as LP lines, counted. */
class Constraints {
  readonly lines: string[] = [];
  count = 0;

  push(row: Row, name: string, sense: '<=' | '=', rhs: number): void {
    const lines = row.lines(name);
    if (lines.length === 0) return;
    lines[lines.length - 1] += ` ${sense} ${num(rhs)}`;
    this.lines.push(...lines);
    this.count++;
  }
}

/**
 * Writes the model in CPLEX LP format, the text highs-js reads. Variable and
 * row names are built from indices, so the same model always gives the same
 * text. Capacity rows are scaled so their largest coefficient is 1, and the
 * objective so its largest is 1000: HiGHS's tolerances are absolute, and
 * erlangs of small stages or GB of small messages would otherwise sit near them.
 *
 * With families to relax, the model becomes elastic: each row of a relaxed
 * family gets a slack column, residency-breaking choices are allowed (the
 * model must then be built with residency relaxed), and the objective is the
 * total violation (slack as a share of capacity or of the latency objective,
 * plus one per residency-breaking choice).
 */
export function writeLp(model: PlacementModel, cuts: readonly Cut[], relax: ReadonlySet<Family> = new Set()): LpText {
  if (model.emptyStages.length > 0) throw new Error('writeLp: a stage has no candidate site, so the model is infeasible as built');
  const elastic = relax.size > 0;
  const binaries: string[] = [];
  const slacks: Slack[] = [];
  const constraints = new Constraints();
  let variables = 0;
  const rowTerms = model.rows.map(() => [] as [ModelVar, number][]);
  const latencyRows = model.workloads.map(() => new Row());
  const objective = new Row();
  const vars: ModelVar[] = [];

  model.workloads.forEach((workload, w) => {
    const visit = (v: ModelVar) => {
      vars.push(v);
      for (const { row, coef } of v.loads) rowTerms[row].push([v, coef]);
      latencyRows[w].add(v.fixedMs, v.name);
    };
    workload.stages.forEach((stage) => {
      stage.x.forEach(visit);
      binaries.push(...stage.x.map((v) => v.name));
    });
    workload.hops.forEach((pairs) => pairs.forEach((p) => visit(p.y)));
  });
  variables += vars.length;

  if (elastic) {
    for (const v of vars) if (v.residencyViolation) objective.add(1, v.name);
  } else {
    let largest = 0;
    for (const v of vars) largest = Math.max(largest, Math.abs(v.objective));
    const scale = largest > 0 ? OBJECTIVE_SCALE_TO / largest : 1;
    for (const v of vars) objective.add(v.objective * scale, v.name);
  }

  // One site per stage, and hop flows tied to the stages at either end.
  model.workloads.forEach((workload, w) => {
    workload.stages.forEach((stage, i) => {
      const row = new Row();
      for (const v of stage.x) row.add(1, v.name);
      constraints.push(row, `one_w${w}_i${i}`, '=', 1);
    });
    workload.hops.forEach((pairs, i) => {
      const from = workload.stages[i];
      const to = workload.stages[i + 1];
      const outOf = from.x.map(() => new Row());
      const into = to.x.map(() => new Row());
      for (const p of pairs) {
        outOf[p.from].add(1, p.y.name);
        into[p.to].add(1, p.y.name);
      }
      outOf.forEach((row, a) => {
        row.add(-1, from.x[a].name);
        constraints.push(row, `fo_w${w}_i${i}_s${from.sites[a]}`, '=', 0);
      });
      into.forEach((row, b) => {
        row.add(-1, to.x[b].name);
        constraints.push(row, `fi_w${w}_i${i}_s${to.sites[b]}`, '=', 0);
      });
    });
  });

  model.rows.forEach((capacityRow, r) => {
    const terms = rowTerms[r];
    if (terms.length === 0) return;
    let largest = 0;
    for (const [, coef] of terms) largest = Math.max(largest, coef);
    const row = new Row();
    for (const [v, coef] of terms) row.add(coef / largest, v.name);
    if (relax.has(capacityRow.kind)) {
      const name = `sl_${capacityRow.name}`;
      row.add(-1, name);
      slacks.push({ name, family: capacityRow.kind, index: r, unitsPerColumn: largest });
      objective.add(largest / Math.max(capacityRow.capacity, 1e-9), name);
    }
    constraints.push(row, `cap_${capacityRow.name}`, '<=', capacityRow.rhs / largest);
  });

  model.workloads.forEach((workload, w) => {
    const row = latencyRows[w];
    if (row.terms.length === 0) return;
    if (relax.has('latencyObjective')) {
      const name = `sl_lat_w${w}`;
      row.add(-1, name);
      slacks.push({ name, family: 'latencyObjective', index: w, unitsPerColumn: 1 });
      objective.add(1 / workload.objectiveMs, name);
    }
    constraints.push(row, `lat_w${w}`, '<=', workload.objectiveMs);
  });

  cuts.forEach((cut, c) => {
    const row = new Row();
    for (const m of cut.members) row.add(1, `x_w${m.workload}_i${m.stage}_s${m.site}`);
    constraints.push(row, `cut_${c}`, '<=', cut.members.length - 1);
  });

  variables += slacks.length;
  const out = ['Minimize'];
  if (objective.terms.length === 0) out.push(` obj: 0 ${vars[0].name}`);
  else out.push(...objective.lines('obj'));
  out.push('Subject To', ...constraints.lines, 'Binaries');
  for (let i = 0; i < binaries.length; i += TERMS_PER_LINE) out.push(` ${binaries.slice(i, i + TERMS_PER_LINE).join(' ')}`);
  out.push('End');
  return { text: out.join('\n'), variables, binaries: binaries.length, constraints: constraints.count, slacks };
}
