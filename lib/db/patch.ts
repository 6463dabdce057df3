// A PATCH lists only the fields it changes; `undefined` means "leave as it is". Prisma's updateMany with nothing to
// set touches no row and counts 0, which a caller must not read as "no such row" (the fuzzer found three PATCH routes
// answering 404 to `{}` once answers were checked against the OpenAPI document). Callers update only when this is
// true, and otherwise look the row up. Pure.

/** Whether a patch sets at least one field. */
export const setsSomething = (data: Record<string, unknown>): boolean =>
  Object.values(data).some((v) => v !== undefined);
