import "server-only";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation, parseOrThrow } from "@/lib/errors";
import { heldCredentialPatchSchema, heldCredentialSchema } from "@/lib/credentials/validation";
import { todayIso } from "@/lib/dates";
import { getCompliance } from "@/lib/credentials/compliance-queries";
import { listHeld, type HeldView } from "@/lib/credentials/held-queries";

// Adding, changing and removing the credentials a user holds. Every write is scoped to the user; a record of
// another user's is "not found".

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const notFound = () => new AppError("not_found", "No such credential on your record.");

function notInFuture(path: string, iso: string | null | undefined, today: string) {
  if (iso && iso > today)
    throw AppError.validation([{ path, message: `A date after today (${today}) cannot be used here.` }]);
}

export async function addHeldCredential(userId: string, input: unknown, today = todayIso()): Promise<HeldView> {
  const v = parseOrThrow(heldCredentialSchema, input);
  notInFuture("earnedOn", v.earnedOn, today);
  const credential = await db.credential.findUnique({
    where: { code: v.code },
    select: { id: true, hasApprenticeStatus: true },
  });
  if (!credential)
    throw AppError.validation([{ path: "code", message: `No credential "${v.code}": choose one from the catalog.` }]);
  if (v.apprentice && !credential.hasApprenticeStatus) {
    throw AppError.validation([
      { path: "apprentice", message: `${v.code} has no apprentice status (only CPC and COC do).` },
    ]);
  }
  try {
    const row = await db.heldCredential.create({
      data: {
        userId,
        credentialId: credential.id,
        earnedOn: date(v.earnedOn),
        certificateNumber: v.certificateNumber,
        apprentice: v.apprentice,
        cycleStart: v.cycleStart ? date(v.cycleStart) : null,
        cycleEnd: v.cycleEnd ? date(v.cycleEnd) : null,
      },
      select: { id: true },
    });
    return (await listHeld(userId)).find((h) => h.id === row.id)!;
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError("conflict", `${v.code} is already on your record; edit it instead.`, [
        { path: "code", message: "Already on your record." },
      ]);
    }
    throw err;
  }
}

export async function updateHeldCredential(
  userId: string,
  id: string,
  input: unknown,
  today = todayIso(),
): Promise<HeldView> {
  const v = parseOrThrow(heldCredentialPatchSchema, input);
  notInFuture("earnedOn", v.earnedOn, today);
  const current = (await listHeld(userId)).find((h) => h.id === id);
  if (!current) throw notFound();
  if (v.apprentice && !current.hasApprenticeStatus) {
    throw AppError.validation([
      { path: "apprentice", message: `${current.code} has no apprentice status (only CPC and COC do).` },
    ]);
  }
  const start = v.cycleStart === undefined ? current.cycleStart : v.cycleStart;
  const end = v.cycleEnd === undefined ? current.cycleEnd : v.cycleEnd;
  if (Boolean(start) !== Boolean(end)) {
    throw AppError.validation([
      {
        path: start ? "cycleEnd" : "cycleStart",
        message: "Give both cycle dates, or neither to use the body's rules.",
      },
    ]);
  }
  if (start && end && start >= end)
    throw AppError.validation([{ path: "cycleEnd", message: "The cycle must end after it starts." }]);
  const cycles = await cycleFields(userId, current.code, v, today);
  const { count } = await db.heldCredential.updateMany({
    where: { id, userId, version: v.version ?? current.version },
    data: {
      earnedOn: v.earnedOn ? date(v.earnedOn) : undefined,
      certificateNumber: v.certificateNumber === undefined ? undefined : v.certificateNumber,
      apprentice: v.apprentice,
      cycleStart: start ? date(start) : null,
      cycleEnd: end ? date(end) : null,
      ...cycles,
      version: { increment: 1 },
    },
  });
  if (count === 0)
    throw new AppError("conflict", "This credential was changed elsewhere; reload and try again.", [
      { path: "version", message: "Stale version." },
    ]);
  return (await listHeld(userId)).find((h) => h.id === id)!;
}

/**
 * The per-cycle figures a PATCH may set, checked against the credential's own cycles: a figure from the body's
 * tracker belongs to the current cycle; a reported cycle must be one HIM Pathways shows (current or previous).
 */
async function cycleFields(
  userId: string,
  code: string,
  v: { requiredOverride?: number | null; reported?: { cycleEnd: string; reportedOn: string }[] },
  today: string,
) {
  if (v.requiredOverride === undefined && v.reported === undefined) return {};
  const { items, held } = await getCompliance(userId, { asOf: today });
  const mine = items.filter((i) => i.credentials.includes(code));
  const currentEnd = mine.find((i) => i.cycle === "current")?.cycleEnd;
  const fields: Record<string, unknown> = {};
  if (v.requiredOverride !== undefined) {
    if (v.requiredOverride !== null && !currentEnd) {
      throw AppError.validation([{ path: "requiredOverride", message: `${code} has no cycle tracked here.` }]);
    }
    fields.requiredOverride = v.requiredOverride;
    fields.requiredOverrideCycleEnd = v.requiredOverride === null ? null : date(currentEnd!);
  }
  if (v.reported !== undefined) {
    const known = new Set([
      ...mine.map((i) => i.cycleEnd),
      ...(held.find((h) => h.code === code)?.reported ?? []).map((r) => r.cycleEnd),
    ]);
    v.reported.forEach((r, i) => {
      if (!known.has(r.cycleEnd)) {
        const ends = [...new Set(mine.map((m) => m.cycleEnd))].join(" or ");
        throw AppError.validation([
          {
            path: `reported.${i}.cycleEnd`,
            message: `No ${code} cycle ends on ${r.cycleEnd}; its cycles here end on ${ends}.`,
          },
        ]);
      }
      if (r.reportedOn > today) {
        throw AppError.validation([
          { path: `reported.${i}.reportedOn`, message: `A date after today (${today}) cannot be used here.` },
        ]);
      }
    });
    fields.reportedCycles = v.reported;
  }
  return fields;
}

export async function removeHeldCredential(userId: string, id: string): Promise<void> {
  const { count } = await db.heldCredential.deleteMany({ where: { id, userId } });
  if (count === 0) throw notFound();
}
