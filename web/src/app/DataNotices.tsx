/** Shows the server's notices about its data (warnings first) above every view. */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { Notice } from './Notice.js';

/**
 * Notices about the data the server has loaded, e.g. coarse fallback boundaries when the CBS
 * files were missing: the map must say so rather than look exact.
 */
const DATA_NOTICES = graphql(`
  query DataNotices {
    serviceInfo { dataNotices { topic level message } }
  }
`);

export function DataNotices() {
  // None while loading or when the request fails: the map still works.
  const notices = useQuery(DATA_NOTICES, { fetchPolicy: 'cache-first' }).data?.serviceInfo.dataNotices ?? [];
  if (notices.length === 0) return null;
  return (
    <div className="rp-data-notices" data-testid="data-notices">
      {notices.map((n) => (
        <Notice key={n.topic} kind={n.level === 'waarschuwing' ? 'warning' : 'info'}>
          <strong>{n.level === 'waarschuwing' ? 'Let op: ' : ''}</strong>
          {n.message}
        </Notice>
      ))}
    </div>
  );
}
