"use client";

import { allowedMediaTypes, describeFormats } from "@ums/api/rules/detect-image-format";
import {
  Alert,
  Avatar,
  Button,
  ConfirmDialog,
  Progress,
  Switch,
  buttonClassName,
  useToast,
} from "@ums/ui";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ChangeEvent, type DragEvent } from "react";

import { sentence } from "../../../../lib/form-errors";
import { uploadFailureMessage } from "../../../../lib/xhr-upload";
import { trpc } from "../../../../trpc/react";
import { AvatarCropper } from "./avatar-cropper";
import { checkAvatarFile, tooSmallMessage, type AvatarLimits } from "./check-avatar-file";
import { initialBox, type CropBox, type ImageSize } from "./crop-geometry";
import { startAvatarUpload } from "./upload-avatar";

interface AvatarEditorProps {
  /** the person's name, for the avatar's alt text and initials */
  name: string;
  avatarUrl: string | null;
  limits: AvatarLimits;
}

/** A chosen picture on its way to becoming the avatar. */
interface Chosen {
  file: File;
  url: string;
  image: ImageSize;
  box: CropBox;
  /** an animated format (GIF, WebP): offer to keep the animation */
  mayAnimate: boolean;
}

/** Reads a picture's upright size; null when the browser cannot decode it. */
function imageSizeOf(url: string): Promise<ImageSize | null> {
  return new Promise((resolve) => {
    const image = new window.Image();
    image.onload = () => {
      resolve({ width: image.naturalWidth, height: image.naturalHeight });
    };
    image.onerror = () => {
      resolve(null);
    };
    image.src = url;
  });
}

/**
 * The avatar on the profile page: choose a picture (file picker or drag and drop), checked here
 * against the server's limits, crop it to a square with a live preview, upload it with a progress
 * bar (cancellable), or remove the avatar after a confirmation. The header and the page show the
 * new avatar at once.
 */
