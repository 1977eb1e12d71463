"use client";

import { Select, Switch } from "@ums/ui";

import { fontSizeOptions } from "./preference-options";
import type { SwitchName } from "./preferences-values";

interface AccessibilityFieldsProps {
  fontSize: string;
  fontSizeError: string | undefined;
  onFontSizeChange: (value: string) => void;
  switches: Record<SwitchName, boolean>;
  onSwitchChange: (name: SwitchName, checked: boolean) => void;
}

/** Font size, high contrast, screen-reader mode and captions, each saying what it changes. */
export function AccessibilityFields({
  fontSize,
  fontSizeError,
  onFontSizeChange,
  switches,
  onSwitchChange,
}: AccessibilityFieldsProps) {
  const toggle = (name: SwitchName) => ({
    checked: switches[name],
    onCheckedChange: (checked: boolean) => {
      onSwitchChange(name, checked);
    },
  });
  return (
    <>
      <Select
        label="Font size"
        description="Scales all text and the whole layout of the app, on every page."
        options={fontSizeOptions}
        value={fontSize}
        error={fontSizeError}
        onValueChange={onFontSizeChange}
      />
      <Switch
        label="High contrast"
        description="Black on white (or white on black in dark mode), with thicker borders and focus rings, on every page."
        {...toggle("high_contrast")}
      />
      <Switch
        label="Screen reader"
        description="Charts show their data tables from the start, animations are turned off, and notifications stay on screen twice as long."
        {...toggle("screen_reader")}
      />
      <Switch
        label="Closed captions"
        description="Asks the platform's course and video services to show captions by default; they read this setting from your preferences. It changes nothing on these pages."
        {...toggle("closed_captions")}
      />
      <p className="text-sm text-fg-muted">
        These settings apply as soon as you save. The app also follows your system&apos;s
        &ldquo;reduce motion&rdquo; setting.
      </p>
    </>
  );
}
