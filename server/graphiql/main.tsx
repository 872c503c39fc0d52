/// <reference types="vite/client" />
/**
 * GraphiQL for other teams, served by the service itself at /graphiql and bundled with Vite
 * (no CDN). Talks to /graphql on the same origin; a planner can add
 * {"Authorization": "Bearer <token>"} in the headers pane. Opens with an example query.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const EXAMPLE = `# Rijkspresentie GraphQL-API — voorbeelden staan in schema/operations/*.graphql
# Locaties binnen 5 km van station Assen, dichtstbijzijnde eerst:
query InDeBuurt {
  sites(filter: { nearby: { point: { type: "Point", coordinates: [6.5708, 52.9917] }, radiusM: 5000 } }) {
    totalCount
    nodes { name kind city distanceM }
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} />
  </StrictMode>,
);
