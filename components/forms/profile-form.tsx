"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { updateProfileAction } from "@/lib/accounts/actions";
import type { Profile } from "@/lib/accounts/queries";
import { EducationSelect } from "@/components/forms/education-select";
import { RoleSelect, type RoleOption } from "@/components/forms/role-select";
import { useFormAction } from "@/components/forms/use-form-action";

export function ProfileForm({ profile, roles }: { profile: Profile; roles: RoleOption[] }) {
  const { state, pending, formRef, onSubmit } = useFormAction(updateProfileAction);
  const errors = state?.fieldErrors ?? {};
  // A field as saved: its name, the value on file (empty where there is none) and the server's word on it.
  const saved = (name: "name" | "yearsExperience" | "region" | "currentSalary" | "dueSoonDays") => ({
    name,
    defaultValue: profile[name]?.toString() ?? "",
    error: errors[name],
  });

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5" aria-busy={pending}>
      {state?.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <TextField label="Name" {...saved("name")} autoComplete="name" required />
      <RoleSelect
        label="Current role"
        name="currentRole"
        roles={roles}
        emptyLabel="Not in an HIM role yet"
        defaultValue={profile.currentRole?.slug ?? ""}
        error={errors.currentRole}
        hint="The closest role on the ladder to what you do now."
      />
      <EducationSelect
        name="education"
        emptyLabel="Prefer not to say"
        defaultValue={profile.education ?? ""}
        error={errors.education}
      />
      <TextField
        label="Years of experience in health information"
        {...saved("yearsExperience")}
        inputMode="decimal"
        hint="In all HIM roles together, for example 3 or 2.5."
      />
      <TextField
        label="Region"
        {...saved("region")}
        autoComplete="address-level1"
        hint="Optional, for example Ohio or Pacific Northwest. Pay figures are national: no region factor is applied."
      />
      <TextField
        label="Current yearly salary (US dollars)"
        {...saved("currentSalary")}
        inputMode="numeric"
        hint="Optional. Used only to place you within your role's pay band; never shared."
      />
      <TextField
        label="Warn me about CEU deadlines this many days ahead"
        {...saved("dueSoonDays")}
        inputMode="numeric"
        hint="A credential shows as “due soon” from this many days before its CEUs are due (1 to 365; 90 by default)."
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
