import type { FileLoad } from '../state/use-corpus.ts';
import { PartLoading } from './PartLoading.tsx';

/** While a file a view needs is on its way: a status line; if it failed, its named error with Try again. */
export function FileLoadNotice({ what, load }: { what: string; load: FileLoad<unknown> }) {
  if (load.status === 'ready') return null;
  if (load.status === 'loading') return <PartLoading part={what} />;
  return (
    <p role="alert" className="part-loading">
      {load.message}{' '}
      <button type="button" onClick={load.retry}>
        Try again
      </button>
    </p>
  );
}
