import { db } from "@/lib/db";
import { isoOf, isoOrNull } from "@/lib/dates";

export type HeldView = {
  id: string;
  code: string;
  name: string;
  body: string;
  earnedOn: string;
  certificateNumber: string | null;
  apprentice: boolean;
  hasApprenticeStatus: boolean;
  cycleStart: string | null;
  cycleEnd: string | null;
  ceuRequired: number | null;
  version: number;
  /** The day it was added to the record here. */
  trackedSince: string;
};

/** The user's own held credentials (owner filter in the query), oldest first. */
export async function listHeld(userId: string): Promise<HeldView[]> {
  const rows = await db.heldCredential.findMany({
    where: { userId },
    orderBy: [{ earnedOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      earnedOn: true,
      certificateNumber: true,
      apprentice: true,
      cycleStart: true,
      cycleEnd: true,
      version: true,
      createdAt: true,
      credential: {
        select: {
          code: true,
          name: true,
          ceuRequired: true,
          hasApprenticeStatus: true,
          body: { select: { code: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    code: r.credential.code,
    name: r.credential.name,
    body: r.credential.body.code,
    earnedOn: isoOf(r.earnedOn),
    certificateNumber: r.certificateNumber,
    apprentice: r.apprentice,
    hasApprenticeStatus: r.credential.hasApprenticeStatus,
    cycleStart: isoOrNull(r.cycleStart),
    cycleEnd: isoOrNull(r.cycleEnd),
    ceuRequired: r.credential.ceuRequired,
    version: r.version,
    trackedSince: isoOf(r.createdAt),
  }));
}
