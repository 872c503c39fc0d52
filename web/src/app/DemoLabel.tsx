/** The label every view using demonstration data carries, visibly and for screen readers. */
export function DemoLabel() {
  return (
    <p className="rp-demo-label" data-testid="demo-label">
      <strong>fictieve voorbeelddata</strong> — gegenereerd om de werking te tonen; geen gepubliceerde cijfers
    </p>
  );
}

/** The small inline mark for a part of a demo screen that may be cut out (a table, a panel): not a second banner. */
export function DemoMark() {
  return (
    <span className="rp-demo-label" data-testid="demo-mark">
      fictieve voorbeelddata
    </span>
  );
}
