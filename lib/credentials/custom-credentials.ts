import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { customCredentialPatchSchema, customCredentialSchema } from "@/lib/credentials/validation";
import { db } from "@/lib/db";
import { isoOf, isoOrNull, todayIso } from "@/lib/dates";
import { AppError, isUniqueViolation, parseOrThrow } from "@/lib/errors";

// Credentials from issuers the catalog does not have (HCCA CHC, IAPP CIPP/US, NAHQ CPHQ, HFMA CRCR, state
// licences), with the renewal rules the person entered. Each gets a code of its own ("U-" and six characters) so
// CEU entries can be set to count toward it. Every read and write is scoped to the owner.

export type CustomCredentialView = {
  id: string;
  code: string;
  name: string;
  issuer: string;
  earnedOn: string;
  cycleMonths: number;
  requiredCeus: number;
  cycleEnd: string | null;
  topicMinimums: { topic: string; ceus: number }[];
  version: number;
  trackedSince: string;
};

const storedMinimums = z.array(z.object({ topic: z.string(), ceus: z.number() }));
export const customSelect = {
  id: true,
  code: true,
  name: true,
  issuer: true,
  earnedOn: true,
  cycleMonths: true,
  requiredCeus: true,
  cycleEnd: true,
  topicMinimums: true,
  version: true,
  createdAt: true,
} as const;
type Row = Prisma.CustomCredentialGetPayload<{ select: typeof customSelect }>;

export const toCustomView = (r: Row): CustomCredentialView => ({
  id: r.id,
  code: r.code,
  name: r.name,
  issuer: r.issuer,
  earnedOn: isoOf(r.earnedOn),
  cycleMonths: r.cycleMonths,
  requiredCeus: r.requiredCeus.toNumber(),
  cycleEnd: isoOrNull(r.cycleEnd),
  topicMinimums: storedMinimums.parse(r.topicMinimums),
  version: r.version,
  trackedSince: isoOf(r.createdAt),
});

export async function listCustomCredentials(userId: string): Promise<CustomCredentialView[]> {
  const rows = await db.customCredential.findMany({
    where: { userId },
    orderBy: { earnedOn: "asc" },
    select: customSelect,
  });
  return rows.map(toCustomView);
}

export async function getCustomCredential(userId: string, id: string): Promise<CustomCredentialView | null> {
  const row = await db.customCredential.findFirst({ where: { id, userId }, select: customSelect });
  return row ? toCustomView(row) : null;
}

const notFound = () => new AppError("not_found", "No such credential on your record.");
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const newCode = () => `U-${Array.from({ length: 6 }, () => CODE_CHARS[randomInt(CODE_CHARS.length)]).join("")}`;

/** Checks what only makes sense together: dates against today and each other, minimums within the total. */
function checkRules(
  v: { earnedOn: string; cycleEnd?: string | null; requiredCeus: number; topicMinimums?: { ceus: number }[] },
  today: string,
) {
  if (v.earnedOn > today)
    throw AppError.validation([{ path: "earnedOn", message: `A date after today (${today}) cannot be used here.` }]);
  if (v.cycleEnd && v.cycleEnd <= v.earnedOn)
    throw AppError.validation([{ path: "cycleEnd", message: "The cycle must end after the credential was earned." }]);
  const minimums = (v.topicMinimums ?? []).reduce((sum, m) => sum + m.ceus, 0);
  if (minimums > v.requiredCeus + 1e-9)
    throw AppError.validation([
      {
        path: "topicMinimums",
        message: `The topic minimums add up to ${minimums}, more than the ${v.requiredCeus} required.`,
      },
    ]);
}

export async function addCustomCredential(userId: string, input: unknown, today = todayIso()) {
  const v = parseOrThrow(customCredentialSchema, input);
  checkRules(v, today);
  const data = {
    name: v.name,
    issuer: v.issuer,
    earnedOn: date(v.earnedOn),
    cycleMonths: v.cycleMonths,
    requiredCeus: v.requiredCeus,
    cycleEnd: v.cycleEnd ? date(v.cycleEnd) : null,
    topicMinimums: v.topicMinimums ?? [],
  };
  // A clash of random codes within one person's record is rare; try again with another.
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await db.customCredential.create({
        data: { userId, code: newCode(), ...data },
        select: customSelect,
      });
      return toCustomView(row);
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 4) throw err;
    }
  }
}

export async function updateCustomCredential(userId: string, id: string, input: unknown, today = todayIso()) {
  const patch = parseOrThrow(customCredentialPatchSchema, input);
  const current = await getCustomCredential(userId, id);
  if (!current) throw notFound();
  const merged = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  checkRules(merged, today);
  const { count } = await db.customCredential.updateMany({
    where: { id, userId, version: patch.version ?? current.version },
    data: {
      name: patch.name,
      issuer: patch.issuer,
      earnedOn: patch.earnedOn ? date(patch.earnedOn) : undefined,
      cycleMonths: patch.cycleMonths,
      requiredCeus: patch.requiredCeus,
      cycleEnd: patch.cycleEnd === undefined ? undefined : patch.cycleEnd ? date(patch.cycleEnd) : null,
      topicMinimums: patch.topicMinimums,
      version: { increment: 1 },
    },
  });
  if (count === 0)
    throw new AppError("conflict", "This credential was changed elsewhere; reload and try again.", [
      { path: "version", message: "Stale version." },
    ]);
  return (await getCustomCredential(userId, id))!;
}

/** Removes it, and its code from the entries that were set to count toward it (they count anywhere again). */
export async function removeCustomCredential(userId: string, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.customCredential.findFirst({ where: { id, userId }, select: { code: true } });
    if (!row) throw notFound();
    await tx.$executeRaw`UPDATE "CeuEntry" SET "appliesTo" = array_remove("appliesTo", ${row.code})
      WHERE "userId" = ${userId} AND ${row.code} = ANY("appliesTo")`;
    await tx.customCredential.delete({ where: { id } });
  });
}

/** Every code a CEU entry of this person may be set to count toward: the catalog's and their own credentials'. */
export async function countableCodes(userId: string): Promise<Set<string>> {
  const [catalog, own] = await Promise.all([
    db.credential.findMany({ select: { code: true } }),
    db.customCredential.findMany({ where: { userId }, select: { code: true } }),
  ]);
  return new Set([...catalog, ...own].map((c) => c.code));
}
