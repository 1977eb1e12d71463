export { Alert, type AlertProps, type AlertTone } from "./alert";
export { Avatar, type AvatarProps, type AvatarSize } from "./avatar";
export { Badge, type BadgeProps, type BadgeTone } from "./badge";
export { Button, type ButtonProps } from "./button";
export { buttonClassName, type ButtonSize, type ButtonVariant } from "./button-class-name";
export { Card, type CardProps } from "./card";
export { CheckboxGroup, type CheckboxGroupProps, type CheckboxOption } from "./checkbox-group";
export {
  BarChart,
  ChartFrame,
  LineChart,
  type ChartColor,
  type ChartFrameProps,
  type SimpleChartProps,
} from "./chart";
export { summarizeData, type ChartDatum } from "./chart-summary";
export { classNames } from "./class-names";
export { initials } from "./initials";
export { Combobox, type ComboboxProps } from "./combobox";
export {
  DataTable,
  type DataTableColumn,
  type DataTableProps,
  type DataTableSort,
  type SortDirection,
} from "./data-table";
export { ConfirmDialog, Dialog, type ConfirmDialogProps, type DialogProps } from "./dialog";
export { EmptyState, type EmptyStateProps } from "./empty-state";
export { ErrorState, type ErrorStateProps } from "./error-state";
export { LoadingState, type LoadingStateProps } from "./loading-state";
export {
  estimatePasswordStrength,
  PasswordStrength,
  type EstimateOptions,
  type PasswordStrengthEstimate,
  type PasswordStrengthLevel,
  type PasswordStrengthProps,
} from "./password-strength";
export { Progress, type ProgressProps } from "./progress";
export { Select, type SelectOption, type SelectProps } from "./select";
export { Slider, type SliderProps } from "./slider";
export { Spinner } from "./spinner";
export { StatusBadge, type StatusBadgeProps, type StatusTone } from "./status-badge";
export { Switch, type SwitchProps } from "./switch";
export { Tabs, type TabItem, type TabsProps } from "./tabs";
export { TextArea, type TextAreaProps } from "./text-area";
export { TextField, type TextFieldProps } from "./text-field";
export {
  ToastProvider,
  useToast,
  type ToastOptions,
  type ToastProviderProps,
  type ToastTone,
} from "./toast";
export { useReducedMotion } from "./use-reduced-motion";
export { useScreenReaderMode } from "./use-screen-reader-mode";
