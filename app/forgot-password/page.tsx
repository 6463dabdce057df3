import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Forgot your password?</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Enter the address you sign in with. We will email you a link to choose a new password.
      </p>
      <div className="mt-6">
        <ForgotPasswordForm />
      </div>
      <p className="mt-4 text-sm">
        Remembered it? <TextLink href="/signin">Sign in</TextLink>
      </p>
    </div>
  );
}
