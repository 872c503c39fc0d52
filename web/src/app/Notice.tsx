/** Visible notices: failures and missing APIs are shown, never silently rendered as nothing. */
import type { ReactNode } from 'react';

export function Notice({ kind = 'info', children, testId }: { kind?: 'info' | 'warning' | 'error'; children: ReactNode; testId?: string }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${kind} rp-notice`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <div className="utrecht-alert__content"><div className="utrecht-alert__message">{children}</div></div>
    </div>
  );
}

/** A part whose API is built on another branch and not offered by this server yet. */
export function ApiMissing({ what }: { what: string }) {
  return (
    <Notice kind="warning" testId="api-ontbreekt">
      Deze server biedt {what} nog niet aan (de API ontbreekt). Dit onderdeel werkt zodra de server die functie heeft.
    </Notice>
  );
}
