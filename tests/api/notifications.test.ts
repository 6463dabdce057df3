import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runReminders } from "@/lib/reminders/runner";
import { GET as listRoute } from "@/app/api/v1/me/notifications/route";
import { POST as readRoute } from "@/app/api/v1/me/notifications/[id]/read/route";
import { POST as readAllRoute } from "@/app/api/v1/me/notifications/read-all/route";
import { GET as settingsGet, PATCH as settingsPatch } from "@/app/api/v1/me/reminders/route";
import { GET as unsubscribeGet, POST as unsubscribePost } from "@/app/api/v1/unsubscribe/[token]/route";
import { callRoute } from "../helpers/call-route";
import { DAY_30, DAY_7, personWithCcds, quietEveryone } from "../helpers/reminders";
import { createTestUser, type TestUser } from "../helpers/users";

// The notifications and reminder-settings API, and the unsubscribe address, through their route handlers.

let rae: TestUser;
let other: TestUser;
const list = async (u: TestUser) => (await callRoute(listRoute, { cookie: u.cookie })).json;
const flags = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { emailReminders: true, inAppReminders: true } });

beforeAll(async () => {
  await quietEveryone();
  // Unverified: the reminders come in the app only, so no mail server is needed here.
  rae = await personWithCcds({ verified: false });
  other = await createTestUser("Someone Else");
  await runReminders({ asOf: DAY_30 });
  await runReminders({ asOf: DAY_7 });
});

describe("GET /api/v1/me/notifications and marking them read", () => {
  it("lists the person's notifications, newest first, with the unread count", async () => {
    const body = await list(rae);
    expect(body.unread).toBe(2);
    expect(body.notifications.map((n: { title: string }) => n.title)).toEqual([
      "CCDS (ACDIS): CEUs due in 7 days",
      "CCDS (ACDIS): CEUs due in 30 days",
    ]);
    expect(Object.keys(body.notifications[0]).sort()).toEqual(
      ["body", "createdAt", "id", "kind", "link", "readAt", "title"].sort(),
    );
    expect(body.notifications[0]).toMatchObject({ kind: "reminder", link: "/my-credentials/CCDS", readAt: null });
    expect(body.notifications[0].body).toMatch(/^Still owed: 30 CEUs by 2027-10-01 — in 7 days\.$/);
    expect(await list(other)).toEqual({ notifications: [], unread: 0 });
    expect((await callRoute(listRoute)).status).toBe(401);
  });

  it("marks one read (once: the first reading time stays), and another person's answers 404", async () => {
    const [newest] = (await list(rae)).notifications;
    expect(
      (await callRoute(readRoute, { method: "POST", params: { id: newest.id }, cookie: other.cookie })).status,
    ).toBe(404);
    expect((await list(rae)).unread).toBe(2);
    const first = await callRoute(readRoute, { method: "POST", params: { id: newest.id }, cookie: rae.cookie });
    expect(first.status).toBe(200);
    expect(first.json.notification.readAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const again = await callRoute(readRoute, { method: "POST", params: { id: newest.id }, cookie: rae.cookie });
    expect(again.json.notification.readAt).toBe(first.json.notification.readAt);
    expect((await list(rae)).unread).toBe(1);
    const unknown = await callRoute(readRoute, { method: "POST", params: { id: "no-such-id" }, cookie: rae.cookie });
    expect(unknown.status).toBe(404);
  });

  it("marks all read", async () => {
    const res = await callRoute(readAllRoute, { method: "POST", cookie: rae.cookie });
    expect(res.json).toEqual({ marked: 1, unread: 0 });
    expect((await list(rae)).unread).toBe(0);
  });
});

describe("GET/PATCH /api/v1/me/reminders", () => {
  it("the defaults, then the person's own days (each once, latest last) and channels", async () => {
    const u = await createTestUser();
    expect((await callRoute(settingsGet, { cookie: u.cookie })).json).toEqual({
      reminders: { days: [90, 60, 30, 7, 1, -1, -30], email: true, inApp: true, emailVerified: false },
    });
    const res = await callRoute(settingsPatch, {
      method: "PATCH",
      cookie: u.cookie,
      body: { days: [-1, 30, 30, 0], inApp: false },
    });
    expect(res.json).toEqual({ reminders: { days: [30, 0, -1], email: true, inApp: false, emailVerified: false } });
    // An empty patch changes nothing and answers the settings, not "the account is gone" (the fuzzer found it).
    const empty = await callRoute(settingsPatch, { method: "PATCH", cookie: u.cookie, body: {} });
    expect([empty.status, empty.json]).toEqual([200, res.json]);
  });

  it("refuses bad days and unknown fields, naming them, and changes nothing", async () => {
    const u = await createTestUser();
    for (const [body, path] of [
      [{ days: [400] }, "days.0"],
      [{ days: [] }, "days"],
      [{ email: "yes" }, "email"],
      [{ reminderDays: [1] }, "reminderDays"],
    ] as const) {
      const res = await callRoute(settingsPatch, { method: "PATCH", cookie: u.cookie, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.json.error.issues[0].path, JSON.stringify(res.json)).toBe(path);
    }
    expect((await callRoute(settingsGet, { cookie: u.cookie })).json.reminders.days).toEqual([
      90, 60, 30, 7, 1, -1, -30,
    ]);
  });
});

describe("the unsubscribe address (no sign-in: the token is the key)", () => {
  const tokenOf = async (id: string) =>
    (await db.user.findUniqueOrThrow({ where: { id }, select: { unsubscribeToken: true } })).unsubscribeToken;

  it("a GET only leads to the page that asks; it changes nothing", async () => {
    const u = await createTestUser();
    const token = await tokenOf(u.id);
    const res = await callRoute(unsubscribeGet, { params: { token } });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(new RegExp(`/unsubscribe\\?token=${token}$`));
    expect(await flags(u.id)).toEqual({ emailReminders: true, inAppReminders: true });
    expect((await callRoute(unsubscribeGet, { params: { token: "not-the-token-00000000" } })).status).toBe(404);
  });

  it("the one-click POST needs List-Unsubscribe=One-Click; it turns email off and leaves in-app on", async () => {
    const u = await createTestUser();
    const token = await tokenOf(u.id);
    const bare = await callRoute(unsubscribePost, { method: "POST", params: { token }, body: "" });
    expect(bare.status).toBe(422);
    expect(await flags(u.id)).toEqual({ emailReminders: true, inAppReminders: true });

    const form = new FormData();
    form.set("List-Unsubscribe", "One-Click");
    const res = await callRoute(unsubscribePost, { method: "POST", params: { token }, form });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ unsubscribed: true, emailReminders: false });
    expect(await flags(u.id)).toEqual({ emailReminders: false, inAppReminders: true });

    const wrong = await callRoute(unsubscribePost, {
      method: "POST",
      params: { token: `${token}x` },
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(wrong.status).toBe(404);
  });
});
