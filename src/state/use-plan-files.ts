/**
 * Export and import of the reader's discussion plans as a plans file (JSON with a `schemaVersion`,
 * src/data/plan-schema.ts), beside the W3C export of annotations. A file is refused whole, with
 * each problem named, when anything in it is wrong; a good one is added as one undo step.
 */
import { useCallback, useState } from 'react';
import { PLANS_FILE_MAX_BYTES, plansFileContent, readPlansFile } from '../data/plan-schema.ts';
import type { DiscussionPlan } from '../model/discussion-plan.ts';
import type { AnnotationStore } from './annotation-store.ts';
import { download } from './use-annotation-share.ts';

/** What the last import did: how many plans it added, or why the file was refused. */
export type PlanImportResult =
  { ok: true; fileName: string; count: number } | { ok: false; problems: string[] };

/** Export of `plans`, and import of a chosen file into `store`. */
export function usePlanFiles(
  store: AnnotationStore,
  plans: readonly DiscussionPlan[],
): {
  exportPlans: () => void;
  importFile: (file: File) => Promise<void>;
  result: PlanImportResult | undefined;
} {
  const [result, setResult] = useState<PlanImportResult>();
  const exportPlans = useCallback(() => {
    download({
      name: `parallax-plans-${new Date().toISOString().slice(0, 10)}.json`,
      type: 'application/json',
      content: plansFileContent(plans),
    });
  }, [plans]);
  const importFile = useCallback(
    async (file: File) => {
      if (file.size > PLANS_FILE_MAX_BYTES) {
        setResult({
          ok: false,
          problems: [`${file.name}: larger than ${PLANS_FILE_MAX_BYTES / 1_000_000} MB`],
        });
        return;
      }
      const read = readPlansFile(file.name, await file.text());
      if (!read.ok) {
        setResult(read);
        return;
      }
      store.importPlans(read.plans);
      setResult({ ok: true, fileName: file.name, count: read.plans.length });
    },
    [store],
  );
  return { exportPlans, importFile, result };
}
