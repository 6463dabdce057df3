import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { TextLink } from "@/components/ui/text-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const raw = (await searchParams).callbackUrl;
  const callbackPath = safeCallbackPath(typeof raw === "string" ? raw : null);
  if (await getCurrentUser()) redirect(callbackPath);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Sign in</h1>
      <div className="mt-6">
        <SignInForm callbackPath={callbackPath} />
      </div>
      <p className="mt-4 text-sm">
        <TextLink href="/forgot-password">Forgot your password?</TextLink>
      </p>
    </div>
  );
}
