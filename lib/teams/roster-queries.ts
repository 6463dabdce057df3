import "server-only";
import { keptCompliance, readLedgerStamps, type LedgerStamp } from "@/lib/credentials/compliance-cache";
import type { EntryInput, RuleSetInput } from "@/lib/credentials/compliance-types";
import { customSelect, toCustomView } from "@/lib/credentials/custom-credentials";
import { heldSelect, toHeldView } from "@/lib/credentials/held-queries";
import { judgeRecords } from "@/lib/credentials/judge-records";
import { getRuleSets } from "@/lib/credentials/rule-set-queries";
import { db } from "@/lib/db";
import { isoOf, todayIso } from "@/lib/dates";
import { parseRequires } from "@/lib/teams/positions";
import { hasPolicy, policyEntriesIn, policyWindowStart, type PolicyEntry } from "@/lib/teams/policy";
import { entriesOf, policyEntriesOf } from "@/lib/teams/roster-entries";
import { progressFact, type CredentialFact, type MemberFacts, type ProgressFact } from "@/lib/teams/roster";
import type { CePolicy, ShareLevel } from "@/lib/teams/validation";

// What the server reads to build a roster, in a fixed number of queries whatever the team's size (one per kind of
// row, for every sharing member at once; never a query per member). Only members who share something have their
// credentials and CEU log read at all, and only when no compliance answer is kept for their current ledger version;
// policy entries only for members who share progress (cut from the whole log when it is read anyway); certificate
// names only for those who share certificates, and only when asked.

/** The roster judges "due soon" on one window for everyone (the widest filter), not each member's own setting. */
export const ROSTER_DUE_SOON_DAYS = 90;

const group = <T extends { userId: string }>(rows: T[]) => {
  const by = new Map<string, T[]>();
  for (const r of rows) {
    const list = by.get(r.userId);
    if (list) list.push(r);
    else by.set(r.userId, [r]);
  }
  return by;
};

/** What a member's own records give the roster: their credentials' status and the compliance items. */
type Ledger = { credentials: CredentialFact[]; progress: ProgressFact[] };

export async function loadMemberFacts(
  teamId: string,
  opts: { asOf?: string; memberId?: string; withCertificates?: boolean; policy: CePolicy | null },
): Promise<MemberFacts[]> {
  const asOf = opts.asOf ?? todayIso();
  const members = await db.teamMember.findMany({
    where: { teamId, ...(opts.memberId ? { id: opts.memberId } : {}) },
    orderBy: { user: { name: "asc" } },
    select: {
      id: true,
      userId: true,
      role: true,
      share: true,
      joinedAt: true,
      user: { select: { name: true } },
      position: { select: { id: true, name: true, requires: true } },
    },
  });
  const sharing = members.filter((m) => m.share.length > 0).map((m) => m.userId);
  const certUsers = opts.withCertificates
    ? members.filter((m) => m.share.includes("certificates")).map((m) => m.userId)
    : [];
  // The stamps are read before any of the data, so a kept answer is never older than the version it is kept under.
  const [stamps, ruleSets] = await Promise.all([readLedgerStamps(sharing), getRuleSets()]);
  const ledgers = ledgersOf(sharing, stamps, ruleSets, asOf);
  const [answers, policyEntries, certificates] = await Promise.all([
    ledgers.answers,
    memberPolicyEntries(members, opts.policy, asOf, ledgers),
    certUsers.length
      ? db.ceuCertificate.findMany({
          where: { userId: { in: certUsers } },
          orderBy: { entry: { date: "desc" } },
          select: { userId: true, entryId: true, filename: true, entry: { select: { title: true, date: true } } },
        })
      : Promise.resolve([]),
  ]);
  const certBy = group(certificates);

  return members.map((m) => {
    const base = {
      memberId: m.id,
      name: m.user.name,
      role: m.role,
      share: m.share as ShareLevel[],
      joinedOn: isoOf(m.joinedAt),
      position: m.position
        ? { id: m.position.id, name: m.position.name, requires: parseRequires(m.position.requires) }
        : null,
    };
    const ledger = answers.get(m.userId);
    if (m.share.length === 0 || !ledger)
      return { ...base, credentials: [], progress: [], entries: [], certificates: [] };
    return {
      ...base,
      credentials: ledger.credentials,
      progress: ledger.progress,
      entries: policyEntries.get(m.userId) ?? [],
      certificates: (certBy.get(m.userId) ?? []).map((x) => ({
        entryId: x.entryId,
        title: x.entry.title,
        date: isoOf(x.entry.date),
        filename: x.filename,
      })),
    };
  });
}

/**
 * Each member's credentials and compliance, kept per person like their own compliance page's
 * (lib/credentials/compliance-cache.ts, under its own variant: the roster's due-soon window and day). Only the
 * members with no answer kept for their current ledger version are read — in one query per kind of row for all of
 * them — and computed; a member's write bumps their version, so the next roster recomputes just that member.
 * `computing` names them (known at once), and `logs` gives their whole CEU logs once read.
 */
