import type { ComplianceItem, HeldStatus } from "@/lib/credentials/compliance-types";
import { coverage, isLapsing, type Coverage } from "@/lib/teams/coverage";
import { hasPolicy, policyProgress, type PolicyEntry, type PolicyProgress } from "@/lib/teams/policy";
import type { CePolicy, ShareLevel, TeamRole, VerifyLinks } from "@/lib/teams/validation";

// The roster as a read model built only from what each member shares. `memberView` is the one door: the JSON
// roster, the CSV, the page, member details and the weekly digest all take its answer and nothing else, so a field
// the member did not share is absent everywhere (not null: absent). Pure.

export type CredentialFact = {
  code: string;
  name: string;
  issuer: string;
  custom: boolean;
  status: HeldStatus | null;
  dueDate: string | null;
};

/** Everything the server read about one member; `memberView` decides what of it leaves. */
export type MemberFacts = {
  memberId: string;
  name: string;
  role: TeamRole;
  share: ShareLevel[];
  joinedOn: string;
  position: { id: string; name: string; requires: string[][] } | null;
  credentials: CredentialFact[];
  progress: ProgressFact[];
  entries: PolicyEntry[];
  certificates: { entryId: string; title: string; date: string; filename: string }[];
};

export type RosterCredential = CredentialFact & {
  /** Every figure is the member's own record, not a check with the issuing body. */
  selfReported: true;
  verify: { url: string | null; note: string };
};

type ShownProgress = Pick<
  ComplianceItem,
  "body" | "credentials" | "cycle" | "cycleStart" | "cycleEnd" | "dueDate" | "required" | "earned" | "remaining" | "met"
>;

/** What the roster keeps of a compliance item: the figures it shows and the digest's stage dates, not the entries
 * behind them. */
export type ProgressFact = ShownProgress & Pick<ComplianceItem, "graceEnds" | "lateFeeEnds" | "revokedOn">;

export type RosterProgress = ShownProgress & { selfReported: true };

/** Only the fields a roster shows, whatever else the item carries. */
const shownProgress = (i: ShownProgress): ShownProgress => ({
  body: i.body,
  credentials: i.credentials,
  cycle: i.cycle,
  cycleStart: i.cycleStart,
  cycleEnd: i.cycleEnd,
  dueDate: i.dueDate,
  required: i.required,
  earned: i.earned,
  remaining: i.remaining,
  met: i.met,
});

export const progressFact = (i: ProgressFact): ProgressFact => ({
  ...shownProgress(i),
  graceEnds: i.graceEnds,
  lateFeeEnds: i.lateFeeEnds,
  revokedOn: i.revokedOn,
});

export type RosterMember = {
  memberId: string;
  name: string;
  role: TeamRole;
  position: { id: string; name: string } | null;
  share: ShareLevel[];
  coverage?: Coverage;
  credentials?: RosterCredential[];
  progress?: RosterProgress[];
  policy?: PolicyProgress;
  certificates?: MemberFacts["certificates"];
};

/** Share levels a field needs: `progress` and `certificates` each include the status (see validation.ts). */
export const shows = {
  status: (share: ShareLevel[]) => share.length > 0,
  progress: (share: ShareLevel[]) => share.includes("progress"),
  certificates: (share: ShareLevel[]) => share.includes("certificates"),
};

// No issuing body's verification page is on file in HIM Pathways (neither REFERENCE.md nor the catalog gives one),
// so the link goes where the team's owner says the employer checks that body, else to the credential's page here
// (which names the body and its sources), and the note says which.
function verifyLink(c: CredentialFact, links: VerifyLinks): RosterCredential["verify"] {
  if (c.custom) return { url: null, note: `Verify with ${c.issuer} directly: the member entered this credential.` };
  const own = links[c.issuer];
  if (own) return { url: own, note: `Verify on ${c.issuer}'s page your team's owner chose.` };
  return {
    url: `/credentials/${encodeURIComponent(c.code)}`,
    note: `No ${c.issuer} verification page is on file: verify with ${c.issuer} directly.`,
  };
}

export function memberView(
  f: MemberFacts,
  ctx: { asOf: string; policy: CePolicy | null; verifyLinks: VerifyLinks; withCertificates?: boolean },
): RosterMember {
  const row: RosterMember = {
    memberId: f.memberId,
    name: f.name,
    role: f.role,
    position: f.position ? { id: f.position.id, name: f.position.name } : null,
    share: f.share,
  };
  if (shows.status(f.share)) {
    row.credentials = f.credentials.map((c) => ({
      ...c,
      selfReported: true,
      verify: verifyLink(c, ctx.verifyLinks),
    }));
    if (f.position) row.coverage = coverage(f.position.requires, f.credentials, ctx.asOf);
  }
  if (shows.progress(f.share)) {
    row.progress = f.progress.map((i) => ({ ...shownProgress(i), selfReported: true }));
    if (hasPolicy(ctx.policy)) row.policy = policyProgress(ctx.policy, f.entries, f.joinedOn, ctx.asOf);
  }
  if (ctx.withCertificates && shows.certificates(f.share)) row.certificates = f.certificates;
  return row;
}

export type RosterFilter = { lapsingWithin?: number; notCovered?: boolean; inGrace?: boolean };

/** Filters look only at what the member shares: someone who shares nothing never matches a status filter. */
export function matchesFilter(m: RosterMember, filter: RosterFilter, asOf: string): boolean {
  const creds = m.credentials;
  if (filter.lapsingWithin !== undefined && !creds?.some((c) => isLapsing(c, asOf, filter.lapsingWithin!)))
    return false;
  if (filter.notCovered && !(m.coverage && !m.coverage.met)) return false;
  if (filter.inGrace && !creds?.some((c) => c.status === "grace" || c.status === "late_fee")) return false;
  return true;
}

export type RosterSort = "name" | "due" | "coverage";

const earliestDue = (m: RosterMember) =>
  m.credentials
    ?.map((c) => c.dueDate)
    .filter((d): d is string => d !== null)
    .sort()[0] ?? "9999-12-31";
const coverageRank = (m: RosterMember) => (!m.coverage ? 2 : m.coverage.met ? (m.coverage.lapsing.length ? 1 : 3) : 0);

export function sortRoster(list: RosterMember[], by: RosterSort): RosterMember[] {
  const byName = (a: RosterMember, b: RosterMember) => a.name.localeCompare(b.name);
  const cmp: Record<RosterSort, (a: RosterMember, b: RosterMember) => number> = {
    name: byName,
    due: (a, b) => earliestDue(a).localeCompare(earliestDue(b)) || byName(a, b),
    coverage: (a, b) => coverageRank(a) - coverageRank(b) || byName(a, b),
  };
  return [...list].sort(cmp[by]);
}
