import { addDays } from "@/lib/dates";
import { coverage } from "@/lib/teams/coverage";
import { hasPolicy, policyProgress } from "@/lib/teams/policy";
import { shows, type CredentialFact, type MemberFacts, type ProgressFact } from "@/lib/teams/roster";
import type { CePolicy } from "@/lib/teams/validation";

// What changed on the team in the week ending `asOf` (the 7 days after `asOf - 7`), for the managers' digest.
// Nothing is stored between digests (a withdrawn share must leave nothing behind), so every change is read off a
// dated fact the member shares today: the day they joined, a credential's due date and the stages after it (from
// its body's rules), the day it enters the 30-day window, and the team policy's year end and new-hire window.
// Leaving is not reported: a member who leaves is deleted, with no record of when. Pure.

export type WeekChangeKind = "joined" | "stage" | "window" | "coverage" | "policy";
export type WeekChange = { kind: WeekChangeKind; member: string; text: string };

/** The window a lapse warning uses (the digest's "lapsing within 30 days" section). */
const LAPSING_DAYS = 30;

type Stage = { status: "grace" | "late_fee" | "inactive" | "revoked"; from: string };

/** The day the credential entered the stage it is in now, from the cycle's due date and stage ends (stages.ts). */
function stageStart(c: CredentialFact, item: ProgressFact): Stage | null {
  const dayAfter = (d: string | null) => addDays(d ?? item.dueDate, 1);
  switch (c.status) {
    case "grace":
      return { status: "grace", from: dayAfter(item.dueDate) };
    case "late_fee":
      return { status: "late_fee", from: dayAfter(item.graceEnds) };
    case "inactive":
      return { status: "inactive", from: dayAfter(item.lateFeeEnds ?? item.graceEnds) };
    case "revoked":
      return item.revokedOn ? { status: "revoked", from: item.revokedOn } : null;
    default:
      return null;
  }
}

function stageWords(s: Stage, c: CredentialFact, item: ProgressFact): string {
  const pastDue = s.from === addDays(item.dueDate, 1) ? `became past due (due ${item.dueDate}) and ` : "";
  if (s.status === "grace") return `${c.code} ${pastDue}entered grace, until ${item.graceEnds}`;
  if (s.status === "late_fee") return `${c.code} ${pastDue}entered the late-fee stage, until ${item.lateFeeEnds}`;
  if (s.status === "inactive") return `${c.code} ${pastDue}lapsed: inactive since ${s.from}`;
  return `${c.code} was revoked on ${s.from} (due ${item.dueDate})`;
}

export function weekChanges(facts: MemberFacts[], ctx: { asOf: string; policy: CePolicy | null }): WeekChange[] {
  const { asOf } = ctx;
  const weekAgo = addDays(asOf, -7);
  const thisWeek = (d: string) => d > weekAgo && d <= asOf;
  const out: WeekChange[] = [];
  const add = (kind: WeekChangeKind, member: string, text: string) => out.push({ kind, member, text });

  for (const f of facts) {
    if (thisWeek(f.joinedOn)) add("joined", f.name, `${f.name} joined the team`);
    // A credential's status and due date are shared at the "status" level; nothing below reads more without it.
    if (!shows.status(f.share)) continue;
    const moved: string[] = [];
    for (const c of f.credentials) {
      if (!c.dueDate) continue;
      const item = f.progress.find((i) => i.credentials.includes(c.code) && i.dueDate === c.dueDate && !i.met);
      const stage = item && stageStart(c, item);
      if (item && stage && thisWeek(stage.from)) {
        add("stage", f.name, `${f.name}: ${stageWords(stage, c, item)}`);
        moved.push(c.code.toUpperCase());
      }
      // It entered the window on the day it was 30 days away.
      if (c.status === "due_soon" && thisWeek(addDays(c.dueDate, -LAPSING_DAYS))) {
        add("window", f.name, `${f.name}: ${c.code} is now due within ${LAPSING_DAYS} days (due ${c.dueDate})`);
      }
    }
    // Coverage lost this week: not covered now, but covered if the credentials that moved on this week had not.
    if (f.position && moved.length) {
      const now = coverage(f.position.requires, f.credentials, asOf);
      const before = f.credentials.map((c) =>
        moved.includes(c.code.toUpperCase()) ? { ...c, status: "active" as const } : c,
      );
      if (!now.met && coverage(f.position.requires, before, asOf).met) {
        add("coverage", f.name, `${f.name} no longer covers ${f.position.name}`);
      }
    }
    if (shows.progress(f.share) && hasPolicy(ctx.policy)) policyChanges(f, ctx.policy, asOf, thisWeek, add);
  }
  const order: WeekChangeKind[] = ["joined", "stage", "window", "coverage", "policy"];
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** The team policy's deadlines that passed this week with hours still owed: a new-hire window, a calendar year. */
function policyChanges(
  f: MemberFacts,
  policy: CePolicy,
  asOf: string,
  thisWeek: (d: string) => boolean,
  add: (kind: WeekChangeKind, member: string, text: string) => void,
) {
  const hire = policyProgress(policy, f.entries, f.joinedOn, asOf).newHire;
  if (hire && hire.state === "missed" && thisWeek(addDays(hire.windowEnds, 1))) {
    const owed = `${hire.earned} of ${hire.required} hours`;
    add("policy", f.name, `${f.name} missed the new-hire window ending ${hire.windowEnds}: ${owed}`);
  }
  const year = Number(asOf.slice(0, 4));
  const lastYearEnd = `${year - 1}-12-31`;
  if (thisWeek(`${year}-01-01`) && f.joinedOn <= lastYearEnd) {
    const last = policyProgress(policy, f.entries, f.joinedOn, lastYearEnd).year;
    if (last && !last.met) {
      const topic = last.topic ? `, ${last.topic.earned} of ${last.topic.required} in ${last.topic.topic}` : "";
      const hours = last.required === null ? "" : `: ${last.earned} of ${last.required} hours`;
      add("policy", f.name, `${f.name} ended ${year - 1} short of the team's education policy${hours}${topic}`);
    }
  }
}

/** The digest's first section: each change as a sentence, or that there were none. */
export function changeLines(changes: WeekChange[]): string[] {
  if (changes.length === 0) return ["No changes this week."];
  return ["What changed this week:", ...changes.map((c) => `${c.text}.`)];
}
