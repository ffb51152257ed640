import '../focus.css';
import '../guide.css';
import { Link, useParams } from 'react-router';
import { CiteButton } from '../components/CiteButton.tsx';
import { NoSuchArticle } from '../components/NoSuchArticle.tsx';
import { FocusLoading } from '../components/FocusLoading.tsx';
import { GuideArgumentList } from '../components/GuideArgumentList.tsx';
import { GuideDisagreements } from '../components/GuideDisagreements.tsx';
import { GuideTypeChart } from '../components/GuideTypeChart.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { TextSizeControl } from '../components/TextSizeControl.tsx';
import { authorsLabel, dateLabel, publicationLabel } from '../model/citation.ts';
import { absoluteUrl, argumentsPath, libraryPath } from '../state/paths.ts';
import { useReadingGuide } from '../state/use-reading-guide.ts';

/**
 * An article's reading guide (`/article/<id>/guide`): its source, its claims by type, the arguments
 * it shares with each other article and those it alone makes, and where it disagrees with another.
 * Prints as a handout.
 */
export function GuideRoute() {
  const { articleId = '' } = useParams();
  const model = useReadingGuide(articleId);
  const { guide } = model;
  if (!guide) return <NoSuchArticle articleId={articleId} />;
  const { meta } = guide;
  const waiting = model.loading || model.failures.length > 0;
  return (
    <main className="guide-page">
      <header className="page-header">
        <nav aria-label="Breadcrumb" className="page-nav">
          <Link to={libraryPath()}>Library</Link> · <Link to={model.articleHref}>The article</Link> ·{' '}
          <Link to={argumentsPath()}>Arguments</Link>
        </nav>
        <SearchBox />
        <TextSizeControl />
      </header>
      <div className="guide-page__heading">
        <p className="guide-page__kind">Reading guide</p>
        <h1 className="guide-page__title">{meta.title}</h1>
        {meta.subtitle && <p className="guide-page__subtitle">{meta.subtitle}</p>}
        <p className="guide-page__source">
          {authorsLabel(meta)} · {publicationLabel(meta)} · {dateLabel(meta)}
        </p>
        <p className="guide-page__actions">
          <Link to={model.articleHref}>Read the article</Link>{' '}
          <CiteButton target={{ meta, url: absoluteUrl(model.articleHref) }} what="this article" />
        </p>
      </div>
      {waiting && <FocusLoading loading={model.loading} failures={model.failures} />}
      <section aria-labelledby="guide-types-heading">
        <h2 id="guide-types-heading">Claims by type</h2>
        {!waiting && <GuideTypeChart types={guide.types} passageCount={guide.passageCount} />}
      </section>
      <section aria-labelledby="guide-shared-heading">
        <h2 id="guide-shared-heading">Arguments it shares with other articles</h2>
        {guide.shared.length === 0 && <p>No other article makes any of its arguments.</p>}
        {guide.shared.map(({ other, arguments: entries }) => (
          <section key={other.id} className="guide-group" aria-labelledby={`guide-shared-${other.id}`}>
            <h3 id={`guide-shared-${other.id}`}>
              With {other.title} <span className="guide-group__by">({authorsLabel(other)})</span>{' '}
              <span className="guide-group__count">
                {entries.length} {entries.length === 1 ? 'argument' : 'arguments'}
              </span>
            </h3>
            <GuideArgumentList
              entries={entries}
              label={`Arguments shared with ${other.title}`}
              argumentHref={model.argumentHref}
              passageHref={model.passageHref}
              compareHref={(entry) => model.compareHref(other.id, entry.here[0])}
            />
          </section>
        ))}
      </section>
      <section aria-labelledby="guide-alone-heading">
        <h2 id="guide-alone-heading">Arguments only this article makes ({guide.alone.length})</h2>
        {guide.alone.length === 0 ? (
          <p>Every argument it makes is made by another article too.</p>
        ) : (
          <GuideArgumentList
            entries={guide.alone}
            label="Arguments only this article makes"
            argumentHref={model.argumentHref}
            passageHref={model.passageHref}
          />
        )}
      </section>
      <section aria-labelledby="guide-disputes-heading">
        <h2 id="guide-disputes-heading">Where it disagrees with other articles</h2>
        {!waiting && (
          <GuideDisagreements
            meta={meta}
            disagreements={guide.disagreements}
            argumentHref={model.argumentHref}
            pairHref={model.pairHref}
          />
        )}
      </section>
    </main>
  );
}
