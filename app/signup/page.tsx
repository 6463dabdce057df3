import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/forms/sign-up-form";
import { PASSWORD_MIN } from "@/lib/auth/credentials-schema";
import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/dashboard");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Create your account</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Free. What you enter is yours alone: only you can see it, and you can export or delete it.
      </p>
      <div className="mt-6">
        <SignUpForm passwordMin={PASSWORD_MIN} />
      </div>
    </div>
  );
}