function ledgersOf(userIds: string[], stamps: Map<string, LedgerStamp>, ruleSets: RuleSetInput[], asOf: string) {
  const variant = `team-roster|${asOf}|${ROSTER_DUE_SOON_DAYS}`;
  const missing: string[] = [];
  let settle!: { resolve: (v: Map<string, Ledger>) => void; reject: (e: unknown) => void };
  const batch = new Promise<Map<string, Ledger>>((resolve, reject) => (settle = { resolve, reject }));
  const fromBatch = (userId: string) => {
    missing.push(userId);
    return batch.then((b) => b.get(userId)!);
  };
  // keptCompliance calls back at once when nothing is kept, so `missing` is complete after this line.
  const answers = userIds.map((userId) => {
    const stamp = stamps.get(userId);
    // An account deleted since the members were read: nothing to keep.
    if (!stamp) return fromBatch(userId);
    return keptCompliance(userId, variant, stamp, ruleSets, () => fromBatch(userId));
  });
  const computed = computeLedgers(missing, ruleSets, asOf);
  computed.then((c) => settle.resolve(c.ledgers), settle.reject);
  return {
    computing: new Set(missing),
    // Asked for only when there is a policy, so a failed read is never left unheard.
    logs: () => computed.then((c) => c.logs),
    answers: Promise.all(answers).then((list) => new Map(userIds.map((u, i) => [u, list[i]!]))),
  };
}

/**
 * The entries the team's policy judges, for each member who shares progress: cut from the whole log where the
 * roster reads it to compute compliance, read (inside the window only) for the others.
 */
async function memberPolicyEntries(
  members: { userId: string; share: string[]; joinedAt: Date }[],
  policy: CePolicy | null,
  asOf: string,
  ledgers: ReturnType<typeof ledgersOf>,
): Promise<Map<string, PolicyEntry[]>> {
  const out = new Map<string, PolicyEntry[]>();
  if (!hasPolicy(policy)) return out;
  const from = policyWindowStart(policy, asOf);
  const sharing = members
    .filter((m) => m.share.includes("progress"))
    .map((m) => ({ userId: m.userId, joinedOn: isoOf(m.joinedAt) }));
  const [read, logs] = await Promise.all([
    policyEntriesOf(
      sharing.filter((m) => !ledgers.computing.has(m.userId)),
      policy,
      asOf,
    ),
    ledgers.logs(),
  ]);
  for (const m of sharing) {
    const log = logs.get(m.userId);
    out.set(m.userId, log ? policyEntriesIn(log, from(m.joinedOn), asOf) : (read.get(m.userId) ?? []));
  }
  return out;
}

/** Reads the members' own rows, one query per kind for all of them, and judges each member's records. */
async function computeLedgers(userIds: string[], ruleSets: RuleSetInput[], asOf: string) {
  const ledgers = new Map<string, Ledger>();
  if (userIds.length === 0) return { ledgers, logs: new Map<string, EntryInput[]>() };
  const inUsers = { userId: { in: userIds } };
  const [held, custom, memberships, logs] = await Promise.all([
    db.heldCredential.findMany({
      where: inUsers,
      orderBy: [{ earnedOn: "asc" }, { createdAt: "asc" }],
      select: { ...heldSelect, userId: true },
    }),
    db.customCredential.findMany({
      where: inUsers,
      orderBy: { earnedOn: "asc" },
      select: { ...customSelect, userId: true },
    }),
    db.bodyMembership.findMany({
      where: inUsers,
      select: { userId: true, membershipExpires: true, body: { select: { code: true } } },
    }),
    entriesOf(userIds),
  ]);
  const heldBy = group(held.map((r) => ({ userId: r.userId, view: toHeldView(r) })));
  const customBy = group(custom.map((r) => ({ userId: r.userId, view: toCustomView(r) })));
  const memberBy = group(memberships);
  for (const userId of userIds) {
    const judged = judgeRecords(
      {
        held: (heldBy.get(userId) ?? []).map((x) => x.view),
        custom: (customBy.get(userId) ?? []).map((x) => x.view),
        entries: logs.get(userId) ?? [],
        memberships: Object.fromEntries(
          (memberBy.get(userId) ?? []).map((x) => [x.body.code, isoOf(x.membershipExpires)]),
        ),
      },
      ruleSets,
      { asOf, dueSoonDays: ROSTER_DUE_SOON_DAYS },
    );
    const credentials: CredentialFact[] = [
      ...judged.held.map((x) => ({ code: x.code, name: x.name, issuer: x.body, custom: false, ...pick(x) })),
      ...judged.custom.map((x) => ({ code: x.code, name: x.name, issuer: x.issuer, custom: true, ...pick(x) })),
    ].filter((x) => judged.heldOnDay.has(x.code));
    ledgers.set(userId, { credentials, progress: judged.items.map(progressFact) });
  }
  return { ledgers, logs };
}

const pick = (s: { status: CredentialFact["status"]; dueDate: string | null }) => ({
  status: s.status,
  dueDate: s.dueDate,
});
