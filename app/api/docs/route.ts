import { docsPage } from "@/lib/api-doc/docs-page";

export const dynamic = "force-static";

/** The API reference: Swagger UI (served from node_modules, never a CDN) rendering /api/v1/openapi.json. */
export function GET() {
  return docsPage();
}
