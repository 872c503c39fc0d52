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
import { prefetchBoundaries } from './features/choropleth/boundaries.js';
import { prefetchFigures } from './features/choropleth/figures.js';
import { getView } from './state/useView.js';
import { startSessionSharing } from './features/planner/session.js';

const client = createClient();
// The planner's session is shared by this site's open tabs and ends with the last of them.
startSessionSharing(client);
// The first round trips start now, not after React and MapLibre have started.
prefetchBoundaries(client, getView().level);
prefetchFigures(client, getView());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
