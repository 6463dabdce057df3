import { docsAsset } from "@/lib/api-doc/docs-page";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ asset: string }> }) {
  return docsAsset((await ctx.params).asset);
}
