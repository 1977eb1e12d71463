import {
  apiToken,
  apiUrl,
  expect,
  expectAccessibleInBothThemes,
  signInAs,
  test,
} from "../support/fixtures";
import { createPerson } from "../support/people";
import { createStatsWriteKey, postLearningEvents } from "../support/statistics";

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

test.describe("statistics and activity", () => {
  // Long journeys (REST calls, two pages, axe four times): three times the usual timeout.
  test.beforeEach(() => {
    test.slow();
  });

  test("a learner sees the statistics of the learning events posted for them", async ({
    page,
    request,
  }) => {
    const learner = await createPerson({
      organization: "northwind",
      firstName: "Stats",
      timezone: "UTC",
      weeklyStudyGoal: 300,
    });
    await signInAs(page, learner.email);

    // Before any learning event: the empty state, not a page of zeros.
    await page.goto("/statistics");
    await expect(page.getByRole("heading", { level: 1, name: "Your statistics" })).toBeVisible();
    await expect(
      page.getByText("Your statistics appear here once you start learning", { exact: false }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Statistics", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );

    // The platform's learning service reports what the learner did.
    const key = await createStatsWriteKey(request);
    const course = crypto.randomUUID();
    const otherCourse = crypto.randomUUID();
    const event = (id: string, fields: Record<string, unknown>) => ({
      event_id: `e2e-${learner.id}-${id}`,
      user_id: learner.id,
      ...fields,
    });
    await postLearningEvents(request, key, [
      event("enrol-1", {
        event_type: "COURSE_ENROLLED",
        course_id: course,
        occurred_at: minutesAgo(3 * 1440),
      }),
      event("enrol-2", {
        event_type: "COURSE_ENROLLED",
        course_id: otherCourse,
        occurred_at: minutesAgo(3 * 1440),
      }),
      event("time-1", {
        event_type: "LEARNING_TIME",
        minutes: 45,
        course_id: course,
        occurred_at: minutesAgo(2 * 1440),
      }),
      event("quiz-1", {
        event_type: "ASSESSMENT_COMPLETED",
        score: 60,
        passed: false,
        course_id: course,
        occurred_at: minutesAgo(2 * 1440),
      }),
      event("time-2", {
        event_type: "LEARNING_TIME",
        minutes: 90,
        course_id: course,
        occurred_at: minutesAgo(2),
      }),
      event("quiz-2", {
        event_type: "ASSESSMENT_COMPLETED",
        score: 80,
        passed: true,
        course_id: course,
        occurred_at: minutesAgo(2),
      }),
      event("done-1", {
        event_type: "COURSE_COMPLETED",
        course_id: course,
        occurred_at: minutesAgo(1),
      }),
      event("login-1", { event_type: "LOGIN", occurred_at: minutesAgo(1) }),
    ]);

    await page.reload();
    // The figure a card's description list gives for `label`: the definition after the term.
    const figure = (card: string, label: string) =>
      page
        .getByRole("region", { name: card, exact: true })
        .getByRole("term")
        .filter({ hasText: new RegExp(`^${label}$`) })
        .locator("xpath=following-sibling::dd[1]");
    await expect(figure("Learning time", "In total")).toHaveText("2 h 15 min");
    await expect(figure("Courses", "Completed")).toHaveText("1");
    await expect(page.getByRole("region", { name: "Courses" })).toContainText("of 2 enrolled");
    await expect(figure("Assessments", "Average score")).toHaveText("70%");
    await expect(figure("Assessments", "Highest score")).toHaveText("80%");
    await expect(figure("Assessments", "Pass rate")).toHaveText("50%");
    await expect(figure("Streak", "Current streak")).toHaveText("1 day");
    await expect(page.getByRole("progressbar", { name: "Courses completed" })).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "This week's study goal" })).toBeVisible();

    // The chart is one image named by its summary, with the numbers a button away.
    const daily = page.getByRole("figure", { name: /Learning time per day/ });
    await expect(
      daily.getByRole("img", {
        name: /^Learning time per day: 30 values, highest .* \(1 h 30 min\)/,
      }),
    ).toBeVisible();
    await expectAccessibleInBothThemes(page);
    await daily.getByRole("button", { name: "Show data table" }).click();
    const table = daily.getByRole("table");
    await expect(table.getByRole("row")).toHaveCount(31);
    await expect(table.getByRole("cell", { name: "1 h 30 min" })).toHaveCount(1);
    await expect(table.getByRole("cell", { name: "45 min" })).toHaveCount(1);
    await expect(
      page.getByRole("img", { name: /^Assessment scores: 2 values, highest .* \(80%\)/ }),
    ).toBeVisible();
  });

  test("a learner's activity timeline shows their own doings, a page at a time", async ({
    page,
    request,
  }) => {
    const learner = await createPerson({
      organization: "northwind",
      firstName: "Timeline",
      timezone: "UTC",
      weeklyStudyGoal: 300,
    });
    await signInAs(page, learner.email);

    // 24 profile changes through the REST API: with the sign-in, more than one page (20).
    const token = await apiToken(learner.email);
    for (let change = 1; change <= 24; change += 1) {
      const response = await request.put(`${apiUrl()}/users/profile`, {
        headers: { Authorization: `Bearer ${token}` },
        data: { profile: { city: `City ${change}` } },
      });
      expect(response.status(), await response.text()).toBe(200);
    }

    await page.goto("/activity");
    await expect(page.getByRole("heading", { level: 1, name: "Your activity" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Today" })).toBeVisible();
    const entries = page.getByRole("listitem").filter({ hasText: /^You / });
    await expect(entries).toHaveCount(20);
    await expect(entries.first()).toContainText("You updated your profile (city)");
    await expect(entries.first()).toContainText(/just now|minute ago|minutes ago/);
    // Where it came from: the REST request's address.
    await expect(entries.first()).toContainText(/from [0-9a-f:.]+/i);
    await expect(page.getByText("You signed in")).toHaveCount(0);
    await expectAccessibleInBothThemes(page);

    // "Show more" appends the older entries in place: no navigation, the first page still there.
    await page.evaluate("window.__stillTheSamePage = true");
    await page.getByRole("button", { name: "Show more" }).click();
    await expect(entries).toHaveCount(25);
    await expect(page.getByText("You signed in")).toBeVisible();
    await expect(
      page.getByRole("status").filter({ hasText: "5 more activities shown." }),
    ).toBeAttached();
    await expect(page.getByRole("button", { name: "Show more" })).toHaveCount(0);
    expect(await page.evaluate("window.__stillTheSamePage === true")).toBe(true);

    // The filter lives in the URL.
    await page.goto("/activity?type=SIGNED_IN");
    await expect(entries).toHaveCount(1);
    await expect(entries.first()).toContainText("You signed in");
    await expect(page.getByRole("combobox", { name: "Show" })).toHaveText("Sign-ins");

    await page.goto("/activity?type=PASSWORD_CHANGED");
    await expect(page.getByRole("heading", { name: "No password changes" })).toBeVisible();
    await page.getByRole("link", { name: "Show all activity" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/activity" && url.search === "");
    await expect(entries).toHaveCount(20);
  });
});
