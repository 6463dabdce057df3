"use server";

import { z } from "zod";
import { userAction } from "@/lib/actions/json-action";
import { revalidateCredentialPages } from "@/lib/actions/revalidate";
import {
  addCustomCredential,
  removeCustomCredential,
  updateCustomCredential,
} from "@/lib/credentials/custom-credentials";
import { addHeldCredential, removeHeldCredential, updateHeldCredential } from "@/lib/credentials/held-service";
import { removeMembership, setMembership } from "@/lib/credentials/memberships";

// The "my credentials" and profile pages call these; the JSON API calls the same services. Holding a credential
// changes what the CEU log and the dashboard show, so they are refreshed too.

const refresh = revalidateCredentialPages;
const id = z.string().min(1);

export const addHeldAction = userAction(z.unknown(), async (input, user) => {
  const held = await addHeldCredential(user.id, input);
  refresh();
  return { id: held.id, code: held.code };
});

export const updateHeldAction = userAction(z.object({ id, patch: z.unknown() }), async ({ id, patch }, user) => {
  const held = await updateHeldCredential(user.id, id, patch);
  refresh();
  return { id: held.id, version: held.version };
});

export const removeHeldAction = userAction(z.object({ id }), async ({ id }, user) => {
  await removeHeldCredential(user.id, id);
  refresh();
  return { deleted: true };
});

export const setMembershipAction = userAction(
  z.object({ body: z.string().min(1).max(20), membershipExpires: z.unknown(), memberId: z.unknown().optional() }),
  async ({ body, ...fields }, user) => {
    const membership = await setMembership(user.id, body, fields);
    refresh();
    return membership;
  },
);

export const removeMembershipAction = userAction(
  z.object({ body: z.string().min(1).max(20) }),
  async ({ body }, user) => {
    await removeMembership(user.id, body);
    refresh();
    return { deleted: true };
  },
);

export const addCustomAction = userAction(z.unknown(), async (input, user) => {
  const custom = await addCustomCredential(user.id, input);
  refresh();
  return { id: custom.id, code: custom.code };
});

export const updateCustomAction = userAction(z.object({ id, patch: z.unknown() }), async ({ id, patch }, user) => {
  const custom = await updateCustomCredential(user.id, id, patch);
  refresh();
  return { id: custom.id, version: custom.version };
});

export const removeCustomAction = userAction(z.object({ id }), async ({ id }, user) => {
  await removeCustomCredential(user.id, id);
  refresh();
  return { deleted: true };
});
