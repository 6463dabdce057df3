import { getFeedToken, revokeFeed, rotateFeedToken } from "@/lib/credentials/calendar-feed";
import { json, noParams, withUser } from "@/lib/http/api";
import { feedUrl } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

export const GET = withUser(noParams, async (req, { user }) => {
  const token = await getFeedToken(user.id);
  return json({ url: token ? feedUrl(req, token) : null });
});

/** Creates the private address, or replaces it (the old one stops working). */
export const POST = withUser(noParams, async (req, { user }) =>
  json({ url: feedUrl(req, await rotateFeedToken(user.id)) }, 201),
);

export const DELETE = withUser(noParams, async (_req, { user }) => {
  await revokeFeed(user.id);
  return new Response(null, { status: 204 });
});
