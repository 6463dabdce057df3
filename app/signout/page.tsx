import type { Metadata } from "next";
import { SignOutButton } from "@/components/forms/sign-out-button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const user = await getCurrentUser();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Sign out</h1>
      {user ? (
        <>
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            You are signed in as {user.email}. Your data stays saved; sign in again any time.
          </p>
          <div className="mt-6">
            <SignOutButton />
          </div>
        </>
      ) : (
        <p className="mt-2">
          You are signed out. <TextLink href="/signin">Sign in</TextLink>
        </p>
      )}
    </div>
  );
}
