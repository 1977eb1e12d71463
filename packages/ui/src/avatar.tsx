"use client";

import * as RadixAvatar from "@radix-ui/react-avatar";

import { classNames } from "./class-names";
import { initials } from "./initials";

export type AvatarSize = 32 | 64 | 128;

export interface AvatarProps {
  /** The person's name: the image's alt text, and the source of the initials shown without one. */
  name: string;
  /** The picture's URL; without one (or while it fails to load) the initials are shown. */
  src?: string | null;
  /** Pixels at the default font size (it scales with the user's font size). Default 64. */
  size?: AvatarSize;
  /** The name is printed right beside it: hide the avatar from screen readers. */
  decorative?: boolean;
  className?: string;
}

const sizeClasses: Record<AvatarSize, string> = {
  32: "size-8 text-xs",
  64: "size-16 text-xl",
  128: "size-32 text-4xl",
};

/** A person's picture (Radix Avatar), falling back to their initials on a tinted circle. */
export function Avatar({ name, src, size = 64, decorative = false, className }: AvatarProps) {
  return (
    <RadixAvatar.Root
      aria-hidden={decorative || undefined}
      className={classNames(
        "ums-forced-outline inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full",
        "bg-info-soft align-middle font-semibold text-info-ink select-none",
        sizeClasses[size],
        className,
      )}
    >
      {src ? (
        <RadixAvatar.Image
          src={src}
          alt={decorative ? "" : name}
          width={size}
          height={size}
          className="size-full object-cover"
        />
      ) : null}
      <RadixAvatar.Fallback
        role={decorative ? undefined : "img"}
        aria-label={decorative ? undefined : name}
        className="inline-flex size-full items-center justify-center"
      >
        {initials(name)}
      </RadixAvatar.Fallback>
    </RadixAvatar.Root>
  );
}
