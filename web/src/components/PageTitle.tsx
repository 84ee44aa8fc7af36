// The page's visible heading, also set as the document title so tabs and history read well.
import { type ReactNode, useEffect } from "react";

/** `section` renders an h2 for a block inside another page and leaves the document title alone. */
export function PageTitle({ title, children, section }: { title: string; children?: ReactNode; section?: boolean }) {
  useEffect(() => {
    if (!section) document.title = `${title} · Rostra`;
  }, [title, section]);
  const Heading = section ? "h2" : "h1";
  return (
    <div className="page-title">
      <Heading>{title}</Heading>
      {children}
    </div>
  );
}
