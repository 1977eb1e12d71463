/**
 * The crop box of an avatar: a square in pixels of the upright image, as the upload sends it
 * (crop_left, crop_top, crop_width = crop_height). The server does the cropping; these rules only
 * keep the box inside the picture and no smaller than the server accepts.
 */
export interface CropBox {
  left: number;
  top: number;
  size: number;
}

export interface ImageSize {
  width: number;
  height: number;
}

/** Each zoom step shrinks (in) or grows (out) the box by this factor, around its centre. */
export const zoomFactor = 1.15;

/** The largest box (the picture's shorter side) and the smallest (`minSide`, or the largest if smaller). */
export function sizeRange(image: ImageSize, minSide: number) {
  const largest = Math.min(image.width, image.height);
  return { smallest: Math.min(minSide, largest), largest };
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** The box moved and sized back inside the picture, in whole pixels. */
export function fitBox(box: CropBox, image: ImageSize, minSide: number): CropBox {
  const { smallest, largest } = sizeRange(image, minSide);
  const size = Math.round(clamp(box.size, smallest, largest));
  return {
    size,
    left: Math.round(clamp(box.left, 0, image.width - size)),
    top: Math.round(clamp(box.top, 0, image.height - size)),
  };
}

/** The centred square of the shorter side: what the server would take without a box. */
export function initialBox(image: ImageSize, minSide: number): CropBox {
  const size = Math.min(image.width, image.height);
  return fitBox(
    { size, left: (image.width - size) / 2, top: (image.height - size) / 2 },
    image,
    minSide,
  );
}

/** The box moved by (dx, dy) picture pixels, kept inside. */
export function moveBox(
  box: CropBox,
  dx: number,
  dy: number,
  image: ImageSize,
  minSide: number,
): CropBox {
  return fitBox({ ...box, left: box.left + dx, top: box.top + dy }, image, minSide);
}

/** Zoomed in (steps > 0: a smaller box) or out (steps < 0) around the box's centre. */
export function zoomBox(box: CropBox, steps: number, image: ImageSize, minSide: number): CropBox {
  const size = box.size / zoomFactor ** steps;
  const { smallest, largest } = sizeRange(image, minSide);
  const fitted = clamp(size, smallest, largest);
  const centreX = box.left + box.size / 2;
  const centreY = box.top + box.size / 2;
  return fitBox(
    { size: fitted, left: centreX - fitted / 2, top: centreY - fitted / 2 },
    image,
    minSide,
  );
}

/** How far a key press moves the box: a twentieth of the box, at least one pixel (Shift: a fifth). */
export function keyStep(box: CropBox, large: boolean): number {
  return Math.max(1, Math.round(box.size / (large ? 5 : 20)));
}

/** The zoom as people read it: 1× is the whole shorter side, 2× half of it, … */
export function zoomLevel(box: CropBox, image: ImageSize): number {
  return Math.min(image.width, image.height) / box.size;
}
