// The play / pause glyph of the run button, drawn so it is crisp at any size and never depends
// on a font having the symbol.

interface PlayIconProps {
  /** pause bars while playing, a play triangle otherwise */
  playing: boolean;
}

export function PlayIcon({ playing }: PlayIconProps) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {playing ? <path d="M2 1h3.5v12H2zM8.5 1H12v12H8.5z" fill="currentColor" /> : <path d="M2.5 1 13 7 2.5 13z" fill="currentColor" />}
    </svg>
  );
}
