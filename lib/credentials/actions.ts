"use server";

import { z } from "zod";
import { userAction } from "@/lib/actions/json-action";
import { revalidateCredentialPages } from "@/lib/actions/revalidate";
import { addHeldCredential, removeHeldCredential, updateHeldCredential } from "@/lib/credentials/held-service";

// The "my credentials" pages call these; the JSON API calls the same services. Holding a credential changes what
// the CEU log and the dashboard show, so they are refreshed too.

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
