import type { ReactNode } from "react";

/**
 * A field's hint and error, with the ids its input names in `aria-describedby` (`<id>-hint`,
 * `<id>-error`): one markup for every form of the desk, so a screen reader hears them the same way.
 */
export function FieldHelp({ id, hint, error, hintClassName = "form-text d-block" }: { id: string; hint?: ReactNode; error?: ReactNode; hintClassName?: string }) {
  return (
    <>
      {hint ? (
        <small className={hintClassName} id={`${id}-hint`}>
          {hint}
        </small>
      ) : null}
      {error ? (
        <p className="text-danger mt-1 mb-0" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}
