/** Visible notices: failures and warnings are shown, never silently rendered as nothing. */
import type { ReactNode } from 'react';

export function Notice({
  kind = 'info',
  children,
  testId,
}: {
  kind?: 'info' | 'warning' | 'error';
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div
      className={`utrecht-alert utrecht-alert--${kind} rp-notice`}
      role={kind === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
