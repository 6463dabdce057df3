import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { ReportedCycle } from "@/lib/credentials/compliance-types";
import { db } from "@/lib/db";
import { isoOf, isoOrNull } from "@/lib/dates";

const reportedCyclesSchema = z.array(z.object({ cycleEnd: z.string(), reportedOn: z.string() }));

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
  /** Catalog codes this credential replaces once granted (an RHIA replaces the RHIT). */
  replaces: string[];
  /** The CEUs the body's own tracker shows for the cycle ending `cycleEnd`, as the person entered them. */
  requiredOverride: { cycleEnd: string; ceus: number } | null;
  /** Cycles the person reported to the body outside HIM Pathways. */
  reported: ReportedCycle[];
  version: number;
  /** The day it was added to the record here. */
  trackedSince: string;
};

export const heldSelect = {
  id: true,
  earnedOn: true,
  certificateNumber: true,
  apprentice: true,
  cycleStart: true,
  cycleEnd: true,
  requiredOverride: true,
  requiredOverrideCycleEnd: true,
  reportedCycles: true,
  version: true,
  createdAt: true,
  credential: {
    select: {
      code: true,
      name: true,
      ceuRequired: true,
      hasApprenticeStatus: true,
      replacesCodes: true,
      body: { select: { code: true } },
    },
  },
} as const;
type HeldRow = Prisma.HeldCredentialGetPayload<{ select: typeof heldSelect }>;

export const toHeldView = (r: HeldRow): HeldView => ({
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
  replaces: r.credential.replacesCodes,
  requiredOverride:
    r.requiredOverride !== null && r.requiredOverrideCycleEnd
      ? { cycleEnd: isoOf(r.requiredOverrideCycleEnd), ceus: r.requiredOverride }
      : null,
  reported: reportedCyclesSchema.parse(r.reportedCycles),
  version: r.version,
  trackedSince: isoOf(r.createdAt),
});

/** The user's own held credentials (owner filter in the query), oldest first. */
export async function listHeld(userId: string): Promise<HeldView[]> {
  const rows = await db.heldCredential.findMany({
    where: { userId },
    orderBy: [{ earnedOn: "asc" }, { createdAt: "asc" }],
    select: heldSelect,
  });
  return rows.map(toHeldView);
}
