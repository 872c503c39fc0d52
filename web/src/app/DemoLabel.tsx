/** The label every view using demonstration data carries, visibly and for screen readers. */
export function DemoLabel() {
  return (
    <p className="rp-demo-label" data-testid="demo-label">
      <strong>fictieve voorbeelddata</strong> — gegenereerd om de werking te tonen; geen gepubliceerde cijfers
    </p>
  );
}
