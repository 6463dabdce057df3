import { baseYearFactor, ownBand, positionOf, scaleBand, valueAt } from "@/lib/salary/bands";
import { costsByYear, examCosts, renewalCosts, type HeldAt } from "@/lib/salary/costs";
import { sharedFigureNote, sharedFigures } from "@/lib/salary/shared-figures";
import type {
  Assumptions,
  Confidence,
  CostRow,
  PayBand,
  PayContext,
  Projection,
  ProjectionPath,
  YearRow,
} from "@/lib/salary/types";

// Pay along a plan, year by year, against staying put. Year y covers [y, y+1) from today; its role is the one held
// at mid-year, so a move half-way through a year shows from the next. Pure: the API and the browser both run it.

export type ProjectionRequest = {
  path: ProjectionPath;
  currentRole: string | null;
  held: HeldAt[];
  assumptions?: Partial<Assumptions>;
};

export const MAX_HORIZON = 40;

export function defaultHorizon(path: ProjectionPath): number {
  const last = path.steps.at(-1)?.startYear ?? 0;
  return Math.min(MAX_HORIZON, Math.max(10, Math.ceil(last) + 5));
}

function roleBand(ctx: PayContext, a: Assumptions, slug: string | null): PayBand | null {
  if (!slug) return null;
  if (a.ownPay[slug] !== undefined) return ownBand(a.ownPay[slug], ctx.thisYear);
  const bands = ctx.roles[slug]?.bands ?? [];
  const chosen = a.basis[slug] ? bands.find((b) => b.figureKey === a.basis[slug]) : undefined;
  const band = chosen ?? bands[0];
  return band ? scaleBand(band, baseYearFactor(band.year, ctx.thisYear, a.baseYearPercent)) : null;
}

export function resolveAssumptions(
  ctx: PayContext,
  req: ProjectionRequest,
): Projection["assumptions"] & { clamped: "below" | "above" | null } {
  const given = req.assumptions ?? {};
  const growth = ctx.derivedGrowth.percent ?? 0;
  const base: Assumptions = {
    raisePercent: given.raisePercent ?? growth,
    baseYearPercent: given.baseYearPercent ?? growth,
    position: 50,
    currentSalary: given.currentSalary ?? null,
    horizonYears: given.horizonYears ?? defaultHorizon(req.path),
    includeRenewals: given.includeRenewals ?? true,
    basis: given.basis ?? {},
    ownPay: given.ownPay ?? {},
  };
  if (given.position !== undefined)
    return { ...base, position: given.position, positionFrom: "chosen", stayRole: req.currentRole, clamped: null };
  const band = roleBand(ctx, base, req.currentRole);
  const placed = band && base.currentSalary !== null ? positionOf(band, base.currentSalary) : null;
  if (placed)
    return {
      ...base,
      position: placed.position,
      positionFrom: "salary",
      stayRole: req.currentRole,
      clamped: placed.clamped,
    };
  return { ...base, positionFrom: "default", stayRole: req.currentRole, clamped: null };
}

/** The first year from which the plan's cumulative earnings stay at or above staying put's, to the horizon. */
export function breakEven(cumulative: Projection["cumulative"]): number | null {
  let from: number | null = null;
  for (const c of cumulative) {
    if (c.plan === null || c.stay === null) return null;
    if (c.plan >= c.stay) from ??= c.year;
    else from = null;
  }
  return from;
}

