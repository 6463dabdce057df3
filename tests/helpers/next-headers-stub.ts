// Server actions read the request through next/headers, which only works inside a request Next is serving. Tests
// that call actions directly swap the module for this one (vi.mock("next/headers", …)) and say which request they
// are: the cookies (a session) and the headers (the client's address) the action will see.

let cookieHeader = "";
let requestHeaders = new Headers();
/** Cookies the code under test set or deleted, as a browser would receive them. */
export const cookiesSet: { name: string; value: string }[] = [];

export function setRequest({ cookie = "", headers = {} }: { cookie?: string; headers?: Record<string, string> }) {
  cookieHeader = cookie;
  requestHeaders = new Headers({ ...headers, ...(cookie ? { cookie } : {}) });
}

export async function cookies() {
  const all = cookieHeader
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ name: p.slice(0, p.indexOf("=")), value: p.slice(p.indexOf("=") + 1) }));
  return {
    getAll: () => all,
    get: (name: string) => all.find((c) => c.name === name),
    set: (name: string, value: string) => void cookiesSet.push({ name, value }),
    delete: (name: string) => void cookiesSet.push({ name, value: "" }),
  };
}

export async function headers() {
  return requestHeaders;
}
