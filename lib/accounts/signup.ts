import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { AppError, isUniqueViolation, parseOrThrow } from "@/lib/errors";
import { sendVerification } from "@/lib/accounts/email-verification";
import { signUpSchema } from "@/lib/accounts/validation";
import { recordAttempt } from "@/lib/auth/throttle";
import { clientAddress, waitPhrase } from "@/lib/auth/throttle-policy";

/** Creates an account. Throws 422 for bad input and 409 when the email (in any letter case) is taken. */
export async function signUp(input: unknown): Promise<{ id: string; email: string }> {
  const { email, password, name } = parseOrThrow(signUpSchema, input);
  const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (taken) throw emailTaken();
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({ data: { email, name, passwordHash }, select: { id: true, email: true } });
  } catch (err) {
    // Two sign-ups racing for one address: the unique index decides.
    if (isUniqueViolation(err)) throw emailTaken();
    throw err;
  }
}

function emailTaken() {
  return new AppError("conflict", "An account with this email already exists. Sign in instead.", [
    { path: "email", message: "An account with this email already exists." },
  ]);
}

/** Sign-up as the web and the API do it: counted against the client's address first (lib/auth/throttle-policy.ts). */
export async function signUpFromRequest(input: unknown, headers: Headers): Promise<{ id: string; email: string }> {
  const { retryAfter } = await recordAttempt([{ scope: "signup-address", key: clientAddress(headers) }]);
  if (retryAfter > 0) {
    throw AppError.rateLimited(
      `Too many new accounts from this network. Try again in ${waitPhrase(retryAfter)}.`,
      retryAfter,
    );
  }
  const created = await signUp(input);
  // The account works at once; the verification link can be sent again from the profile if this one fails.
  await sendVerification(created.id).catch((err) =>
    console.error("[mail] could not send the verification link:", err instanceof Error ? err.message : err),
  );
  return created;
}
