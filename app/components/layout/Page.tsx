import type { ReactNode } from "react";
import { Breadcrumbs, type Crumb } from "./Breadcrumbs";
import { Feedback } from "~/components/ui/Feedback";

interface PageProps {
  title: string;
  lead?: string;
  breadcrumbs: Crumb[];
  children: ReactNode;
  /** Pages of the Modello Comuni's first and second level carry the rating component. */
  feedback?: boolean;
  titleProps?: Record<string, string>;
}

/** The frame every content page shares: breadcrumbs, one h1, the lead, the content, the rating component. */
export function Page({ title, lead, breadcrumbs, children, feedback = true, titleProps }: PageProps) {
  return (
    <>
      <main id="main-content" tabIndex={-1}>
        <div className="container px-3 my-4">
          <div className="row">
            <div className="col-12 col-lg-10">
              <Breadcrumbs items={breadcrumbs} />
              <h1 className="mt-3" {...titleProps}>
                {title}
              </h1>
              {lead ? <p className="lead">{lead}</p> : null}
            </div>
          </div>
          {children}
        </div>
        {feedback ? <Feedback /> : null}
      </main>
    </>
  );
}
