import { openApiDocument } from "@/lib/api-doc/document";
import { apiRoute, json, noParams } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const GET = apiRoute(noParams, async () =>
  json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }),
);
