import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";
import { throttleCredentialsSignIn } from "@/lib/auth/sign-in-throttle";

type Ctx = { params: Promise<{ nextauth: string[] }> };

function handler(req: Request, ctx: Ctx) {
  return throttleCredentialsSignIn(req, (r) => NextAuth(r as never, ctx as never, getAuthOptions()));
}

export { handler as GET, handler as POST };
