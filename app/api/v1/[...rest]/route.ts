import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/api";

// Unknown API paths answer in the API's JSON error shape rather than with the HTML 404 page.
async function notFound(req: Request) {
  const path = new URL(req.url).pathname;
  return errorResponse(new AppError("not_found", `No API endpoint at ${req.method} ${path}. See README "API".`));
}

export { notFound as GET, notFound as POST, notFound as PATCH, notFound as PUT, notFound as DELETE };
