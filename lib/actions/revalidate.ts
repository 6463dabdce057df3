import { revalidatePath } from "next/cache";

/** What a change to credentials or CEUs shows on: the CEU log, every "my credentials" page and the dashboard. */
export function revalidateCredentialPages() {
  revalidatePath("/ceus");
  revalidatePath("/my-credentials", "layout");
  revalidatePath("/dashboard");
}
