import { describe, expect, it, vi } from "vitest";
import { signUpAction } from "@/lib/accounts/actions";
import { authorizeCredentials } from "@/lib/auth/options";
import { db } from "@/lib/db";

vi.mock("next/headers", () => import("../helpers/next-headers-stub"));

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  fd.set("$ACTION_ID_abc", ""); // React's own field, which must be ignored
  return fd;
};

describe("the sign-up form action", () => {
  it("creates an account the person can then sign in to", async () => {
    const state = await signUpAction(
      null,
      form({ name: "Form User", email: "Form.User@example.org", password: "a long enough password" }),
    );
    expect(state).toMatchObject({ ok: true });
    expect(
      await authorizeCredentials({ email: "form.user@example.org", password: "a long enough password" }),
    ).toMatchObject({
      name: "Form User",
    });
  });

  it("returns an error for each bad field, writing nothing", async () => {
    const before = await db.user.count();
    const state = await signUpAction(null, form({ name: "", email: "nope", password: "short" }));
    expect(state).toMatchObject({
      ok: false,
      message: "Please fix the highlighted fields.",
      fieldErrors: {
        name: "Enter your name.",
        email: "Enter an email address like name@example.org.",
        password: "Use at least 10 characters.",
      },
    });
    expect(await db.user.count()).toBe(before);
  });

  it("says an existing email is taken, on the email field", async () => {
    await signUpAction(null, form({ name: "A", email: "twice@example.org", password: "a long enough password" }));
    const state = await signUpAction(
      null,
      form({ name: "B", email: "TWICE@example.org", password: "a long enough password" }),
    );
    expect(state).toMatchObject({ ok: false, fieldErrors: { email: "An account with this email already exists." } });
  });
});
