"use client";

import { Button } from "@ums/ui";
import Image from "next/image";
import { useId, useRef, type KeyboardEvent, type PointerEvent } from "react";

import {
  keyStep,
  moveBox,
  sizeRange,
  zoomBox,
  zoomLevel,
  type CropBox,
  type ImageSize,
} from "./crop-geometry";

interface AvatarCropperProps {
  /** the chosen picture (an object URL) */
  src: string;
  /** its upright size in pixels */
  image: ImageSize;
  box: CropBox;
  onBoxChange: (box: CropBox) => void;
  minSide: number;
}

/** The largest side of the picture on screen, in CSS pixels. */
const stageSide = 288;
const previewSides = [128, 48] as const;

/**
 * The crop step: the picture with a square box over it that the pointer drags and the keyboard
 * moves (arrow keys, Shift for bigger steps) and zooms (+ and −, or the buttons), and live
 * circular previews of the result. The box is in pixels of the picture; the server crops.
 */
export function AvatarCropper({ src, image, box, onBoxChange, minSide }: AvatarCropperProps) {
  const instructionsId = useId();
  const drag = useRef<{ pointerId: number; x: number; y: number; start: CropBox } | null>(null);
  const scale = Math.min(stageSide / image.width, stageSide / image.height);
  const { smallest, largest } = sizeRange(image, minSide);

  const zoom = (steps: number) => {
    onBoxChange(zoomBox(box, steps, image, minSide));
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = keyStep(box, event.shiftKey);
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[event.key];
    if (move) {
      onBoxChange(moveBox(box, move[0], move[1], image, minSide));
    } else if (event.key === "+" || event.key === "=") {
      zoom(1);
    } else if (event.key === "-" || event.key === "_") {
      zoom(-1);
    } else {
      return;
    }
    event.preventDefault();
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { pointerId: event.pointerId, x: event.clientX, y: event.clientY, start: box };
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const current = drag.current;
    if (current?.pointerId !== event.pointerId) return;
    const dx = (event.clientX - current.x) / scale;
    const dy = (event.clientY - current.y) / scale;
    onBoxChange(moveBox(current.start, dx, dy, image, minSide));
  }

  function endDrag() {
    drag.current = null;
  }

  return (
    <div className="grid gap-4">
      <p id={instructionsId} className="text-sm text-fg-muted">
        Drag the square to choose the part of the picture to keep, or focus it and use the arrow
        keys to move it (with Shift for bigger steps) and + or − to zoom in or out.
      </p>
      <div className="flex flex-wrap items-start gap-6">
        <div
          className="relative overflow-hidden rounded-ums bg-surface-muted select-none"
          style={{ width: image.width * scale, height: image.height * scale }}
        >
          <Image
            src={src}
            alt=""
            unoptimized
            draggable={false}
            width={Math.round(image.width * scale)}
            height={Math.round(image.height * scale)}
            className="pointer-events-none block size-full max-w-none"
          />
          <div
            role="application"
            aria-label="Crop area"
            aria-describedby={instructionsId}
            tabIndex={0}
            onKeyDown={onKeyDown}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={endDrag}
            onPointerCancel={endDrag}
            data-testid="crop-box"
            data-crop={`${box.left},${box.top},${box.size}`}
            className="absolute cursor-move touch-none border-2 border-white shadow-[0_0_0_9999px_rgb(0_0_0/0.55)] outline-offset-4 focus-visible:outline-3 focus-visible:outline-focus"
            style={{
              left: box.left * scale,
              top: box.top * scale,
              width: box.size * scale,
              height: box.size * scale,
            }}
          >
            <div className="pointer-events-none size-full rounded-full border border-dashed border-white/90" />
          </div>
        </div>
        <div className="grid gap-3">
          <p className="text-sm font-semibold text-fg">Preview</p>
          <div className="flex items-end gap-4">
            {previewSides.map((side) => (
              <CircularPreview key={side} src={src} image={image} box={box} side={side} />
            ))}
          </div>
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant="secondary"
              size="sm"
              disabled={box.size >= largest}
              onClick={() => {
                zoom(-1);
              }}
            >
              Zoom out
            </Button>
            <Button
              type="button"
              variant="secondary"
              size="sm"
              disabled={box.size <= smallest}
              onClick={() => {
                zoom(1);
              }}
            >
              Zoom in
            </Button>
          </div>
          <p aria-live="polite" className="text-sm text-fg-muted tabular-nums">
            {`Zoom ${zoomLevel(box, image).toFixed(1)}×, ${box.size} × ${box.size} pixels from the left ${box.left}, top ${box.top}`}
          </p>
        </div>
      </div>
    </div>
  );
}

/** The cropped square in a circle of `side` CSS pixels, as the avatar will look. */
function CircularPreview({
  src,
  image,
  box,
  side,
}: {
  src: string;
  image: ImageSize;
  box: CropBox;
  side: number;
}) {
  const scale = side / box.size;
  return (
    <div
      role="img"
      aria-label={`Preview of the new avatar, ${side} pixels`}
      className="ums-forced-outline relative shrink-0 overflow-hidden rounded-full bg-surface-muted"
      style={{ width: side, height: side }}
    >
      <Image
        src={src}
        alt=""
        unoptimized
        draggable={false}
        width={Math.round(image.width * scale)}
        height={Math.round(image.height * scale)}
        className="absolute block max-w-none"
        style={{
          left: -box.left * scale,
          top: -box.top * scale,
          width: image.width * scale,
          height: image.height * scale,
        }}
      />
    </div>
  );
}
