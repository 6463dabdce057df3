import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from "@/lib/auth/recovery-codes";
import { seal, unseal } from "@/lib/auth/seal";
import { acceptedStep, formatSecret, newTotpSecret, totpCodeOf, totpStep, totpUri } from "@/lib/auth/totp";

const APP_SECRET = "an-app-secret-of-a-good-length-0123456789";

describe("seal and unseal (AES-256-GCM under a key derived from the app's secret)", () => {
  it("gives back what was sealed, and a fresh ciphertext each time", () => {
    const a = seal(APP_SECRET, "JBSWY3DPEHPK3PXP", "user-1");
    const b = seal(APP_SECRET, "JBSWY3DPEHPK3PXP", "user-1");
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("JBSWY3DPEHPK3PXP");
    expect(unseal(APP_SECRET, a, "user-1")).toBe("JBSWY3DPEHPK3PXP");
    expect(unseal(APP_SECRET, b, "user-1")).toBe("JBSWY3DPEHPK3PXP");
  });

  it("opens nothing under another app secret, for another account, or once altered", () => {
    const sealed = seal(APP_SECRET, "JBSWY3DPEHPK3PXP", "user-1");
    expect(unseal("another-app-secret-0123456789-abcdefghij", sealed, "user-1")).toBeNull();
    expect(unseal(APP_SECRET, sealed, "user-2")).toBeNull();
    const [v, iv, body, tag] = sealed.split(".") as [string, string, string, string];
    const flipped = Buffer.from(body, "base64url");
    flipped[0]! ^= 1;
    expect(unseal(APP_SECRET, [v, iv, flipped.toString("base64url"), tag].join("."), "user-1")).toBeNull();
    // A tag cut short must not be accepted (GCM would take 4 bytes if allowed to).
    const shortTag = Buffer.from(tag, "base64url").subarray(0, 4).toString("base64url");
    expect(unseal(APP_SECRET, [v, iv, body, shortTag].join("."), "user-1")).toBeNull();
    for (const junk of ["", "v1", "v2.a.b.c", `${sealed}.extra`, "v1.!!.!!.!!"]) {
      expect(unseal(APP_SECRET, junk, "user-1")).toBeNull();
    }
  });
});

describe("TOTP (RFC 6238: SHA1, 6 digits, 30 s)", () => {
  const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  const codeAt = (ms: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: ms });
  const now = Date.UTC(2026, 11, 1, 12, 0, 10);

  it("makes 160-bit base32 secrets and the URI an authenticator app scans", () => {
    const fresh = newTotpSecret();
    expect(fresh).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(fresh);
    const uri = new URL(totpUri(fresh, "pat@example.org"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/HIM Pathways:pat@example.org");
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: "HIM Pathways",
      secret: fresh,
      algorithm: "SHA1",
      digits: "6",
      period: "30",
    });
  });

  it("accepts the current code and one step either side, with the step it belongs to", () => {
    const step = totpStep(now);
    expect(step).toBe(Math.floor(now / 30_000));
    expect(acceptedStep(secret, codeAt(now), now)).toBe(step);
    expect(acceptedStep(secret, codeAt(now - 30_000), now)).toBe(step - 1);
    expect(acceptedStep(secret, codeAt(now + 30_000), now)).toBe(step + 1);
    expect(acceptedStep(secret, codeAt(now - 60_000), now)).toBeNull();
    expect(acceptedStep(secret, codeAt(now + 60_000), now)).toBeNull();
  });

  it("reads codes typed with spaces, and refuses what is not six digits", () => {
    const code = codeAt(now);
    expect(acceptedStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(totpStep(now));
    expect(totpCodeOf(" 123 456 ")).toBe("123456");
    for (const bad of ["", "12345", "1234567", "12a456", "ABCD-EFGH-JKLM-NPQR"]) expect(totpCodeOf(bad)).toBeNull();
    expect(acceptedStep(secret, "", now)).toBeNull();
  });

  it("groups the key in fours for reading", () => {
    expect(formatSecret("ABCDEFGHIJKLMNOP")).toBe("ABCD EFGH IJKL MNOP");
    expect(formatSecret("ABCDEF")).toBe("ABCD EF");
  });
});

describe("recovery codes", () => {
  it("are ten distinct 16-character codes in groups of four, without look-alike characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
  });

  it("hash to SHA-256 of the characters alone: case, spaces and dashes do not matter", () => {
    const [code] = newRecoveryCodes(1) as [string];
    const hash = hashRecoveryCode(code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(code.toLowerCase())).toBe(hash);
    expect(hashRecoveryCode(` ${code.replace(/-/g, " ")} `)).toBe(hash);
    expect(hashRecoveryCode(code.replace(/-/g, ""))).toBe(hash);
    expect(hash).not.toContain(code.replace(/-/g, ""));
  });

  it("refuse what cannot be a code", () => {
    for (const bad of ["", "123456", "ABCD-EFGH-JKLM", "ABCD-EFGH-JKLM-NPQR-STUV", "ABCD-EFGH-JKLM-NPQ0"]) {
      expect(normaliseRecoveryCode(bad)).toBeNull();
      expect(hashRecoveryCode(bad)).toBeNull();
    }
  });
});
