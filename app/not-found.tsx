import { TextLink } from "@/components/ui/text-link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </p>
      <ul className="mt-4 list-disc pl-5">
        <li>
          <TextLink href="/">Home</TextLink>
        </li>
        <li>
          <TextLink href="/ladder">The career ladder</TextLink>
        </li>
        <li>
          <TextLink href="/credentials">Credentials</TextLink>
        </li>
      </ul>
    </div>
  );
}
