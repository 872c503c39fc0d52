/**
 * Entry: styles (Rijkshuisstijl design tokens, NL Design System component CSS, our own), the
 * Apollo Client, and the app. MapLibre's worker URL is set in map/maplibre.ts before any map.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import './styles/index.js';
import { createClient } from './apollo/client.js';
import { App } from './app/App.js';

const client = createClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
