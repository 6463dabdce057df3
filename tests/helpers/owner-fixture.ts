import { createHash } from "node:crypto";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { attachCertificate } from "@/lib/ceus/certificates";
import { createEntry } from "@/lib/ceus/service";
import { rotateFeedToken } from "@/lib/credentials/calendar-feed";
import { addCustomCredential } from "@/lib/credentials/custom-credentials";
import { addHeldCredential } from "@/lib/credentials/held-service";
import { setMembership } from "@/lib/credentials/memberships";
import { db } from "@/lib/db";
import { createPlan } from "@/lib/plans/service";
import { createShare } from "@/lib/salary/shared-plan";
import { PLAN_REQUEST } from "../fixtures/plan-request";
import { randomId } from "../setup/engine";
import { createTestUser, type TestUser } from "./users";

// A person with something in every table that holds personal data, each piece marked with a secret string that
// must never appear in an answer to anyone else — so a leak, of any field, is caught by one text search.

export type OwnerFixture = TestUser & {
  secret: string;
  heldId: string;
  entryId: string;
  entryVersion: number;
  planId: string;
  planVersion: number;
  feedToken: string;
  customId: string;
  customVersion: number;
  notificationId: string;
  unsubscribeToken: string;
  draftId: string;
  /** Personal API tokens of the owner's: read, read-write, and one already revoked. */
  readToken: string;
  writeToken: string;
  revokedToken: string;
  apiTokenId: string;
  /** The token of the owner's plan's share link. */
  shareToken: string;
};

export async function ownerFixture(): Promise<OwnerFixture> {
  const secret = `secret${randomId()}${randomId()}`;
  const user = await createTestUser(`Owner ${secret}`);
  const held = await addHeldCredential(user.id, {
    code: "CPC",
    earnedOn: "2024-03-01",
    certificateNumber: secret.slice(0, 40),
  });
  const entry = await createEntry(user.id, {
    date: "2025-04-01",
    title: `Course ${secret}`,
    ceus: 2,
    notes: `Notes ${secret}`,
  });
  await attachCertificate(user.id, entry.id, {
    name: `${secret}.pdf`,
    data: new TextEncoder().encode(`%PDF-1.4\n${secret}\n%%EOF\n`),
  });
  const plan = await createPlan(user.id, { name: `Plan ${secret}`, request: PLAN_REQUEST });
  await db.user.update({
    where: { id: user.id },
    // Reminder days of the owner's own, so an answer with them is known to be the owner's.
    data: { currentSalary: 61_234, region: `Region ${secret}`.slice(0, 60), reminderDays: [45, 3] },
  });
  const feedToken = await rotateFeedToken(user.id);
  await setMembership(user.id, "AAPC", { membershipExpires: "2027-03-31", memberId: secret.slice(0, 40) });
  const custom = await addCustomCredential(user.id, {
    name: `Licence ${secret}`,
    issuer: "State board",
    earnedOn: "2024-06-01",
    cycleMonths: 24,
    requiredCeus: 20,
  });
  const notification = await db.notification.create({
    data: {
      userId: user.id,
      kind: "reminder",
      title: `Reminder ${secret}`,
      body: "CEUs due",
      link: "/my-credentials/CPC",
    },
    select: { id: true },
  });
  const draftSource = { page: 1, box: { x: 0, y: 0, w: 1, h: 0.1 }, text: "Certificate", method: "text" };
  const draft = await db.ceuDraft.create({
    data: {
      userId: user.id,
      fileName: `${secret}.pdf`,
      status: "read",
      mimeType: "application/pdf",
      size: 40,
      sha256: createHash("sha256").update(`draft ${secret}`).digest("hex"),
      data: Buffer.from(`%PDF-1.4\ndraft ${secret}\n%%EOF\n`),
      fields: {
        date: { value: "2025-05-02", confidence: 0.95, source: draftSource },
        title: { value: `Draft ${secret}`, confidence: 0.9, source: draftSource },
        ceus: { value: 1, confidence: 0.9, source: draftSource },
      },
    },
    select: { id: true },
  });
  const { unsubscribeToken } = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { unsubscribeToken: true },
  });
  const token = (scope: "read" | "read-write") =>
    createApiToken(user.id, { name: `Token ${secret}`.slice(0, 60), scope, expiresInDays: 30 });
  const [read, write, revoked] = [await token("read"), await token("read-write"), await token("read")];
  await revokeApiToken(user.id, revoked.apiToken.id);
  const shareToken = await createShare(user.id, plan.id, {});
  return {
    ...user,
    secret,
    readToken: read.token,
    writeToken: write.token,
    revokedToken: revoked.token,
    apiTokenId: read.apiToken.id,
    shareToken,
    heldId: held.id,
    entryId: entry.id,
    entryVersion: entry.version,
    planId: plan.id,
    planVersion: plan.version,
    feedToken,
    customId: custom.id,
    customVersion: custom.version,
    notificationId: notification.id,
    unsubscribeToken,
    draftId: draft.id,
  };
}

/** Everything of the owner's, as one hash: equal before and after means nobody else changed anything. */
export async function fingerprint(userId: string): Promise<string> {
  // Named, not positional: a query added in the middle cannot shift every later name.
  const parts = {
    user: db.user.findUnique({
      where: { id: userId },
      select: {
        email: true,
        name: true,
        passwordHash: true,
        currentSalary: true,
        region: true,
        dueSoonDays: true,
        totpSecret: true,
        totpEnabledAt: true,
        reminderDays: true,
        emailReminders: true,
        inAppReminders: true,
        updatedAt: true,
      },
    }),
    held: db.heldCredential.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    entries: db.ceuEntry.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    certificates: db.ceuCertificate.findMany({
      where: { userId },
      orderBy: { entryId: "asc" },
      select: { entryId: true, filename: true, sha256: true },
    }),
    plans: db.plan.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    feed: db.calendarFeed.findUnique({ where: { userId } }),
    memberships: db.bodyMembership.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    custom: db.customCredential.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    recoveryCodes: db.recoveryCode.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    notes: db.notification.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    drafts: db.ceuDraft.findMany({ where: { userId }, orderBy: { id: "asc" }, select: { id: true, fields: true } }),
    // Not lastUsedAt: the owner's own token calls move it.
    tokens: db.apiToken.findMany({
      where: { userId },
      orderBy: { id: "asc" },
      select: { id: true, name: true, scope: true, tokenHash: true, expiresAt: true },
    }),
    shares: db.planShare.findMany({ where: { plan: { userId } }, orderBy: { planId: "asc" } }),
    // The teams the person is in, with everything in them they or their managers could change.
    teams: db.teamMember.findMany({
      where: { userId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        role: true,
        share: true,
        positionId: true,
        team: {
          select: {
            name: true,
            cePolicy: true,
            members: { orderBy: { id: "asc" }, select: { id: true, role: true, share: true, positionId: true } },
            positions: { orderBy: { id: "asc" }, select: { id: true, name: true, requires: true } },
            invites: { orderBy: { id: "asc" }, select: { id: true, usedAt: true } },
          },
        },
      },
    }),
  };
  const all = Object.fromEntries(await Promise.all(Object.entries(parts).map(async ([k, q]) => [k, await q])));
  const text = JSON.stringify(all, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
  return createHash("sha256").update(text).digest("hex");
}

/** The strings that must never reach anyone but the owner. */
export const secretsOf = (o: OwnerFixture) => [
  o.secret,
  o.feedToken,
  o.unsubscribeToken,
  o.email,
  o.readToken,
  o.writeToken,
  o.shareToken,
];
