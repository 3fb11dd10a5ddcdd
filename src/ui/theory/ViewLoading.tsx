// What a deeper view shows for the moment its code takes to arrive (from the cache, offline too).

export function ViewLoading() {
  return (
    <p className="view-disclosure__summary" role="status">
      Loading the view…
    </p>
  );
}
