/** In place of an argument's passages while its articles arrive, or each failure with Retry. */
export function FocusLoading({
  loading,
  failures,
}: {
  loading: boolean;
  failures: readonly { message: string; retry: () => void }[];
}) {
  if (failures.length > 0)
    return (
      <div role="alert" className="focus-loading">
        {failures.map((f) => (
          <p key={f.message}>
            {f.message}{' '}
            <button type="button" onClick={f.retry}>
              Retry
            </button>
          </p>
        ))}
      </div>
    );
  return loading ? (
    <p role="status" className="focus-loading">
      Loading the passages…
    </p>
  ) : null;
}
