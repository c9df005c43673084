import { SKILLS } from "@ledger/workforce-api";
import { TestLedger, instant, startTestLedger } from "../testing/test-ledger";

/**
 * Large registers a page at a time: the skills matrix and the training register answer pages that
 * never overlap and together hold every row, narrowed by department, job title and competency
 * category, the matrix also ordered by largest total gap before paging; a page walk as at an
 * instant is not disturbed by later writes; re-assessing a cell does not grow the matrix; bad
 * paging is refused with BAD_USER_INPUT. (Paging is above the store, so this runs on SQLite only.)
 */
const Q = {
  register: `mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }`,
  define: `mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id } }`,
  assess: `mutation($input: AssessProficiencyInput!) { assessProficiency(input: $input) { totalGap } }`,
  addCourse: `mutation($input: AddCourseInput!) { addCourse(input: $input) { id } }`,
  plan: `mutation($input: PlanTrainingInput!) { planTraining(input: $input) { id } }`,
  matrix: `query($asOf: DateTime, $offset: Int, $limit: Int, $department: String, $jobTitle: String, $competencyCategory: String) {
    skillsMatrix(asOf: $asOf, offset: $offset, limit: $limit, department: $department, jobTitle: $jobTitle, competencyCategory: $competencyCategory) {
      totalRows offset limit competencies { id category } rows { staffMember { id department jobTitle } cells { competency { id } level } }
    }
  }`,
  ordered: `query($asOf: DateTime, $offset: Int, $limit: Int, $department: String, $orderBy: SkillsMatrixOrder) {
    skillsMatrix(asOf: $asOf, offset: $offset, limit: $limit, department: $department, orderBy: $orderBy) {
      totalRows offset limit rows { staffMember { id } totalGap }
    }
  }`,
  requirement: `mutation($input: SetRequirementInput!) { setRequirement(input: $input) { id } }`,
  row: `query($id: ID) { skillsMatrix(staffMemberId: $id) { rows { cells { competency { id } level assessedAt assessedBy assessedOn source assessments } } } }`,
  rowHistory: `query($id: ID) { skillsMatrix(staffMemberId: $id) { rows { cells { competency { id } history { level } } } } }`,
  cellHistory: `query($s: ID!, $c: ID!, $asOf: DateTime) { skillCellHistory(staffMemberId: $s, competencyId: $c, asOf: $asOf) { level evidence } }`,
  training: `query($asOf: DateTime, $offset: Int, $limit: Int, $department: String, $jobTitle: String, $competencyCategory: String) {
    trainingRegister(asOf: $asOf, offset: $offset, limit: $limit, department: $department, jobTitle: $jobTitle, competencyCategory: $competencyCategory) {
      id staffMember { id } course { id }
    }
  }`,
  options: `{ workforceFilterOptions { departments jobTitles competencyCategories } }`,
};
const DESCRIPTORS = ["None", "Aware", "Supported", "Unaided", "Expert"];
const PEOPLE: [string, string, string][] = [
  ["Ada Finch", "Finance", "Accountant"],
  ["Ben Gale", "Procurement", "Procurement Officer"],
  ["Cal Hart", "Procurement", "procurement  officer"],
  ["Dee Ives", "Finance", "Finance Manager"],
  ["Eve Jones", "Procurement", "Procurement Manager"],
  ["Fay Kerr", "Legal", "Solicitor"],
  ["Gus Lamb", "Procurement", "Procurement Officer"],
];

