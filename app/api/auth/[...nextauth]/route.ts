import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";
import { throttleCredentialsSignIn } from "@/lib/http/sign-in-throttle";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  return throttleCredentialsSignIn(req, nextauth, (r) => NextAuth(r as never, ctx as never, getAuthOptions()));
}

export { handler as GET, handler as POST };
