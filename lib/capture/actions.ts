"use server";

import { z } from "zod";
import { userAction } from "@/lib/actions/json-action";
import { revalidateCredentialPages } from "@/lib/actions/revalidate";
import { confirmDraft, deleteDraft } from "@/lib/capture/drafts";
import { toFailure } from "@/lib/actions/form-action";

// The review panel on the CEU log calls these; the JSON API calls the same services. Uploads go through the API
// route (a browser can report an upload's progress there, not for a server action).

const id = z.string().min(1);
const changes = z.record(z.string(), z.unknown()).default({});

export const confirmDraftAction = userAction(z.object({ id, changes }), async (input, user) => {
  const entry = await confirmDraft(user.id, input.id, input.changes);
  revalidateCredentialPages();
  return { entryId: entry.id };
});

/** Confirms several drafts, each on its own: one that fails says why and leaves the others confirmed. */
export const confirmDraftsAction = userAction(
  z.object({ items: z.array(z.object({ id, changes })).min(1).max(200) }),
  async ({ items }, user) => {
    const results = [];
    for (const item of items) {
      try {
        const entry = await confirmDraft(user.id, item.id, item.changes);
        results.push({ id: item.id, ok: true as const, entryId: entry.id });
      } catch (err) {
        const failure = toFailure(err);
        results.push({ id: item.id, ok: false as const, message: failure.message, fieldErrors: failure.fieldErrors });
      }
    }
    revalidateCredentialPages();
    return { results };
  },
);

export const deleteDraftAction = userAction(z.object({ id }), async (input, user) => {
  await deleteDraft(user.id, input.id);
  return { deleted: true };
});
