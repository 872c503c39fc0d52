/**
 * Sign-in for planners with a bearer token (issued by the service's administrator). The token is
 * checked against the server (query viewer) before anything says "aangemeld"; the session is
 * shared by the open tabs of this site (session.ts).
 */
import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useUi } from '../../state/store.js';
import { checkToken, signIn, signOut, useSessionPending } from './session.js';

export function SignIn() {
  const client = useApolloClient();
  const token = useUi((s) => s.token);
  const asking = useSessionPending();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (token) {
    return (
      <p className="rp-signin" data-testid="aangemeld">
        Aangemeld als planner.{' '}
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => signOut(client)}>
          Afmelden
        </button>
      </p>
    );
  }
  if (asking)
    return (
      <p className="rp-signin" role="status">
        Aanmelding in andere tabbladen zoeken…
      </p>
    );
  const submit = async () => {
    const candidate = value.trim();
    if (!candidate) return setError('Vul het token in dat u van de beheerder kreeg.');
    setBusy(true);
    const result = await checkToken(candidate);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setError(null);
    signIn(candidate, client);
  };
  return (
    <form
      className="rp-signin"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor="token">
          Token (planners van RVB en BZK)
        </label>
        <input
          id="token"
          className="utrecht-textbox utrecht-textbox--html-input"
          type="password"
          autoComplete="off"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'token-fout' : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
        {error && (
          <p className="utrecht-form-field-error-message" id="token-fout" role="alert" data-testid="aanmeldfout">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
        {busy ? 'Controleren…' : 'Aanmelden'}
      </button>
    </form>
  );
}
