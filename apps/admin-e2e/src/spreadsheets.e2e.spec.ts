import { readFileSync } from "node:fs";

import type { Page } from "playwright-core";

import { Journey, Someone, startJourney } from "./support/journey";

const HR_LEAD: Someone = {
  email: "hr.lead@demo.ledger.example",
  password: "demo-ledger-2026",
  name: "Harriet Reid (HR lead)",
};

const PROCUREMENT_LEAD: Someone = {
  email: "procurement.lead@demo.ledger.example",
  password: "demo-ledger-2026",
  name: "Priya Lal (procurement lead)",
};

const HEADER = "email,competency,level,evidence";
const GOOD_ROW =
  "officer@demo.ledger.example,Contract law basics,3,Contract law course certificate";
const csv = (...rows: string[]) =>
  Buffer.from([HEADER, ...rows].join("\n") + "\n");

// Issue 12: HR imports a spreadsheet from the skills matrix, sees the bad row named by its line
// and reason before anything is written, fixes it and imports; any register downloads as CSV.
describe("spreadsheets in the admin UI", () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney({ demoData: true, watchGraphql: true });
    ({ page } = journey);
    await journey.signIn(HR_LEAD);
  }, 120_000);

  afterAll(async () => {
    await journey?.close();
  });

  it("checks a file, names its bad row by line and reason, and imports it once fixed", async () => {
    await journey.openFromNavigation("Skills matrix");
    await page
      .getByRole("button", { name: "Import assessments from a spreadsheet" })
      .click();
    const panel = page.getByRole("region", { name: "Import assessments" });
    const file = panel.getByLabel("Spreadsheet (CSV or XLSX)");

    await file.setInputFiles({
      name: "assessments.csv",
      mimeType: "text/csv",
      buffer: csv(
        GOOD_ROW,
        "jordan.hale@demo.ledger.example,Contract law basics,high,Team review",
      ),
    });
    await panel.getByRole("button", { name: "Check the file" }).click();
    const refused = panel.getByRole("region", { name: "Refused rows" });
    await refused.waitFor();
    expect(await refused.locator("tbody tr").allInnerTexts()).toEqual([
      expect.stringMatching(
        /^3\s+level "high" is not a whole number from 0 to 4$/,
      ),
    ]);
    expect(
      await panel
        .getByRole("button", { name: "Import", exact: true })
        .isDisabled(),
    ).toBe(true);
    await journey.screenshot("sheets-ui-refused");

    await file.setInputFiles({
      name: "assessments.csv",
      mimeType: "text/csv",
      buffer: csv(
        GOOD_ROW,
        "jordan.hale@demo.ledger.example,Contract law basics,2,Team review",
      ),
    });
    await panel.getByRole("button", { name: "Check the file" }).click();
    await panel.getByText("All 2 rows are valid.").waitFor();
    await panel.getByRole("button", { name: "Import 2 rows" }).click();
    await panel
      .getByText("Imported: 2 rows of assessments.csv recorded as assessments.")
      .waitFor();
    await page.getByText("Imported 2 rows from assessments.csv.").waitFor();
    await journey.screenshot("sheets-ui-imported");
    expect(journey.failedGraphqlAnswers).toEqual([]);
  });

  it("downloads a register as CSV", async () => {
    await journey.openFromNavigation("Establishment");
    await page.getByLabel("Download the establishment as").selectOption("csv");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download", exact: true }).click(),
    ]);

    expect(download.suggestedFilename()).toMatch(
      /^establishment-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const text = readFileSync(await download.path(), "utf8");
    // Every text cell is quoted (a ';'-separated reader finds no formula in one).
    expect(text.split(/\r?\n/)[0]).toBe(
      '"Title","FTE","Status","Holder","Start date","Target year","Justification","Decision reason"',
    );
  });

  // Issue 13 part 8: the procurement lead brings in the authority's existing contracts register
  // (the e-tendering portal's export) through the same panel: checked first, refused rows named
  // by line, column and reason, then imported whole.
  it("imports a contracts register on the contracts page, naming a bad row by line and column first", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await journey.signIn(PROCUREMENT_LEAD);
    // The procurement of a demo contract: its award gateway passed, so another lot may be imported against it.
    await journey.openFromNavigation("Contracts");
    await page.locator("table tbody th a").first().click();
    const procurementLink = page.locator('a[href^="/gateway/"]').first();
    await procurementLink.waitFor();
    const procurementId = ((await procurementLink.getAttribute("href")) ?? "")
      .split("/")
      .pop();
    const register = (value: string) =>
      Buffer.from(
        [
          "Contract reference,Procurement reference,Supplier name,Awarded value (GBP),Start date,End date,Social value weighting %,Status",
          `CON/2023/044,${procurementId},Fenland Lot 2 Ltd,"${value}",01/09/2023,31/08/2026,10%,Active`,
        ].join("\n") + "\n",
      );

    await journey.openFromNavigation("Contracts");
    await page
      .getByRole("button", {
        name: "Import a contracts register from a spreadsheet",
      })
      .click();
    const panel = page.getByRole("region", {
      name: "Import a contracts register",
    });
    const file = panel.getByLabel("Spreadsheet (CSV or XLSX)");
    await file.setInputFiles({
      name: "register.csv",
      mimeType: "text/csv",
      buffer: register("-£85,000"),
    });
    await panel.getByRole("button", { name: "Check the file" }).click();
    const refused = panel.getByRole("region", { name: "Refused rows" });
    await refused.waitFor();
    expect(await refused.locator("tbody tr").allInnerTexts()).toEqual([
      expect.stringMatching(
        /^2\s+awarded value\s+awarded value "-£85,000" is negative: an amount in pounds must be 0 or more$/,
      ),
    ]);

    await file.setInputFiles({
      name: "register.csv",
      mimeType: "text/csv",
      buffer: register("£85,000"),
    });
    await panel.getByRole("button", { name: "Check the file" }).click();
    await panel
      .getByText("New: 1. Updated: 0. Already on the record: 0.")
      .waitFor();
    await panel.getByRole("button", { name: "Import 1 row" }).click();
    await panel
      .getByText("Imported: 1 row of register.csv recorded as contracts.")
      .waitFor();
    await page.locator('tr[data-contract-id="CON-2023-044"]').waitFor();
    await journey.screenshot("sheets-ui-contracts-imported");
    expect(journey.failedGraphqlAnswers).toEqual([]);
  });
});
