import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/** Placeholder shell until the map lands: proves the build and the serving path. */
function App() {
  return (
    <main>
      <h1>Rijkspresentie</h1>
      <p>Spreiding van rijkswerkgelegenheid over Nederland. De kaart volgt; de API staat op <a href="/graphql">/graphql</a>.</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