export function AvatarEditor({ name, avatarUrl, limits }: AvatarEditorProps) {
  const router = useRouter();
  const { toast } = useToast();
  const [current, setCurrent] = useState(avatarUrl);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [keepAnimation, setKeepAnimation] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploading, setUploading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const cancelUpload = useRef<(() => void) | null>(null);
  const cropHeading = useRef<HTMLHeadingElement>(null);
  const removeAvatar = trpc.profile.removeAvatar.useMutation();
  const accept = allowedMediaTypes(limits.allowedFormats).join(",");

  // Entering the crop step moves focus to it; its object URL lives as long as the step.
  const chosenUrl = chosen?.url;
  useEffect(() => {
    if (chosenUrl === undefined) return;
    cropHeading.current?.focus();
    return () => {
      URL.revokeObjectURL(chosenUrl);
    };
  }, [chosenUrl]);

  async function choose(file: File) {
    setError(null);
    const check = await checkAvatarFile(file, limits);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    const url = URL.createObjectURL(file);
    const image = await imageSizeOf(url);
    const problem =
      image === null
        ? "This picture could not be read: it may be damaged. Choose another one."
        : tooSmallMessage(image, limits);
    if (image === null || problem !== null) {
      URL.revokeObjectURL(url);
      setError(problem);
      return;
    }
    setKeepAnimation(false);
    setChosen({
      file,
      url,
      image,
      box: initialBox(image, limits.minSide),
      mayAnimate: check.format === "gif" || check.format === "webp",
    });
  }

  function onFileInput(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // The same file may be chosen again after a cancel.
    event.target.value = "";
    if (file) void choose(file);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void choose(file);
  }

  async function upload() {
    if (chosen === null) return;
    setError(null);
    setUploading(true);
    setProgress(0);
    const { done, cancel } = startAvatarUpload({
      file: chosen.file,
      crop: chosen.box,
      keepAnimation: chosen.mayAnimate && keepAnimation,
      onProgress: (sent, total) => {
        setProgress(total > 0 ? Math.round((sent / total) * 100) : null);
      },
    });
    cancelUpload.current = cancel;
    const result = await done;
    cancelUpload.current = null;
    setUploading(false);
    setProgress(null);
    if (!result.ok) {
      if (result.failure.kind === "cancelled") {
        toast({ title: "Upload cancelled", tone: "info" });
      } else {
        setError(uploadFailureMessage(result.failure));
      }
      return;
    }
    setCurrent(result.avatar.avatar_url);
    setChosen(null);
    toast({ title: "Avatar updated", description: "Your new picture is on your profile." });
    router.refresh();
  }

  async function remove() {
    try {
      await removeAvatar.mutateAsync();
    } catch (caught) {
      toast({
        title: "The avatar could not be removed",
        description: caught instanceof Error ? sentence(caught.message) : undefined,
        tone: "danger",
      });
      throw caught;
    }
    setCurrent(null);
    toast({ title: "Avatar removed" });
    router.refresh();
  }

  return (
    <section
      aria-labelledby="avatar-heading"
      className="grid gap-4 rounded-ums border-ums border-line bg-surface p-6"
    >
      <h2 id="avatar-heading" className="text-lg font-semibold text-fg">
        Picture
      </h2>
      {error ? (
        <Alert tone="danger" title="That picture cannot be used">
          {error}
        </Alert>
      ) : null}

      {chosen === null ? (
        <div className="flex flex-wrap items-center gap-6">
          <Avatar name={name} src={current} size={128} />
          <div className="grid gap-3">
            <div
              onDragOver={(event) => {
                event.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => {
                setDragging(false);
              }}
              onDrop={onDrop}
              data-testid="avatar-drop-zone"
              className={`grid gap-2 rounded-ums border-2 border-dashed p-4 ${
                dragging ? "border-primary bg-info-soft" : "border-line-strong"
              }`}
            >
              <label
                className={buttonClassName(
                  "secondary",
                  "md",
                  "cursor-pointer justify-self-start has-[:focus-visible]:outline-(length:--ums-focus-width) has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus",
                )}
              >
                Choose a picture
                <input type="file" accept={accept} className="sr-only" onChange={onFileInput} />
              </label>
              <p className="text-sm text-fg-muted">or drop one here. {formatsText(limits)}</p>
            </div>
            {current ? (
              <ConfirmDialog
                title="Remove your avatar?"
                description="Your initials will show instead. You can upload a new picture at any time."
                confirmLabel="Remove avatar"
                tone="danger"
                onConfirm={remove}
                trigger={
                  <Button type="button" variant="ghost" className="justify-self-start">
                    Remove avatar
                  </Button>
                }
              />
            ) : null}
          </div>
        </div>
      ) : (
        <div className="grid gap-4">
          <h3 ref={cropHeading} tabIndex={-1} className="font-semibold text-fg focus:outline-none">
            Crop your picture
          </h3>
          <AvatarCropper
            src={chosen.url}
            image={chosen.image}
            box={chosen.box}
            minSide={limits.minSide}
            onBoxChange={(box) => {
              setChosen((previous) => previous && { ...previous, box });
            }}
          />
          {chosen.mayAnimate ? (
            <Switch
              label="Keep the animation"
              description="Otherwise the avatar is the picture's first frame."
              checked={keepAnimation}
              onCheckedChange={setKeepAnimation}
              disabled={uploading}
            />
          ) : null}
          {uploading ? <Progress label="Uploading your picture" value={progress} /> : null}
          <div className="flex flex-wrap gap-3">
            {uploading ? (
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  cancelUpload.current?.();
                }}
              >
                Cancel upload
              </Button>
            ) : (
              <>
                <Button
                  type="button"
                  onClick={() => {
                    void upload();
                  }}
                >
                  Upload picture
                </Button>
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => {
                    setChosen(null);
                    setError(null);
                  }}
                >
                  Cancel
                </Button>
              </>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

/** "JPEG, PNG or GIF, up to 5 MB." */
function formatsText(limits: AvatarLimits): string {
  return `${describeFormats(limits.allowedFormats)}, up to ${limits.maxSizeMb} MB.`;
}
