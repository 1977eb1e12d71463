import { classNames } from "./class-names";

/** Small decorative icons of the kit, hidden from assistive technology. */
function Icon({ d, className }: { d: string; className?: string | undefined }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={classNames("size-4 shrink-0", className)}
    >
      <path d={d} />
    </svg>
  );
}

export function ChevronDownIcon({ className }: { className?: string }) {
  return <Icon d="m5 8 5 5 5-5" className={className} />;
}

export function ChevronUpIcon({ className }: { className?: string }) {
  return <Icon d="m5 12 5-5 5 5" className={className} />;
}

export function ChevronUpDownIcon({ className }: { className?: string }) {
  return <Icon d="m6 8 4-4 4 4M6 12l4 4 4-4" className={className} />;
}

export function CheckIcon({ className }: { className?: string }) {
  return <Icon d="m4 10.5 4 4 8-9" className={className} />;
}

export function CloseIcon({ className }: { className?: string }) {
  return <Icon d="m5 5 10 10M15 5 5 15" className={className} />;
}

export function SearchIcon({ className }: { className?: string }) {
  return <Icon d="M9 15A6 6 0 1 0 9 3a6 6 0 0 0 0 12Zm4.5-1.5L17 17" className={className} />;
}
