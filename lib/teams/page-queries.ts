import "server-only";
import { AppError } from "@/lib/errors";

// Pages turn "not in this team" into their 404 page; anything else goes on to the error page.
export async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof AppError && (err.code === "not_found" || err.code === "forbidden")) return null;
    throw err;
  }
}
