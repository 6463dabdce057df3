import "server-only";
import { compliance } from "@/lib/credentials/compliance";
import { customInput, heldInput, statusFields } from "@/lib/credentials/compliance-queries";
import type { EntryInput } from "@/lib/credentials/compliance-types";
import { customSelect, toCustomView, type CustomCredentialView } from "@/lib/credentials/custom-credentials";
import { heldSelect, toHeldView, type HeldView } from "@/lib/credentials/held-queries";
import { getRuleSets } from "@/lib/credentials/rule-set-queries";
import { db } from "@/lib/db";
import { isoOf, todayIso } from "@/lib/dates";
import type { CeuSource } from "@/lib/credentials/rule-set-schema";
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
  for (const r of rows) {
    const list = by.get(r.userId);
    if (list) list.push(r);
    else by.set(r.userId, [r]);
  }
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
    entriesOf(sharing),
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
    const es: EntryInput[] = entries.get(m.userId) ?? [];
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

/**
 * Every sharing member's CEU entries in one query, as one tab-separated text built by the database: at 200 members ×
 * 200 entries this is several times faster than 40,000 rows mapped one by one by Prisma (on both engines), and it
 * reads only what the engine uses (no titles, notes or providers). No field can hold a tab, a newline or a comma:
 * ids are UUIDs, dates and numbers are formatted here, topics and sources come from fixed lists and credential codes
 * are letters, digits and dashes (all validated when written); a line of any other shape is refused.
 */
async function entriesOf(userIds: string[]): Promise<Map<string, EntryInput[]>> {
  const by = new Map<string, EntryInput[]>();
  if (userIds.length === 0) return by;
  const [row] = await db.$queryRaw<{ t: string | null }[]>`
    SELECT string_agg(concat_ws(E'\t', "userId", id, to_char(date, 'YYYY-MM-DD'), ceus::text,
                                array_to_string(topics, ','), "hiimDomain"::text, source::text,
                                "externalBody"::text, array_to_string("appliesTo", ',')), E'\n') AS t
    FROM "CeuEntry" WHERE "userId" = ANY(${userIds})`;
  const list = (s: string) => (s ? s.split(",") : []);
  for (const line of row?.t ? row.t.split("\n") : []) {
    const f = line.split("\t");
    if (f.length !== 9) throw new Error("A CEU entry row had an unexpected shape.");
    const entry: EntryInput = {
      id: f[1]!,
      title: "",
      date: f[2]!,
      ceus: Number(f[3]),
      topics: list(f[4]!),
      hiimDomain: f[5] === "true",
      source: f[6] as CeuSource,
      externalBody: f[7] === "true",
      appliesTo: list(f[8]!),
    };
    const mine = by.get(f[0]!);
    if (mine) mine.push(entry);
    else by.set(f[0]!, [entry]);
  }
  return by;
}
