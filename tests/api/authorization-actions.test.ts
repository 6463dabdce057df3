import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { Secret, TOTP } from "otpauth";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seal } from "@/lib/auth/seal";
import { db } from "@/lib/db";
import { setRequest } from "../helpers/next-headers-stub";
import { PLAN_REQUEST } from "../fixtures/plan-request";
import { fingerprint, ownerFixture, secretsOf, type OwnerFixture } from "../helpers/owner-fixture";
import { createTestUser, type TestUser } from "../helpers/users";

vi.mock("next/headers", () => import("../helpers/next-headers-stub"));
vi.mock("next/cache", () => import("../helpers/next-cache-stub"));

// The authorization matrix for server actions: each called as nobody, as a second user aiming at the owner's
// records, and as the owner. Actions are discovered from every lib/<domain>/actions.ts, so a new one that is not in
// the matrix fails the first test; no answer to anyone else may hold the owner's secrets or change their rows.

let intruder: TestUser;
beforeAll(async () => {
  intruder = await createTestUser("Intruder", "the intruder's own password");
});

type Action = (...args: unknown[]) => Promise<{ ok: boolean } & Record<string, unknown>>;
type ActionRow = {
  /** "capability": no session, a key from an email is the key (the unsubscribe button). */
  access: "public" | "owner" | "capability";
  targetsOwner?: boolean;
  args: (o: OwnerFixture) => unknown[];
  /** false: the arguments are refused for everyone (an emailed link's token nobody was sent). */
  ownerOk?: false;
  /** What the owner's account must hold first (before the fingerprint is taken). */
  prepare?: (o: OwnerFixture) => Promise<void>;
  /** Capability actions: the call with keys that are not the owner's; each fails and changes nothing. */
  wrongArgs?: (o: OwnerFixture) => unknown[][];
};

// A two-factor setup in progress for the owner, with a key the test knows, so a right code can be sent.
const TOTP_KEY = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
async function pendingTwoFactor(o: OwnerFixture) {
  const sealed = seal(process.env.NEXTAUTH_SECRET!, TOTP_KEY, o.id);
  await db.user.update({ where: { id: o.id }, data: { totpSecret: sealed } });
}

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};

const ACTIONS: Record<string, ActionRow> = {
  signUpAction: {
    access: "public",
    args: () => [
      null,
      form({
        name: "Action User",
        email: `action-${Math.random().toString(36).slice(2)}@example.org`,
        password: "a long enough password",
      }),
    ],
  },
  updateProfileAction: { access: "owner", args: () => [null, form({ name: "Changed Name", dueSoonDays: "30" })] },
  deleteAccountAction: { access: "owner", args: (o) => [{ password: o.password }] },
  startTwoFactorAction: { access: "owner", args: (o) => [{ password: o.password }] },
  confirmTwoFactorAction: {
    access: "owner",
    prepare: pendingTwoFactor,
    args: () => [{ code: TOTP.generate({ secret: Secret.fromBase32(TOTP_KEY) }) }],
  },
  disableTwoFactorAction: { access: "owner", args: (o) => [{ password: o.password }] },
  addCeuAction: { access: "owner", args: () => [{ date: "2025-05-01", title: "Action course", ceus: 1 }] },
  updateCeuAction: {
    access: "owner",
    targetsOwner: true,
    args: (o) => [{ id: o.entryId, patch: { title: "Changed" } }],
  },
  deleteCeuAction: { access: "owner", targetsOwner: true, args: (o) => [{ id: o.entryId }] },
  confirmDraftAction: { access: "owner", targetsOwner: true, args: (o) => [{ id: o.draftId, changes: {} }] },
  // Each draft is confirmed on its own and answered per draft; the fingerprint proves another's ids change nothing.
  confirmDraftsAction: { access: "owner", args: (o) => [{ items: [{ id: o.draftId, changes: {} }] }] },
  deleteDraftAction: { access: "owner", targetsOwner: true, args: (o) => [{ id: o.draftId }] },
  addHeldAction: { access: "owner", args: () => [{ code: "CPMA", earnedOn: "2025-01-10" }] },
  updateHeldAction: {
    access: "owner",
    targetsOwner: true,
    args: (o) => [{ id: o.heldId, patch: { certificateNumber: "Z-2" } }],
  },
  removeHeldAction: { access: "owner", targetsOwner: true, args: (o) => [{ id: o.heldId }] },
  resendVerificationAction: { access: "owner", args: () => [{}] },
  changePasswordAction: {
    access: "owner",
    args: (o) => [{ currentPassword: o.password, newPassword: "a new long passphrase" }],
  },
  changeEmailAction: {
    access: "owner",
    args: (o) => [{ password: o.password, newEmail: `moved-${o.id}@example.org` }],
  },
  endAllSessionsAction: { access: "owner", args: () => [{}] },
  requestResetAction: { access: "public", args: (o) => [{ email: o.email }] },
  confirmResetAction: {
    access: "public",
    args: () => [{ token: "y".repeat(43), password: "a new long passphrase" }],
    ownerOk: false,
  },
  setMembershipAction: { access: "owner", args: () => [{ body: "AHIMA", membershipExpires: "2027-06-30" }] },
  removeMembershipAction: { access: "owner", args: () => [{ body: "AAPC" }] },
  addCustomAction: {
    access: "owner",
    args: () => [{ name: "CRCR", issuer: "HFMA", earnedOn: "2025-03-01", cycleMonths: 24, requiredCeus: 30 }],
  },
  updateCustomAction: {
    access: "owner",
    targetsOwner: true,
    args: (o) => [{ id: o.customId, patch: { requiredCeus: 24, version: o.customVersion } }],
  },
  removeCustomAction: { access: "owner", targetsOwner: true, args: (o) => [{ id: o.customId }] },
  previewPlanAction: { access: "public", args: () => [PLAN_REQUEST] },
  savePlanAction: { access: "owner", args: () => [{ name: "Action plan", request: PLAN_REQUEST }] },
  renamePlanAction: { access: "owner", targetsOwner: true, args: (o) => [{ id: o.planId, name: "Changed" }] },
  setPlanStepsAction: {
    access: "owner",
    targetsOwner: true,
    args: (o) => [{ id: o.planId, doneSteps: [0], version: o.planVersion }],
  },
  deletePlanAction: { access: "owner", targetsOwner: true, args: (o) => [{ id: o.planId }] },
  updateReminderSettingsAction: {
    access: "owner",
    args: () => [null, form({ days: "30, 7, -1", email: "on" })],
  },
  unsubscribeAction: {
    access: "capability",
    args: (o) => [null, form({ token: o.unsubscribeToken })],
    wrongArgs: (o) => [
      [null, form({ token: `${o.unsubscribeToken.slice(0, -1)}x` })],
      [null, form({ token: "not-the-token-00000000" })],
      [null, form({})],
    ],
  },
  markNotificationReadAction: { access: "owner", targetsOwner: true, args: (o) => [{ id: o.notificationId }] },
  markAllNotificationsReadAction: { access: "owner", args: () => [{}] },
};

