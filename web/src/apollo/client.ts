/**
 * The Apollo Client and its cache policy, in one file (spotify-showcase's apollo/client.ts idea).
 * Server data lives only here; the URL holds the view and the small store passing UI state.
 * The bearer token for planner screens comes from the store, read per request.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { uiStore } from '../state/store.js';

export function createClient(uri = '/graphql'): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const token = uiStore.get().token;
    return token ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } } : {};
  });
  return new ApolloClient({
    link: auth.concat(new HttpLink({ uri })),
    cache: new InMemoryCache({
      typePolicies: {
        Region: { keyFields: ['id'] },
        // Figures are values of a query, not entities: kept inside the query that asked.
        RegionFte: { keyFields: false },
        NationalFte: { keyFields: false },
        MasterplanProject: { keyFields: ['id'] },
        ChangeRequest: { keyFields: ['id'] },
        LocationCase: { keyFields: ['id'] },
        Site: { keyFields: ['id'] },
        Station: { keyFields: ['code'] },
      },
    }),
    defaultOptions: {
      // Show what the cache has, refresh in the background: the map stays responsive.
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
