import sharp from "sharp";

import { apiUrl, expect, expectAccessibleInBothThemes, signInAs, test } from "../support/fixtures";
import { createPerson } from "../support/people";

/** A 640 × 400 picture: a blue field with an orange square right of centre. */
function landscapePng(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 400, channels: 3, background: "#2255aa" } })
    .composite([
      {
        input: {
          create: { width: 160, height: 160, channels: 3, background: "#ff8800" },
        },
        left: 400,
        top: 120,
      },
    ])
    .png()
    .toBuffer();
}

const naturalWidth = (element: unknown) => (element as { naturalWidth: number }).naturalWidth;

test.describe("avatar", () => {
  test("a learner crops and uploads a picture, sees it at once and after reload, then removes it", async ({
    page,
  }) => {
    // Three pages checked by axe in two themes, and an upload: more than the default 30 s here.
    test.slow();
    const person = await createPerson({ organization: "northwind", firstName: "Avery" });
    await signInAs(page, person.email);
    await page.goto("/profile");

    const picture = page.getByRole("region", { name: "Picture" });
    const avatar = picture.getByRole("img", { name: person.name });
    await expect(avatar).toHaveText("AT");
    await expectAccessibleInBothThemes(page);

    await picture.getByLabel("Choose a picture").setInputFiles({
      name: "me.png",
      mimeType: "image/png",
      buffer: await landscapePng(),
    });

    // The crop step: the centred square of the shorter side, moved and zoomed with the keyboard.
    const cropBox = page.getByRole("application", { name: "Crop area" });
    await expect(cropBox).toHaveAttribute("data-crop", "120,0,400");
    await expect(cropBox).toHaveAccessibleDescription(/arrow keys/);
    await expect(page.getByRole("img", { name: /Preview of the new avatar/ })).toHaveCount(2);
    await cropBox.focus();
    // + zooms in around the centre (each step a 1.15 times smaller box)...
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await expect(cropBox).toHaveAttribute("data-crop", "169,49,303");
    // ...the arrows move it by a twentieth of the box, a fifth with Shift.
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("ArrowDown");
    await expect(cropBox).toHaveAttribute("data-crop", "230,64,303");
    await expect(
      picture.getByText("Zoom 1.3×, 303 × 303 pixels from the left 230, top 64"),
    ).toBeVisible();
    await expectAccessibleInBothThemes(page);

    // Hold the request a moment so the progress bar can be seen.
    await page.route("**/api/avatar", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.getByRole("button", { name: "Upload picture" }).click();
    await expect(page.getByRole("progressbar", { name: "Uploading your picture" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Avatar updated" })).toBeVisible();
    await expect(page.getByRole("progressbar")).toHaveCount(0);

    const served = new RegExp(`^${apiUrl()}/avatars/[^/]+/[^/]+-512\\.webp$`);
    const image = picture.locator("img");
    await expect(image).toHaveAttribute("src", served);
    await expect.poll(() => image.evaluate(naturalWidth)).toBeGreaterThan(0);
    // The header shows it too, without a reload.
    await expect(page.getByRole("banner").locator("img")).toHaveAttribute("src", served);

    // The served file is the processed 512-pixel square.
    const src = (await image.getAttribute("src")) ?? "";
    const file = await page.request.get(src);
    expect(file.headers()["content-type"]).toBe("image/webp");
    const metadata = await sharp(await file.body()).metadata();
    expect([metadata.width, metadata.height]).toEqual([512, 512]);

    await page.reload();
    await expect(image).toHaveAttribute("src", src);
    await expect.poll(() => image.evaluate(naturalWidth)).toBeGreaterThan(0);
    await expectAccessibleInBothThemes(page);

    await picture.getByRole("button", { name: "Remove avatar" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Remove your avatar?" });
    await confirm.getByRole("button", { name: "Remove avatar" }).click();
    // The effect, not the toast: on a loaded machine the 5-second toast can come and go between
    // two looks (a CI run missed it once).
    await expect(avatar).toHaveText("AT");
    await expect(picture.locator("img")).toHaveCount(0);
    await page.reload();
    await expect(avatar).toHaveText("AT");
    await expect(picture.locator("img")).toHaveCount(0);
  });

  test("a file that is not a picture is refused before it is sent", async ({ page }) => {
    const person = await createPerson({ organization: "globex", firstName: "Noor" });
    await signInAs(page, person.email);
    await page.goto("/profile");
    let sent = false;
    page.on("request", (request) => {
      if (request.url().endsWith("/api/avatar")) sent = true;
    });
    const picture = page.getByRole("region", { name: "Picture" });
    await picture.getByLabel("Choose a picture").setInputFiles({
      name: "notes.png",
      mimeType: "image/png",
      buffer: Buffer.from("just some text, honestly"),
    });
    await expect(picture.getByRole("alert")).toContainText(
      "not a picture we can use: choose a JPEG, PNG or GIF image",
    );
    expect(sent).toBe(false);
  });
});
