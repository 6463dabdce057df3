import "server-only";
import { compliance } from "@/lib/credentials/compliance";
import { customInput, heldInput, statusFields } from "@/lib/credentials/compliance-queries";
import { keptCompliance, readLedgerStamps, type LedgerStamp } from "@/lib/credentials/compliance-cache";
import type { ComplianceItem, EntryInput, RuleSetInput } from "@/lib/credentials/compliance-types";
import { customSelect, toCustomView, type CustomCredentialView } from "@/lib/credentials/custom-credentials";
import { heldSelect, toHeldView, type HeldView } from "@/lib/credentials/held-queries";
import { getRuleSets } from "@/lib/credentials/rule-set-queries";
import { db } from "@/lib/db";
import { isoOf, todayIso } from "@/lib/dates";
import { parseRequires } from "@/lib/teams/positions";
import { hasPolicy } from "@/lib/teams/policy";
import { entriesOf, policyEntriesOf } from "@/lib/teams/roster-entries";
import type { CredentialFact, MemberFacts } from "@/lib/teams/roster";
import type { CePolicy, ShareLevel } from "@/lib/teams/validation";

// What the server reads to build a roster, in a fixed number of queries whatever the team's size (one per kind of
// row, for every sharing member at once; never a query per member). Only members who share something have their
// credentials and CEU log read at all, and only when no compliance answer is kept for their current ledger version;
// policy entries only for members who share progress; certificate names only for those who share certificates, and
// only when asked.

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
type Ledger = { credentials: CredentialFact[]; progress: ComplianceItem[] };

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
  // Entries for the team's policy only of members who share progress (the policy is shown at that level).
  const policyUsers = hasPolicy(opts.policy)
    ? members
        .filter((m) => m.share.includes("progress"))
        .map((m) => ({ userId: m.userId, joinedOn: isoOf(m.joinedAt) }))
    : [];
  // The stamps are read before any of the data, so a kept answer is never older than the version it is kept under.
  const [stamps, ruleSets] = await Promise.all([readLedgerStamps(sharing), getRuleSets()]);
  const [ledgers, policyEntries, certificates] = await Promise.all([
    ledgersOf(sharing, stamps, ruleSets, asOf),
    hasPolicy(opts.policy) ? policyEntriesOf(policyUsers, opts.policy, asOf) : Promise.resolve(new Map()),
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
    const ledger = ledgers.get(m.userId);
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
 */
async function ledgersOf(
  userIds: string[],
  stamps: Map<string, LedgerStamp>,
  ruleSets: RuleSetInput[],
  asOf: string,
): Promise<Map<string, Ledger>> {
  const variant = `team-roster|${asOf}|${ROSTER_DUE_SOON_DAYS}`;
  const missing: string[] = [];
  let settle!: { resolve: (v: Map<string, Ledger>) => void; reject: (e: unknown) => void };
  const batch = new Promise<Map<string, Ledger>>((resolve, reject) => (settle = { resolve, reject }));
  const fromBatch = (userId: string) => {
    missing.push(userId);
    return batch.then((b) => b.get(userId)!);
  };
  const answers = userIds.map((userId) => {
    const stamp = stamps.get(userId);
    // An account deleted since the members were read: nothing to keep.
    if (!stamp) return fromBatch(userId);
    return keptCompliance(userId, variant, stamp, ruleSets, () => fromBatch(userId));
  });
  computeLedgers(missing, ruleSets, asOf).then(settle.resolve, settle.reject);
  const list = await Promise.all(answers);
  return new Map(userIds.map((u, i) => [u, list[i]!]));
}

/** Reads the members' own rows, one query per kind for all of them, and runs the compliance engine per member. */
async function computeLedgers(userIds: string[], ruleSets: RuleSetInput[], asOf: string) {
  const out = new Map<string, Ledger>();
  if (userIds.length === 0) return out;
  const inUsers = { userId: { in: userIds } };
  const [held, custom, memberships, entries] = await Promise.all([
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
    const h: HeldView[] = (heldBy.get(userId) ?? []).map((x) => x.view);
    const c: CustomCredentialView[] = (customBy.get(userId) ?? []).map((x) => x.view);
    const es: EntryInput[] = entries.get(userId) ?? [];
    const dates = Object.fromEntries(
      (memberBy.get(userId) ?? []).map((x) => [x.body.code, isoOf(x.membershipExpires)]),
    );
    const inputs = [...h.map(heldInput), ...c.map(customInput)].filter((x) => x.earnedOn <= asOf);
    const items = compliance(inputs, es, ruleSets, { asOf, dueSoonDays: ROSTER_DUE_SOON_DAYS, memberships: dates });
    const credentials: CredentialFact[] = [
      ...h.map((x) => ({
        code: x.code,
        name: x.name,
        issuer: x.body,
        custom: false,
        ...pick(statusFields(items, x.code)),
      })),
      ...c.map((x) => ({
        code: x.code,
        name: x.name,
        issuer: x.issuer,
        custom: true,
        ...pick(statusFields(items, x.code)),
      })),
    ].filter((x) => inputs.some((i) => i.code === x.code));
    out.set(userId, { credentials, progress: items });
  }
  return out;
}

const pick = (s: ReturnType<typeof statusFields>) => ({ status: s.status, dueDate: s.dueDate });