async function discoverActions(): Promise<Map<string, Action>> {
  const found = new Map<string, Action>();
  const lib = path.join(process.cwd(), "lib");
  for (const dir of readdirSync(lib)) {
    const file = path.join(lib, dir, "actions.ts");
    // A team's actions are walked by authorization-team-actions.test.ts (nobody, another team, member, manager, owner).
    if (!statSync(path.join(lib, dir)).isDirectory() || dir === "teams") continue;
    try {
      statSync(file);
    } catch {
      continue;
    }
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) if (typeof fn === "function") found.set(name, fn as Action);
  }
  return found;
}

describe("the authorization matrix: server actions", () => {
  let actions: Map<string, Action>;
  beforeAll(async () => {
    actions = await discoverActions();
  });

  it("covers every server action, and only those", () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  for (const [name, row] of Object.entries(ACTIONS)) {
    it(`${name} (${row.access}${row.targetsOwner ? ", aims at the owner's record" : ""})`, async () => {
      const action = actions.get(name)!;
      const owner = await ownerFixture();
      await row.prepare?.(owner);
      const before = await fingerprint(owner.id);
      const leaks = (result: unknown) => secretsOf(owner).filter((s) => JSON.stringify(result).includes(s));

      // A capability action is tried by everyone else with keys that are not the owner's.
      const tries = row.access === "capability" ? row.wrongArgs!(owner) : [row.args(owner)];
      let anon = { ok: false } as Awaited<ReturnType<Action>>;
      let other = anon;
      for (const args of tries) {
        setRequest({});
        anon = await action(...args);
        setRequest({ cookie: intruder.cookie });
        other = await action(...args);
        if (row.access === "capability")
          expect([anon.ok, other.ok], "a key that is not the owner's").toEqual([false, false]);
      }

      if (row.access === "owner") expect(anon.ok, "without a session").toBe(false);
      if (row.targetsOwner) expect(other.ok, "another user aiming at the owner's record").toBe(false);
      expect(leaks(anon)).toEqual([]);
      expect(leaks(other)).toEqual([]);
      expect(await fingerprint(owner.id), "another caller changed the owner's records").toBe(before);

      // The owner; or, for a capability, whoever holds the owner's key, signed in or not.
      setRequest(row.access === "capability" ? {} : { cookie: owner.cookie });
      const mine = await action(...row.args(owner));
      expect(mine.ok, JSON.stringify(mine)).toBe(row.ownerOk ?? true);
    });
  }
});
