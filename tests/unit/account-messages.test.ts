import { describe, expect, it } from "vitest";
import { emailChangeNoticeMessage, resetPasswordMessage, verifyEmailMessage } from "@/lib/mail/account-messages";

const link = "https://him.example.org/reset-password?token=abc_DEF-123";

describe("account emails", () => {
  it("the reset email says how long its single-use link works, in both parts, with the link in both", () => {
    const m = resetPasswordMessage({ to: "ana@example.org", name: "Ana <script>", link });
    expect(m.subject).toBe("Reset your HIM Pathways password");
    expect(m.text).toContain(link);
    expect(m.text).toMatch(/works once, for 30 minutes/);
    expect(m.html).toContain(`href="${link}"`);
    expect(m.html).toContain("Ana &lt;script&gt;");
    expect(m.html).not.toContain("<script>");
  });

  it("the verification email says why it matters and how long the link works", () => {
    const m = verifyEmailMessage({ to: "ana@example.org", name: "Ana", link });
    expect(m.text).toMatch(/reminders are sent only to confirmed addresses/);
    expect(m.text).toMatch(/24 hours/);
  });

  it("the notice to the old address names the new one and what to do if it was not them", () => {
    const m = emailChangeNoticeMessage({ to: "old@example.org", name: "Ana", newEmail: "new@example.org" });
    expect(m.to).toBe("old@example.org");
    expect(m.text).toContain("new@example.org");
    expect(m.text).toMatch(/change your password now and sign out everywhere/);
  });
});
