import '../focus.css';
import '../plans.css';
import { useCallback } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { AddToPlan } from '../components/AddToPlan.tsx';
import { ArgumentPresentation } from '../components/ArgumentPresentation.tsx';
import { FileLoadNotice } from '../components/FileLoadNotice.tsx';
import { FocusContrasts } from '../components/FocusContrasts.tsx';
import { FocusLoading } from '../components/FocusLoading.tsx';
import { FocusPassages } from '../components/FocusPassages.tsx';
import { MarkdownExportButton } from '../components/MarkdownExportButton.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { TextSizeControl } from '../components/TextSizeControl.tsx';
import { StepNav } from '../components/StepNav.tsx';
import { TypeChip } from '../components/TypeChip.tsx';
import { libraryPath } from '../state/paths.ts';
import { useArgumentFocus } from '../state/use-argument-focus.ts';
import { useArgumentMarkdown } from '../state/use-markdown-export.ts';
import { useListStepper, useStepKeys } from '../state/use-step-keys.ts';

const NO_ARGUMENTS: string[] = [];

/** One argument on one screen (`/arguments/<id>`), or projected with `present=1`; arrow keys step through the list. */
export function ArgumentRoute() {
  const { argumentId = '' } = useParams();
  const model = useArgumentFocus(argumentId);
  const markdown = useArgumentMarkdown(argumentId);
  const navigate = useNavigate();
  const { focus, present } = model;
  const previousHref = focus?.previous ? model.hrefOf(focus.previous.id) : undefined;
  const nextHref = focus?.next ? model.hrefOf(focus.next.id) : undefined;
  const stepper = useListStepper(focus?.order ?? NO_ARGUMENTS, argumentId, model.hrefOf);
  const leave = useCallback(() => void navigate(model.leaveHref), [navigate, model.leaveHref]);
  useStepKeys({ ...stepper, leave: present ? leave : undefined });

  if (model.argumentsLoad.status !== 'ready')
    return (
      <main className="focus-page">
        <FileLoadNotice what="the argument" load={model.argumentsLoad} />
      </main>
    );
  if (!focus)
    return (
      <main className="focus-page">
        <h1>No such argument</h1>
        <p>
          This corpus has no argument “{argumentId}”. <Link to={model.listHref}>See every argument</Link>.
        </p>
      </main>
    );
  if (present)
    return (
      <ArgumentPresentation
        focus={focus}
        previousHref={previousHref}
        nextHref={nextHref}
        leaveHref={model.leaveHref}
        passageHref={model.passageHref}
        loading={model.loading}
        failures={model.failures}
      />
    );
  const { argument, type, articles, contrasts } = focus;
  return (
    <main className="focus-page">
      <header className="page-header">
        <nav aria-label="Breadcrumb" className="page-nav">
          <Link to={libraryPath()}>Library</Link> · <Link to={model.listHref}>Arguments</Link>
        </nav>
        <SearchBox />
        <TextSizeControl />
      </header>
      {model.problems.length > 0 && (
        <div className="url-problems" role="alert">
          <p>This link names things Parallax does not have:</p>
          <ul>
            {model.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="focus-page__meta">
        <TypeChip type={type} /> made by {articles.length} {articles.length === 1 ? 'article' : 'articles'}
      </p>
      <h1 className="focus-page__statement">{argument.statement}</h1>
      <div className="focus-page__actions">
        <Link to={model.presentHref}>Present</Link>
        {model.compareHref !== undefined && (
          <>
            {' · '}
            <Link to={model.compareHref}>Read the articles side by side</Link>
          </>
        )}
        {' · '}
        <AddToPlan target={model.planTarget} what="this argument" />
        {' · '}
        <MarkdownExportButton markdown={markdown} failuresShownOnPage />
      </div>
      <StepNav
        label="Arguments"
        previousHref={previousHref}
        nextHref={nextHref}
        position={focus.position}
        total={focus.total}
        noun="argument"
      />
      <section aria-labelledby="focus-passages-heading">
        <h2 id="focus-passages-heading">Where the articles make it</h2>
        {model.loading || model.failures.length > 0 ? (
          <FocusLoading loading={model.loading} failures={model.failures} />
        ) : (
          <FocusPassages articles={articles} passageHref={model.passageHref} addToPlan />
        )}
      </section>
      <section aria-labelledby="focus-contrasts-heading">
        <h2 id="focus-contrasts-heading">Contrasting arguments ({contrasts.length})</h2>
        <FocusContrasts contrasts={contrasts} hrefOf={model.hrefOf} />
      </section>
      <section aria-labelledby="focus-questions-heading">
        <h2 id="focus-questions-heading">Discussion questions</h2>
        {argument.questions.length > 0 ? (
          <ol className="focus-questions">
            {argument.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        ) : (
          <p>No discussion questions have been written for this argument yet.</p>
        )}
      </section>
    </main>
  );
}
