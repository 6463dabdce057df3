import type { Metadata } from "next";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Account deleted" };

export default function AccountDeletedPage() {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">Your account has been deleted</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Your profile, plans, credentials, CEU log and certificate files are gone from HIM Pathways, and you have been
        signed out.
      </p>
      <p className="mt-4">
        <TextLink href="/">Back to the home page</TextLink>
      </p>
    </div>
  );
}
