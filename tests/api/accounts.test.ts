import { describe, expect, it } from "vitest";
import { GET as getProfileRoute, PATCH as patchProfileRoute } from "@/app/api/v1/me/profile/route";
import { POST as signupRoute } from "@/app/api/v1/signup/route";
import { db } from "@/lib/db";
import { callRoute } from "../helpers/call-route";
import { createTestUser } from "../helpers/users";

describe("POST /api/v1/signup", () => {
  it("creates an account: 201 with {id, email}", async () => {
    const { status, json } = await callRoute(signupRoute, {
      method: "POST",
      body: { email: "New.Person@Example.org", password: "a long enough password", name: "New Person" },
    });
    expect(status).toBe(201);
    expect(Object.keys(json).sort()).toEqual(["email", "id"]);
    expect(json.email).toBe("new.person@example.org");
  });

  it("answers 409 for an existing email in any letter case, writing nothing", async () => {
    await callRoute(signupRoute, {
      method: "POST",
      body: { email: "taken@example.org", password: "a long enough password", name: "T" },
    });
    const before = await db.user.count();
    const { status, json } = await callRoute(signupRoute, {
      method: "POST",
      body: { email: "TAKEN@example.ORG", password: "another long password", name: "T2" },
    });
    expect(status).toBe(409);
    expect(json.error).toMatchObject({ code: "conflict", issues: [{ path: "email" }] });
    expect(await db.user.count()).toBe(before);
  });

  it.each([
    [{ email: "not-an-email", password: "a long enough password", name: "X" }, ["email"]],
    [{ email: "x@example.org", password: "short", name: "X" }, ["password"]],
    [{ email: "x@example.org", password: "a long enough password" }, ["name"]],
    [{}, ["email", "password", "name"]],
  ])("answers 422 naming the field for %j, writing nothing", async (body, paths) => {
    const before = await db.user.count();
    const { status, json } = await callRoute(signupRoute, { method: "POST", body });
    expect(status).toBe(422);
    expect(json.error.code).toBe("validation");
    expect(json.error.issues.map((i: { path: string }) => i.path)).toEqual(paths);
    expect(await db.user.count()).toBe(before);
  });

  it("answers 422 for malformed JSON or a non-object body, 415 for the wrong type, 413 for a huge one", async () => {
    expect((await callRoute(signupRoute, { method: "POST", body: "{not json" })).status).toBe(422);
    expect((await callRoute(signupRoute, { method: "POST", body: "[1,2]" })).json.error.issues[0].path).toBe("body");
    expect(
      (
        await callRoute(signupRoute, {
          method: "POST",
          body: "email=x",
          headers: { "content-type": "application/x-www-form-urlencoded" },
        })
      ).status,
    ).toBe(415);
    const huge = JSON.stringify({
      email: "big@example.org",
      password: "a long enough password",
      name: "x".repeat(70_000),
    });
    expect((await callRoute(signupRoute, { method: "POST", body: huge })).status).toBe(413);
  });
});

describe("/api/v1/me/profile", () => {
  it("answers 401 JSON without a session cookie", async () => {
    const { status, json, headers } = await callRoute(getProfileRoute);
    expect(status).toBe(401);
    expect(headers.get("content-type")).toContain("application/json");
    expect(json.error.code).toBe("unauthorized");
    expect((await callRoute(patchProfileRoute, { method: "PATCH", body: { name: "x" } })).status).toBe(401);
  });

  it("reads and changes the signed-in user's own profile only", async () => {
    const a = await createTestUser("Alice");
    const b = await createTestUser("Bob");
    const patched = await callRoute(patchProfileRoute, {
      method: "PATCH",
      cookie: a.cookie,
      body: {
        currentRole: "cdi-specialist",
        education: "bachelor",
        yearsExperience: 6,
        region: "Ohio",
        currentSalary: 82000,
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.profile).toMatchObject({
      email: a.email,
      currentRole: { slug: "cdi-specialist" },
      yearsExperience: 6,
    });

    const asBob = await callRoute(getProfileRoute, { cookie: b.cookie });
    expect(asBob.json.profile).toMatchObject({ id: b.id, name: "Bob", currentRole: null, currentSalary: null });
    expect(JSON.stringify(asBob.json)).not.toContain("82000");
    expect(JSON.stringify(asBob.json)).not.toContain("passwordHash");
  });

  it("an empty patch changes nothing and answers the profile (not 'no longer exists')", async () => {
    const u = await createTestUser("Same");
    const res = await callRoute(patchProfileRoute, { method: "PATCH", cookie: u.cookie, body: {} });
    expect(res.status).toBe(200);
    expect(res.json.profile).toMatchObject({ id: u.id, name: "Same" });
  });

  it("answers 422 naming the field and changes nothing", async () => {
    const u = await createTestUser("Unchanged");
    const { status, json } = await callRoute(patchProfileRoute, {
      method: "PATCH",
      cookie: u.cookie,
      body: { name: "Changed", currentSalary: -5 },
    });
    expect(status).toBe(422);
    expect(json.error.issues).toEqual([{ path: "currentSalary", message: "Salary cannot be negative." }]);
    expect((await callRoute(getProfileRoute, { cookie: u.cookie })).json.profile.name).toBe("Unchanged");
  });

  it("refuses a cross-site PATCH carrying the cookie", async () => {
    const u = await createTestUser();
    const { status } = await callRoute(patchProfileRoute, {
      method: "PATCH",
      cookie: u.cookie,
      headers: { origin: "https://evil.example" },
      body: { name: "Hijacked" },
    });
    expect(status).toBe(403);
  });
});
