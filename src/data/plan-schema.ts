/**
 * The zod schemas of discussion plans wherever they enter: a plans file (exported by "Export plans",
 * `schemaVersion` 1) and the plan carried in a students' link (src/data/plan-link.ts). Every string
 * and list has a limit (PLAN_LIMITS, and PLANS_FILE_MAX_BYTES for a file), so a hostile or mistaken
 * file or link is refused whole, with each problem named by its place ("plans.2.steps.0.prompt").
 */
import { z } from 'zod';
import { PLAN_LIMITS, type DiscussionPlan, type PlanStep } from '../model/discussion-plan.ts';
import { parseJsonText } from './parse-json-file.ts';

/** The version of the plans file this release writes and reads. */
export const PLANS_SCHEMA_VERSION = 1;

/** What a plans file says it is (so another JSON file is named as such). */
export const PLANS_FILE_KIND = 'parallax-discussion-plans';

/** Largest plans file read, in bytes (UTF-8): far above PLAN_LIMITS.maxPlans plans of ordinary size. */
export const PLANS_FILE_MAX_BYTES = 5_000_000;

const id = z.string().min(1, 'empty').max(PLAN_LIMITS.maxId, `longer than ${PLAN_LIMITS.maxId} characters`);
const text = z.string().max(PLAN_LIMITS.maxText, `longer than ${PLAN_LIMITS.maxText} characters`);
const stamp = z.iso.datetime({ offset: true });

/** A step's target, told apart by `kind`. */
export const planTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('argument'), id }),
  z.strictObject({ kind: z.literal('passage'), id, article: id }),
  z.strictObject({
    kind: z.literal('contrast'),
    id,
    articles: z.array(id).max(PLAN_LIMITS.maxSteps, `more than ${PLAN_LIMITS.maxSteps} articles`),
  }),
]);

const stepSchema = z.strictObject({
  id,
  target: planTargetSchema,
  prompt: text.optional(),
  note: text.optional(),
});

const stepsSchema = z
  .array(stepSchema)
  .max(PLAN_LIMITS.maxSteps, `more than ${PLAN_LIMITS.maxSteps} steps`)
  .refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, 'two steps share an id');

const planSchema = z.strictObject({
  id,
  name: z.string().max(PLAN_LIMITS.maxName, `longer than ${PLAN_LIMITS.maxName} characters`),
  steps: stepsSchema,
  created: stamp,
  modified: stamp,
});

const fileSchema = z.strictObject({
  schemaVersion: z.literal(PLANS_SCHEMA_VERSION, `must be ${PLANS_SCHEMA_VERSION}`),
  kind: z.literal(PLANS_FILE_KIND, `must be "${PLANS_FILE_KIND}"`),
  plans: z.array(planSchema).max(PLAN_LIMITS.maxPlans, `more than ${PLAN_LIMITS.maxPlans} plans`),
});

/** A plans file as written by `plansFileContent`. */
export type PlansFile = z.infer<typeof fileSchema>;

/** What reading a file or link gave: its plans, or every problem, each naming its place. */
export type PlansRead = { ok: true; plans: DiscussionPlan[] } | { ok: false; problems: string[] };

/** The problems of a failed zod parse, each prefixed with its path in the data. */
export function namedIssues(error: z.ZodError, prefix: string): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${prefix}${path === '' ? '' : ` ${path}`}: ${issue.message}`;
  });
}

/** `plans` as a plans file (JSON text, with a `schemaVersion`). */
export function plansFileContent(plans: readonly DiscussionPlan[]): string {
  const file: PlansFile = { schemaVersion: PLANS_SCHEMA_VERSION, kind: PLANS_FILE_KIND, plans: [...plans] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads the plans file `fileName` holding `content`; nothing is taken from a file with any problem. */
export function readPlansFile(fileName: string, content: string): PlansRead {
  if (new TextEncoder().encode(content).length > PLANS_FILE_MAX_BYTES)
    return { ok: false, problems: [`${fileName}: larger than ${PLANS_FILE_MAX_BYTES / 1_000_000} MB`] };
  let data: unknown;
  try {
    data = parseJsonText(content);
  } catch (error) {
    return {
      ok: false,
      problems: [`${fileName}: not valid JSON (${error instanceof Error ? error.message : String(error)})`],
    };
  }
  const result = fileSchema.safeParse(data);
  if (!result.success) return { ok: false, problems: namedIssues(result.error, fileName) };
  return { ok: true, plans: result.data.plans.map(ownPlan) };
}

/** A parsed plan in the model's shape (optional fields left out rather than undefined). */
function ownPlan(plan: z.infer<typeof planSchema>): DiscussionPlan {
  return { ...plan, steps: plan.steps.map(ownStep) };
}

/** A parsed step in the model's shape. */
export function ownStep(step: z.infer<typeof stepSchema>): PlanStep {
  return {
    id: step.id,
    target: step.target,
    ...(step.prompt !== undefined ? { prompt: step.prompt } : {}),
    ...(step.note !== undefined ? { note: step.note } : {}),
  };
}
