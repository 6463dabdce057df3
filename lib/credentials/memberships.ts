import "server-only";
import { z } from "zod";
import { recordDateSchema } from "@/lib/credentials/validation";
import { db } from "@/lib/db";
import { isoOf } from "@/lib/dates";
import { AppError, parseOrThrow } from "@/lib/errors";

// A person's memberships of the issuing bodies. AAPC's CEU cycles follow the membership expiration date, so this
// one date moves every AAPC due date the app shows; the other bodies keep it for the person's own record.

export type MembershipView = { body: string; membershipExpires: string; memberId: string | null };

export const membershipSchema = z
  .object({
    membershipExpires: recordDateSchema,
    memberId: z
      .string()
      .trim()
      .max(40, "A member ID has at most 40 characters.")
      .nullable()
      .optional()
      .transform((s) => (s ? s : null)),
  })
  .strict();

const bodyCodeSchema = z
  .string()
  .trim()
  .max(20)
  .transform((c) => c.toUpperCase());

export async function listMemberships(userId: string): Promise<MembershipView[]> {
  const rows = await db.bodyMembership.findMany({
    where: { userId },
    orderBy: { body: { code: "asc" } },
    select: { membershipExpires: true, memberId: true, body: { select: { code: true } } },
  });
  return rows.map((r) => ({ body: r.body.code, membershipExpires: isoOf(r.membershipExpires), memberId: r.memberId }));
}

/** Membership expiration dates by body code, as the compliance engine takes them. */
export async function membershipDates(userId: string): Promise<Record<string, string>> {
  return Object.fromEntries((await listMemberships(userId)).map((m) => [m.body, m.membershipExpires]));
}

/** A body one can be a member of: one that issues certifications (not the state boards behind licences). */
async function requireBody(raw: string): Promise<{ id: string; code: string }> {
  const code = parseOrThrow(bodyCodeSchema, raw);
  const body = await db.issuingBody.findFirst({
    where: { code, credentials: { some: { kind: "certification" } } },
    select: { id: true, code: true },
  });
  if (!body) {
    const known = await db.issuingBody.findMany({
      where: { credentials: { some: { kind: "certification" } } },
      select: { code: true },
      orderBy: { code: "asc" },
    });
    throw AppError.validation([
      { path: "body", message: `No issuing body "${code}". Use one of: ${known.map((b) => b.code).join(", ")}.` },
    ]);
  }
  return body;
}

export async function setMembership(userId: string, bodyCode: string, input: unknown): Promise<MembershipView> {
  const body = await requireBody(bodyCode);
  const v = parseOrThrow(membershipSchema, input);
  const data = { membershipExpires: new Date(`${v.membershipExpires}T00:00:00Z`), memberId: v.memberId };
  await db.bodyMembership.upsert({
    where: { userId_bodyId: { userId, bodyId: body.id } },
    create: { userId, bodyId: body.id, ...data },
    update: data,
  });
  return { body: body.code, membershipExpires: v.membershipExpires, memberId: v.memberId };
}

export async function removeMembership(userId: string, bodyCode: string): Promise<void> {
  const body = await requireBody(bodyCode);
  const { count } = await db.bodyMembership.deleteMany({ where: { userId, bodyId: body.id } });
  if (count === 0) throw new AppError("not_found", `No ${body.code} membership on your record.`);
}

/** The bodies one can be a member of, AAPC first (its membership sets the CEU due dates). */
export async function listMembershipBodies(): Promise<{ code: string; name: string }[]> {
  const bodies = await db.issuingBody.findMany({
    where: { credentials: { some: { kind: "certification" } } },
    select: { code: true, name: true },
    orderBy: { code: "asc" },
  });
  return bodies.sort((a, b) => Number(b.code === "AAPC") - Number(a.code === "AAPC"));
}
