import '../plans.css';
import { Link, useNavigate } from 'react-router';
import { TextSizeControl } from '../components/TextSizeControl.tsx';
import { UndoButtons } from '../components/UndoButtons.tsx';
import { argumentsPath, libraryPath, planPath } from '../state/paths.ts';
import { usePlanFiles } from '../state/use-plan-files.ts';
import { newPlanName, usePlans } from '../state/use-plans.ts';
import { useUndoKeys } from '../state/use-undo-keys.ts';

const changedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The reader's discussion plans (`/plans`): open, start, delete (with undo), export and import them. */
export function PlansRoute() {
  const { plans, store, canUndo, canRedo } = usePlans();
  const files = usePlanFiles(store, plans);
  const navigate = useNavigate();
  useUndoKeys(store.undo, store.redo);
  const start = (): void => void navigate(planPath(store.createPlan(newPlanName(new Date()))));
  return (
    <main className="plan-page">
      <header className="page-header">
        <nav aria-label="Breadcrumb" className="page-nav">
          <Link to={libraryPath()}>Library</Link> · <Link to={argumentsPath()}>Arguments</Link>
        </nav>
        <UndoButtons canUndo={canUndo} canRedo={canRedo} onUndo={store.undo} onRedo={store.redo} />
        <TextSizeControl />
      </header>
      <h1>Discussion plans</h1>
      <p className="plans-intro">
        A plan is a class discussion in steps: arguments, passages and disagreements in the order you choose,
        each with a prompt. Present it, print it as a handout, or give students its link. Plans are kept in
        this browser with your annotations.
      </p>
      <div className="plan-actions">
        <button type="button" className="plan-actions__primary" onClick={start}>
          New plan
        </button>
        <button type="button" onClick={files.exportPlans} disabled={plans.length === 0}>
          Export plans
        </button>
        <label className="plans-import">
          Import plans…
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void files.importFile(file);
            }}
          />
        </label>
      </div>
      {files.result &&
        (files.result.ok ? (
          <p role="status">
            Imported {files.result.count} {files.result.count === 1 ? 'plan' : 'plans'} from{' '}
            {files.result.fileName}.
          </p>
        ) : (
          <div role="alert" className="url-problems">
            <p>Nothing was imported:</p>
            <ul>
              {files.result.problems.slice(0, 20).map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ))}
      {plans.length === 0 ? (
        <p>No plans yet. Start one, or choose “Add to plan” on an argument.</p>
      ) : (
        <ul className="plans-list" aria-label="Your plans">
          {plans.map((plan) => (
            <li key={plan.id} className="plans-list__item">
              <Link to={planPath(plan.id)} className="plans-list__name">
                {plan.name}
              </Link>
              <span className="plans-list__meta">
                {plan.steps.length} {plan.steps.length === 1 ? 'step' : 'steps'} · changed{' '}
                {changedFormat.format(new Date(plan.modified))}
              </span>
              <button type="button" onClick={() => store.changePlan({ kind: 'delete', plan: plan.id })}>
                Delete<span className="visually-hidden"> {plan.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
