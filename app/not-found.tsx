import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </p>
      <ul className="mt-4 list-disc pl-5">
        <li>
          <Link href="/" className="text-brand-700 underline dark:text-brand-300">Home</Link>
        </li>
        <li>
          <Link href="/ladder" className="text-brand-700 underline dark:text-brand-300">The career ladder</Link>
        </li>
        <li>
          <Link href="/credentials" className="text-brand-700 underline dark:text-brand-300">Credentials</Link>
        </li>
      </ul>
    </div>
  );
}
