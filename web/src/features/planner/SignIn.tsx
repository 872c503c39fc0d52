/** Sign-in for planners with a bearer token (issued by the service's administrator). */
import { useState } from 'react';
import { setToken, useUi } from '../../state/store.js';

export function SignIn() {
  const token = useUi((s) => s.token);
  const [value, setValue] = useState('');
  if (token) {
    return (
      <p className="rp-signin">Aangemeld met een token. <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setToken(null)}>Afmelden</button></p>
    );
  }
  return (
    <form className="rp-signin" onSubmit={(e) => { e.preventDefault(); if (value.trim()) setToken(value.trim()); }}>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="token">Token (planners van RVB en BZK)</label>
        <input id="token" className="utrecht-textbox utrecht-textbox--html-input" type="password" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">Aanmelden</button>
    </form>
  );
}
