export { Card, type CardProps } from "./card";
export { StatusBadge, type StatusBadgeProps, type StatusTone } from "./status-badge";
export { classNames } from "./class-names";