export function project(ctx: PayContext, req: ProjectionRequest): Projection {
  const a = resolveAssumptions(ctx, req);
  const { clamped, ...assumptions } = a;
  const H = a.horizonYears;
  const notes: string[] = [];
  const titleOf = (slug: string | null) => (slug ? (ctx.roles[slug]?.title ?? slug) : "No role yet");
  const grow = (y: number) => (1 + a.raisePercent / 100) ** y;

  // Costs: exam fees along the plan; renewals of what is held (both scenarios) and of what the plan adds.
  const earn = req.path.steps.flatMap((s) => s.earn);
  const exams = examCosts(ctx, earn, H);
  const newlyHeld: HeldAt[] = earn
    .filter((e) => e.kind === "credential" && !e.optional)
    .map((e) => ({ code: e.code, at: e.atYear }));
  const planRenewals = a.includeRenewals
    ? renewalCosts(ctx, [...req.held, ...newlyHeld], H)
    : { rows: [], unpricedBodies: [] };
  const stayRenewals = a.includeRenewals ? renewalCosts(ctx, req.held, H) : { rows: [], unpricedBodies: [] };
  const planCostRows: CostRow[] = [...exams.rows, ...planRenewals.rows].sort(
    (x, y) => x.year - y.year || x.label.localeCompare(y.label),
  );
  const planCosts = costsByYear(planCostRows, H);
  const stayCosts = costsByYear(stayRenewals.rows, H);

  const stayBand = roleBand(ctx, a, req.currentRole);
  const used = new Map<string, { band: PayBand; role: string }>();
  const years: YearRow[] = [];
  const cumulative: Projection["cumulative"] = [];
  let cumPlan: number | null = 0;
  let cumStay: number | null = 0;
  for (let y = 0; y < H; y++) {
    const mid = y + 0.5;
    const stepIndex = req.path.steps.findLastIndex((s) => s.startYear <= mid);
    const role = stepIndex >= 0 ? req.path.steps[stepIndex]!.role : req.currentRole;
    const stillInCurrentJob = role !== null && role === req.currentRole && stepIndex <= 0;
    const band = roleBand(ctx, a, role);
    if (band && role) used.set(`${role}|${band.figureKey}`, { band, role });
    const g = grow(y);
    const stayPay =
      a.currentSalary !== null ? a.currentSalary * g : stayBand ? valueAt(stayBand, a.position) * g : null;
    // Before the plan's first role (e.g. while studying), the person keeps doing what they do now.
    const pay =
      stepIndex < 0
        ? stayPay
        : stillInCurrentJob && a.currentSalary !== null
          ? a.currentSalary * g
          : band
            ? valueAt(band, a.position) * g
            : null;
    const r = (n: number | null) => (n === null ? null : Math.round(n));
    years.push({
      year: y,
      calendarYear: ctx.thisYear + y,
      role: role ?? "",
      title: titleOf(role),
      p25: band ? r(band.p25 * g) : null,
      median: band ? r(band.median * g) : null,
      p75: band ? r(band.p75 * g) : null,
      pay: r(pay),
      costs: planCosts[y]!,
      basis: band ? band.figureKey : null,
    });
    cumPlan = cumPlan === null || pay === null ? null : cumPlan + Math.round(pay) - planCosts[y]!;
    cumStay = cumStay === null || stayPay === null ? null : cumStay + Math.round(stayPay) - stayCosts[y]!;
    cumulative.push({
      year: y,
      plan: cumPlan === null ? null : Math.round(cumPlan * 100) / 100,
      stay: cumStay === null ? null : Math.round(cumStay * 100) / 100,
    });
  }
  if (stayBand && req.currentRole)
    used.set(`${req.currentRole}|${stayBand.figureKey}`, { band: stayBand, role: req.currentRole });

  // Notes: everything a reader should know before trusting a number.
  const unknown = [...new Set(years.filter((r) => r.basis === null && r.role).map((r) => r.title))];
  for (const t of unknown)
    notes.push(`No pay figure is on file for ${t}: enter your own figure for it to complete the projection.`);
  if (a.currentSalary === null && !stayBand)
    notes.push("Enter your current salary to compare the plan with staying put.");
  for (const { band, role } of used.values()) {
    if (band.figureKey === "own") continue;
    if (band.note) notes.push(`${titleOf(role)}: ${band.note}`);
    if (band.year === null) notes.push(`${titleOf(role)}: the figure is undated, so it is taken as ${ctx.thisYear}'s.`);
    else if (band.yearRead)
      notes.push(
        `${titleOf(role)}: the source gives no year, so the figure is taken as of ${band.year}, when it was read.`,
      );
  }
  if (clamped && req.currentRole) {
    const edge = clamped === "above" ? "above the highest" : "below the lowest";
    notes.push(
      `Your salary is ${edge} figure known for ${titleOf(req.currentRole)}; ` +
        "later roles are projected at that edge of their bands.",
    );
  }
  if (a.positionFrom === "default" && a.currentSalary !== null && stayBand) {
    notes.push(
      `Only one figure is known for ${titleOf(req.currentRole)}, so your salary cannot be placed in a band; ` +
        "the median (50th percentile) is used.",
    );
  }
  if (exams.unpriced.length)
    notes.push(`No exam fee is on file for ${[...new Set(exams.unpriced)].join(", ")}; the costs are a lower bound.`);
  const unpricedBodies = [...new Set([...planRenewals.unpricedBodies, ...stayRenewals.unpricedBodies])];
  if (unpricedBodies.length)
    notes.push(
      `No source gives the renewal or membership cost for ${unpricedBodies.join(", ")}, so it is not counted.`,
    );
  if (earn.some((e) => !e.optional && (e.kind === "education" || e.kind === "course")))
    notes.push("Tuition and course fees are not counted: no source gives them.");
  // Two roles priced from one figure show no pay change between them: say it is one occupation, not two findings.
  const priced = [...used.values()].map(({ band, role }) => ({ title: titleOf(role), band }));
  for (const shared of sharedFigures(priced)) notes.push(sharedFigureNote(shared));

  return {
    years,
    cumulative,
    breakEvenYear: breakEven(cumulative),
    markers: req.path.steps
      .filter((s) => s.startYear > 0)
      .map((s) => ({ year: s.startYear, role: s.role, title: titleOf(s.role) })),
    costs: planCostRows,
    assumptions,
    sources: collectSources(
      [...used.values()].map((u) => u.band),
      planCostRows,
      ctx,
    ),
    notes,
  };
}

const confidenceOrder: Confidence[] = ["confirmed", "secondary", "assumption"];

function collectSources(bands: PayBand[], costs: CostRow[], ctx: PayContext): Projection["sources"] {
  const out = new Map<string, Projection["sources"][number]>();
  const add = (src: PayBand["source"], confidence: Confidence, figureKey: string) => {
    const cur = out.get(src.key) ?? { ...src, confidence, figureKeys: [] };
    if (confidenceOrder.indexOf(confidence) > confidenceOrder.indexOf(cur.confidence)) cur.confidence = confidence;
    if (!cur.figureKeys.includes(figureKey)) cur.figureKeys.push(figureKey);
    out.set(src.key, cur);
  };
  for (const b of bands) if (b.figureKey !== "own") add(b.source, b.confidence, b.figureKey);
  const feeSources = new Map([
    ...ctx.renewalFees.map((f) => [f.source.key, f.source] as const),
    ...Object.values(ctx.credentials).flatMap((c) =>
      c.examFee ? [[c.examFee.source.key, c.examFee.source] as const] : [],
    ),
  ]);
  for (const c of costs) {
    const src = c.source ? feeSources.get(c.source) : undefined;
    if (src) add(src, c.confidence, c.label);
  }
  return [...out.values()];
}
