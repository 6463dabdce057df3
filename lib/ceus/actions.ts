"use server";

import { z } from "zod";
import { userAction } from "@/lib/actions/json-action";
import { revalidateCredentialPages } from "@/lib/actions/revalidate";
import { createEntry, deleteEntry, updateEntry } from "@/lib/ceus/service";

// The CEU log page calls these; the JSON API calls the same services.

const refresh = revalidateCredentialPages;
const id = z.string().min(1);

export const addCeuAction = userAction(z.unknown(), async (input, user) => {
  const entry = await createEntry(user.id, input);
  refresh();
  return { id: entry.id };
});

export const updateCeuAction = userAction(z.object({ id, patch: z.unknown() }), async ({ id, patch }, user) => {
  const entry = await updateEntry(user.id, id, patch);
  refresh();
  return { id: entry.id, version: entry.version };
});

export const deleteCeuAction = userAction(z.object({ id }), async ({ id }, user) => {
  await deleteEntry(user.id, id);
  refresh();
  return { deleted: true };
});
