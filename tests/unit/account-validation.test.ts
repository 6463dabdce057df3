import { describe, expect, it } from "vitest";
import { profileFormSchema } from "@/lib/accounts/form-schemas";
import { profilePatchSchema, signUpSchema } from "@/lib/accounts/validation";
import { zodIssues } from "@/lib/errors";

const issuesOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? [] : zodIssues(result.error as never).map((i) => i.path);

describe("sign-up rules", () => {
  it("normalises the email to lower case and trims the name", () => {
    const r = signUpSchema.parse({ email: "  Ana.Lopez@Example.ORG ", password: "0123456789", name: "  Ana  " });
    expect(r).toEqual({ email: "ana.lopez@example.org", password: "0123456789", name: "Ana" });
  });

  it("needs a password of at least 10 characters", () => {
    expect(issuesOf(signUpSchema.safeParse({ email: "a@b.org", password: "123456789", name: "A" }))).toEqual([
      "password",
    ]);
    expect(signUpSchema.safeParse({ email: "a@b.org", password: "1234567890", name: "A" }).success).toBe(true);
  });

  it("names every bad field at once", () => {
    expect(issuesOf(signUpSchema.safeParse({ email: "not-an-email", password: "", name: "   " }))).toEqual([
      "email",
      "password",
      "name",
    ]);
  });

  it("refuses absurd lengths", () => {
    expect(
      issuesOf(signUpSchema.safeParse({ email: `${"a".repeat(250)}@b.org`, password: "x".repeat(10), name: "A" })),
    ).toEqual(["email"]);
    expect(issuesOf(signUpSchema.safeParse({ email: "a@b.org", password: "x".repeat(201), name: "A" }))).toEqual([
      "password",
    ]);
  });
});

describe("profile updates", () => {
  it("accepts a partial update and nulls that clear a field", () => {
    expect(profilePatchSchema.parse({ yearsExperience: 2.5, currentSalary: null })).toEqual({
      yearsExperience: 2.5,
      currentSalary: null,
    });
  });

  it("refuses unknown fields instead of ignoring them", () => {
    expect(issuesOf(profilePatchSchema.safeParse({ email: "new@example.org" }))).toEqual(["email"]);
  });

  it("names the field and the fix for out-of-range values", () => {
    const r = profilePatchSchema.safeParse({ yearsExperience: -1, currentSalary: 52000.5, education: "phd" });
    expect(issuesOf(r).sort()).toEqual(["currentSalary", "education", "yearsExperience"]);
    expect(profilePatchSchema.safeParse({ yearsExperience: 2.25 }).success).toBe(false);
  });

  it("turns form strings into the API's shape: blanks clear, $ and commas are ignored, garbage stays invalid", () => {
    const form = profileFormSchema.parse({
      name: "Ana",
      currentRole: "",
      education: "associate",
      yearsExperience: "3.5",
      region: "  ",
      currentSalary: "$52,000",
    });
    expect(form).toEqual({
      name: "Ana",
      currentRole: null,
      education: "associate",
      yearsExperience: 3.5,
      region: null,
      currentSalary: 52000,
    });
    const bad = profileFormSchema.parse({ name: "Ana", yearsExperience: "three" });
    expect(issuesOf(profilePatchSchema.safeParse(bad))).toEqual(["yearsExperience"]);
  });
});
