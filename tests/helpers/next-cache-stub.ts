// Server actions ask Next to refresh cached pages after a write. Outside a request Next is serving there is no cache
// to refresh; tests that call actions directly swap next/cache for this.
export function revalidatePath(): void {}
export function revalidateTag(): void {}
