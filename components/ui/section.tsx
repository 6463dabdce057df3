import type { HTMLAttributes, ReactNode } from "react";

// A region of a page in the house style: a bordered card, most often titled by an h2 that names the region for
// screen readers (aria-labelledby), with a link or badge beside the heading where there is one.

const card = (padding: Padding) => `rounded-lg border border-slate-200 ${padding} dark:border-slate-800`;

type Padding = "p-4" | "p-5";

type Titled =
  | {
      /** The region's h2; the region is named by it. */
      title: ReactNode;
      titleId: string;
      /** Beside the heading, on the same line: a link or a status badge. */
      aside?: ReactNode;
      /** Heard, not seen: where the cards beneath say enough to the eye. */
      titleHidden?: boolean;
    }
  | { title?: undefined; titleId?: undefined; aside?: undefined; titleHidden?: undefined };

type Props = Omit<HTMLAttributes<HTMLElement>, "title"> &
  Titled & {
    as?: "section" | "div" | "li" | "article" | "details";
    /** No card: a titled region only, laid out by `className`. */
    plain?: boolean;
    padding?: Padding;
    /** For `as="details"`. */
    open?: boolean;
  };

export function Section({
  as: Tag = "section",
  title,
  titleId,
  aside,
  titleHidden = false,
  plain = false,
  padding = "p-5",
  className,
  children,
  ...rest
}: Props) {
  // Layout classes (a width, a margin) come first, as they were written before the card had a component.
  const classes = plain ? className : [className, card(padding)].filter(Boolean).join(" ");
  const heading =
    title === undefined ? null : (
      <h2 id={titleId} className={titleHidden ? "sr-only" : "text-xl font-semibold"}>
        {title}
      </h2>
    );
  return (
    <Tag {...rest} aria-labelledby={titleId ?? rest["aria-labelledby"]} className={classes}>
      {aside ? (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          {heading}
          {aside}
        </div>
      ) : (
        heading
      )}
      {children}
    </Tag>
  );
}
