import "server-only";
import { compliance } from "@/lib/credentials/compliance";
import { customInput, heldInput, statusFields } from "@/lib/credentials/compliance-queries";
import type { EntryInput } from "@/lib/credentials/compliance-types";
import { customSelect, toCustomView, type CustomCredentialView } from "@/lib/credentials/custom-credentials";
import { heldSelect, toHeldView, type HeldView } from "@/lib/credentials/held-queries";
import { getRuleSets } from "@/lib/credentials/rule-set-queries";
import { db } from "@/lib/db";
import { isoOf, todayIso } from "@/lib/dates";
import { parseRequires } from "@/lib/teams/positions";
import type { MemberFacts } from "@/lib/teams/roster";
import type { ShareLevel } from "@/lib/teams/validation";

// What the server reads to build a roster, in a fixed number of queries whatever the team's size (one per kind of
// row, for every sharing member at once; never a query per member). Only members who share something have their
// credentials and CEU log read at all; certificate names only for those who share certificates, and only when asked.

/** The roster judges "due soon" on one window for everyone (the widest filter), not each member's own setting. */
export const ROSTER_DUE_SOON_DAYS = 90;

const group = <T extends { userId: string }>(rows: T[]) => {
  const by = new Map<string, T[]>();
  for (const r of rows) by.set(r.userId, [...(by.get(r.userId) ?? []), r]);
  return by;
};

export async function loadMemberFacts(
  teamId: string,
  opts: { asOf?: string; memberId?: string; withCertificates?: boolean } = {},
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
  const inUsers = { userId: { in: sharing } };
  const [held, custom, memberships, entries, certificates, ruleSets] = await Promise.all([
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
    db.ceuEntry.findMany({
      where: inUsers,
      select: {
        userId: true,
        id: true,
        title: true,
        date: true,
        ceus: true,
        topics: true,
        hiimDomain: true,
        source: true,
        externalBody: true,
        appliesTo: true,
      },
    }),
    certUsers.length
      ? db.ceuCertificate.findMany({
          where: { userId: { in: certUsers } },
          orderBy: { entry: { date: "desc" } },
          select: { userId: true, entryId: true, filename: true, entry: { select: { title: true, date: true } } },
        })
      : Promise.resolve([]),
    getRuleSets(),
  ]);
  const heldBy = group(held.map((r) => ({ userId: r.userId, view: toHeldView(r) })));
  const customBy = group(custom.map((r) => ({ userId: r.userId, view: toCustomView(r) })));
  const memberBy = group(memberships);
  const entryBy = group(entries);
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
    if (m.share.length === 0) return { ...base, credentials: [], progress: [], entries: [], certificates: [] };
    const h: HeldView[] = (heldBy.get(m.userId) ?? []).map((x) => x.view);
    const c: CustomCredentialView[] = (customBy.get(m.userId) ?? []).map((x) => x.view);
    const es: EntryInput[] = (entryBy.get(m.userId) ?? []).map((r) => ({
      id: r.id,
      title: r.title,
      date: isoOf(r.date),
      ceus: r.ceus.toNumber(),
      topics: r.topics,
      hiimDomain: r.hiimDomain,
      source: r.source,
      externalBody: r.externalBody,
      appliesTo: r.appliesTo,
    }));
    const dates = Object.fromEntries(
      (memberBy.get(m.userId) ?? []).map((x) => [x.body.code, isoOf(x.membershipExpires)]),
    );
    const inputs = [...h.map(heldInput), ...c.map(customInput)].filter((x) => x.earnedOn <= asOf);
    const items = compliance(inputs, es, ruleSets, { asOf, dueSoonDays: ROSTER_DUE_SOON_DAYS, memberships: dates });
    const credentials = [
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
    return {
      ...base,
      credentials,
      progress: items,
      entries: es.map((e) => ({ date: e.date, ceus: e.ceus, topics: e.topics })),
      certificates: (certBy.get(m.userId) ?? []).map((x) => ({
        entryId: x.entryId,
        title: x.entry.title,
        date: isoOf(x.entry.date),
        filename: x.filename,
      })),
    };
  });
}

const pick = (s: ReturnType<typeof statusFields>) => ({ status: s.status, dueDate: s.dueDate });