describe("paged and filtered registers (skills matrix, training register)", () => {
  let ledger: TestLedger;
  let hr: string;
  const ids: string[] = [];
  const comp: Record<string, string> = {};
  const course: Record<string, string> = {};
  let before: string;

  const ok = (query: string, variables: Record<string, unknown> = {}) =>
    ledger.ok(query, variables, hr);
  /** Every page of `size`, walked as a client would, until a page comes back short. */
  const walk = async <T>(
    page: (offset: number) => Promise<T[]>,
    size: number,
  ): Promise<T[][]> => {
    const pages: T[][] = [];
    for (let offset = 0; ; offset += size) {
      const rows = await page(offset);
      pages.push(rows);
      if (rows.length < size) return pages;
    }
  };

  beforeAll(async () => {
    ledger = await startTestLedger("sqlite");
    ({ token: hr } = await ledger.userFor("HR_LEAD"));
    for (const [displayName, department, jobTitle] of PEOPLE) {
      const email = `${displayName.split(" ")[0].toLowerCase()}@example.gov.uk`;
      ids.push(
        (
          await ok(Q.register, {
            input: { displayName, email, jobTitle, department },
          })
        ).id,
      );
    }
    comp["contract"] = (
      await ok(Q.define, {
        input: {
          name: "Contract management",
          category: "Contracting",
          levelDescriptors: DESCRIPTORS,
        },
      })
    ).id;
    comp["act"] = (
      await ok(Q.define, {
        input: {
          name: "Procurement Act 2023",
          category: "Legal and regulatory",
          levelDescriptors: DESCRIPTORS,
        },
      })
    ).id;
    course["contracts"] = (
      await ok(Q.addCourse, {
        input: {
          title: "Contract management foundation",
          provider: "GCC",
          competencyIds: [comp["contract"]],
        },
      })
    ).id;
    course["act"] = (
      await ok(Q.addCourse, {
        input: {
          title: "The Act in practice",
          provider: "CCS",
          competencyIds: [comp["act"]],
        },
      })
    ).id;
    for (const [i, id] of ids.entries()) {
      await ok(Q.assess, {
        input: {
          staffMemberId: id,
          competencyId: comp["contract"],
          level: i % 5,
          evidence: "Observed",
        },
      });
      await ok(Q.plan, {
        input: {
          staffMemberId: id,
          courseId: course["contracts"],
          plannedFor: "2030-01-15",
          reason: "Development plan",
        },
      });
      if (i % 2 === 0)
        await ok(Q.plan, {
          input: {
            staffMemberId: id,
            courseId: course["act"],
            plannedFor: "2030-02-15",
            reason: "New law",
          },
        });
    }
    before = await instant();
  });
  afterAll(async () => ledger?.close());

  it("walks the skills matrix in disjoint pages that together hold every person, with the total", async () => {
    const whole = await ok(Q.matrix);
    expect(whole).toMatchObject({ totalRows: 7, offset: 0, limit: 100 });
    const pages = await walk(async (offset) => {
      const page = await ok(Q.matrix, { offset, limit: 3 });
      expect(page).toMatchObject({ totalRows: 7, offset, limit: 3 });
      return page.rows.map(
        (row: { staffMember: { id: string } }) => row.staffMember.id,
      );
    }, 3);
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual(
      whole.rows.map(
        (row: { staffMember: { id: string } }) => row.staffMember.id,
      ),
    );
    expect(new Set(pages.flat()).size).toBe(7);
  });

  it("walks the training register in disjoint pages that together hold every record", async () => {
    const whole = (await ok(Q.training)).map((r: { id: string }) => r.id);
    expect(whole).toHaveLength(11);
    const pages = await walk(
      async (offset) =>
        (await ok(Q.training, { offset, limit: 4 })).map(
          (r: { id: string }) => r.id,
        ),
      4,
    );
    expect(pages.map((page) => page.length)).toEqual([4, 4, 3]);
    expect(pages.flat()).toEqual(whole);
  });

  it("narrows the matrix by department, job title (case and spaces ignored) and competency category", async () => {
    const finance = await ok(Q.matrix, { department: "finance" });
    expect(finance.totalRows).toBe(2);
    expect(
      finance.rows.map(
        (r: { staffMember: { department: string } }) =>
          r.staffMember.department,
      ),
    ).toEqual(["Finance", "Finance"]);

    const officers = await ok(Q.matrix, { jobTitle: "PROCUREMENT OFFICER" });
    expect(
      officers.rows
        .map((r: { staffMember: { id: string } }) => r.staffMember.id)
        .sort(),
    ).toEqual([ids[1], ids[2], ids[6]].sort());

    const legal = await ok(Q.matrix, {
      competencyCategory: "Legal and regulatory",
      department: "Procurement",
    });
    expect(legal.competencies).toEqual([
      { id: comp["act"], category: "Legal and regulatory" },
    ]);
    expect(legal.totalRows).toBe(4);
    expect(
      legal.rows.every((r: { cells: unknown[] }) => r.cells.length === 1),
    ).toBe(true);

    expect(await ok(Q.matrix, { department: "Nowhere" })).toMatchObject({
      totalRows: 0,
      rows: [],
    });
  });

  it("narrows the training register by department, job title and the category of the course", async () => {
    const legalCourses = await ok(Q.training, {
      competencyCategory: "legal and regulatory",
    });
    expect(
      legalCourses.map((r: { course: { id: string } }) => r.course.id),
    ).toEqual([course["act"], course["act"], course["act"], course["act"]]);
    const finance = await ok(Q.training, { department: "Finance" });
    expect(
      new Set(
        finance.map((r: { staffMember: { id: string } }) => r.staffMember.id),
      ),
    ).toEqual(new Set([ids[0], ids[3]]));
    expect(
      await ok(Q.training, {
        jobTitle: "Solicitor",
        competencyCategory: "Contracting",
      }),
    ).toEqual([
      {
        id: expect.any(String),
        staffMember: { id: ids[5] },
        course: { id: course["contracts"] },
      },
    ]);
  });

  it("offers the departments, job titles and categories to filter by", async () => {
    expect(await ok(Q.options)).toEqual({
      departments: ["Finance", "Legal", "Procurement"],
      jobTitles: [
        "Accountant",
        "Finance Manager",
        "Procurement Manager",
        "Procurement Officer",
        "Solicitor",
      ],
      competencyCategories: ["Contracting", "Legal and regulatory"],
    });
  });

  it("pages as at an instant are the same pages after later writes", async () => {
    const asOf = before;
    const pageAt = async (offset: number) =>
      (await ok(Q.matrix, { asOf, offset, limit: 3 })).rows.map(
        (r: { staffMember: { id: string } }) => r.staffMember.id,
      );
    const first = await pageAt(0);
    await ok(Q.register, {
      input: {
        displayName: "Aaron Abbot",
        email: "aaron@example.gov.uk",
        jobTitle: "Accountant",
        department: "Finance",
      },
    });
    expect(await pageAt(0)).toEqual(first);
    const atPages = await walk(pageAt, 3);
    expect(atPages.flat()).toHaveLength(7);
    expect((await ok(Q.matrix, { asOf })).totalRows).toBe(7);
    expect((await ok(Q.matrix)).totalRows).toBe(8);
    const trainingAt = await walk(
      async (offset) =>
        (await ok(Q.training, { asOf, offset, limit: 5 })).map(
          (r: { id: string }) => r.id,
        ),
      5,
    );
    expect(trainingAt.flat()).toHaveLength(11);
  });

  it("keeps the matrix the same size however often one cell is re-assessed; the history is asked for per cell", async () => {
    const person = ids[4];
    const rowSize = async () =>
      JSON.stringify(await ok(Q.row, { id: person })).length;
    const docSize = async () =>
      JSON.stringify(await ledger.stores.readModels.get(SKILLS, person)).length;
    const [answerBefore, documentBefore] = [await rowSize(), await docSize()];
    for (let i = 0; i < 50; i++) {
      await ok(Q.assess, {
        input: {
          staffMemberId: person,
          competencyId: comp["contract"],
          level: i % 5,
          evidence: `Re-assessment ${i} with a fairly long note about what was observed`,
        },
      });
    }
    // Only the latest assessment and a count live in the row: a few characters may differ (the count, the evidence).
    expect(await rowSize()).toBeLessThan(answerBefore + 100);
    expect(await docSize()).toBeLessThan(documentBefore + 100);
    const row = (await ok(Q.row, { id: person })).rows[0];
    expect(
      row.cells.find(
        (c: { competency: { id: string } }) =>
          c.competency.id === comp["contract"],
      ),
    ).toMatchObject({ level: 49 % 5, assessments: 51, source: "ASSESSMENT" });

    const history = await ok(Q.cellHistory, { s: person, c: comp["contract"] });
    expect(history).toHaveLength(51);
    expect(history.at(-1)).toEqual({
      level: 49 % 5,
      evidence:
        "Re-assessment 49 with a fairly long note about what was observed",
    });
    expect(
      await ok(Q.cellHistory, { s: person, c: comp["contract"], asOf: before }),
    ).toEqual([{ level: 4, evidence: "Observed" }]);
    const viaMatrix = (
      await ok(Q.rowHistory, { id: person })
    ).rows[0].cells.find(
      (c: { competency: { id: string } }) =>
        c.competency.id === comp["contract"],
    );
    expect(viaMatrix.history).toHaveLength(51);
  });

  it("orders everyone by largest total gap before paging (ties by name), as at an instant too; NAME stays the default", async () => {
    type Page = {
      totalRows: number;
      offset: number;
      limit: number;
      rows: { staffMember: { id: string }; totalGap: number }[];
    };
    const page = async (variables: Record<string, unknown>): Promise<Page> =>
      ok(Q.ordered, variables);
    const people = (answer: Page) =>
      answer.rows.map((r) => [r.staffMember.id, r.totalGap]);
    const aaron = (await ok(Q.matrix)).rows.find(
      (r: { staffMember: { id: string } }) => !ids.includes(r.staffMember.id),
    ).staffMember.id;
    // Before any requirement every gap is 0: the gap order is the name order.
    expect(await page({ asOf: before, orderBy: "LARGEST_GAP" })).toEqual(
      await page({ asOf: before }),
    );

    // Solicitors need Contract management 3 (Fay: 0, gap 3); accountants need 2 (Aaron and Ada: 0, gap 2).
    for (const [jobTitle, requiredLevel] of [
      ["Solicitor", 3],
      ["Accountant", 2],
    ] as const) {
      await ok(Q.requirement, {
        input: { jobTitle, competencyId: comp["contract"], requiredLevel },
      });
    }
    const withRequirements = await instant();
    // Zoe sorts last by name but has the largest gap of all (4 + 4).
    for (const competencyId of [comp["contract"], comp["act"]]) {
      await ok(Q.requirement, {
        input: { jobTitle: "Risk Analyst", competencyId, requiredLevel: 4 },
      });
    }
    const zoe = (
      await ok(Q.register, {
        input: {
          displayName: "Zoe Young",
          email: "zoe@example.gov.uk",
          jobTitle: "Risk Analyst",
          department: "Finance",
        },
      })
    ).id;

    const byName = await page({ limit: 500 });
    expect(byName.rows.at(-1)?.staffMember.id).toBe(zoe);
    expect(await page({ limit: 500, orderBy: "NAME" })).toEqual(byName);

    const first = await page({ orderBy: "LARGEST_GAP", offset: 0, limit: 3 });
    expect(first).toMatchObject({ totalRows: 9, offset: 0, limit: 3 });
    expect(people(first)).toEqual([
      [zoe, 8],
      [ids[5], 3],
      [aaron, 2],
    ]);
    const pages = await walk(
      async (offset) =>
        people(await page({ orderBy: "LARGEST_GAP", offset, limit: 3 })),
      3,
    );
    expect(pages.map((p) => p.length)).toEqual([3, 3, 3, 0]);
    // Then Ada (gap 2, after Aaron by name), then the gapless in name order: Ben, Cal, Dee, Eve, Gus.
    expect(pages.flat().map(([id]) => id)).toEqual([
      zoe,
      ids[5],
      aaron,
      ids[0],
      ids[1],
      ids[2],
      ids[3],
      ids[4],
      ids[6],
    ]);
    expect(
      people(await page({ orderBy: "LARGEST_GAP", department: "Finance" })),
    ).toEqual([
      [zoe, 8],
      [aaron, 2],
      [ids[0], 2],
      [ids[3], 0],
    ]);

    // As at an instant before Zoe: her gap is not there, the rest keep their gap order.
    const then = await page({
      asOf: withRequirements,
      orderBy: "LARGEST_GAP",
      limit: 3,
    });
    expect(then.totalRows).toBe(8);
    expect(people(then)).toEqual([
      [ids[5], 3],
      [aaron, 2],
      [ids[0], 2],
    ]);
  });

  it.each([
    ["a negative offset", Q.matrix, { offset: -1 }, "offset"],
    ["a zero limit", Q.matrix, { limit: 0 }, "limit"],
    ["a limit beyond the matrix maximum", Q.matrix, { limit: 501 }, "limit"],
    ["a huge offset", Q.matrix, { offset: 2_000_000_000 }, "offset"],
    ["a negative training limit", Q.training, { limit: -5 }, "limit"],
    [
      "a limit beyond the training maximum",
      Q.training,
      { limit: 2001 },
      "limit",
    ],
    [
      "an overlong filter",
      Q.training,
      { department: "x".repeat(201) },
      "department",
    ],
  ])(
    "refuses %s with BAD_USER_INPUT naming the argument",
    async (_, query, variables, field) => {
      const answer = await ledger.refused(
        "BAD_USER_INPUT",
        query,
        variables,
        hr,
      );
      expect(answer.errors?.[0]?.message).toContain(field);
    },
  );

  it("refuses a malformed decision-history cursor and limit with BAD_USER_INPUT", async () => {
    const auditor = await ledger.tokenFor("AUDITOR");
    await ledger.refused(
      "BAD_USER_INPUT",
      "query($from: String) { decisionHistory(from: $from) { nextFrom } }",
      { from: "not-a-position" },
      auditor,
    );
    await ledger.refused(
      "BAD_USER_INPUT",
      "query($limit: Int) { decisionHistory(limit: $limit) { nextFrom } }",
      { limit: 100_000 },
      auditor,
    );
  });
});
