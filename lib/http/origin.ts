/** The app's public origin: NEXTAUTH_URL when set (behind a proxy), else the request's own. */
export function publicOrigin(req?: Request): string {
  if (process.env.NEXTAUTH_URL) return new URL(process.env.NEXTAUTH_URL).origin;
  return req ? new URL(req.url).origin : "http://localhost:3000";
}

export const feedUrl = (req: Request | undefined, token: string) => `${publicOrigin(req)}/api/v1/calendar/${token}.ics`;
