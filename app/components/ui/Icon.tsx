import type { IconName } from "./icon-names";

interface IconProps {
  name: IconName;
  className?: string;
  /** Only when the icon is the sole content of a control; otherwise it is decorative and hidden. */
  title?: string;
}

export function Icon({ name, className, title }: IconProps) {
  return (
    <svg
      className={`icon${className ? ` ${className}` : ""}`}
      aria-hidden={title ? undefined : true}
      role={title ? "img" : undefined}
      aria-label={title}
      focusable="false"
    >
      <use href={`/svg/sprites.svg#${name}`} />
    </svg>
  );
}
