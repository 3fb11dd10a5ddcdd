// "10ⁿ" for SVG text, with the exponent as a raised, smaller tspan: easier to read from the
// back of a room than Unicode superscript digits. Text following it returns to the baseline.

interface PowerOfTenProps {
  /** the integer exponent n */
  exponent: number;
}

export function PowerOfTen({ exponent }: PowerOfTenProps) {
  const text = exponent < 0 ? `−${-exponent}` : String(exponent);
  return (
    <>
      10
      <tspan className="exponent" dy="-0.6em">
        {text}
      </tspan>
      {/* a zero-width space back on the baseline, so text after the label is not raised */}
      <tspan className="exponent" dy="0.6em">
        {'\u200b'}
      </tspan>
    </>
  );
}
