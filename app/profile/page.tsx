import type { Metadata } from "next";
import { ProfileForm } from "@/components/forms/profile-form";
import { getProfile } from "@/lib/accounts/queries";
import { requirePageUser } from "@/lib/auth/current-user";
import { listRoleOptions } from "@/lib/ladder/queries";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requirePageUser("/profile");
  const [profile, roles] = await Promise.all([getProfile(user.id), listRoleOptions()]);
  if (!profile) return null; // requirePageUser already proved the account exists
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">Your profile</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Where you stand today. Plans start from here; change it whenever your situation changes. Signed in as{" "}
        {profile.email}.
      </p>
      <div className="mt-6">
        <ProfileForm profile={profile} roles={roles} />
      </div>
    </div>
  );
}
