/**
 * Notices about the data the server has loaded (`serviceInfo { dataNotices }`), e.g. coarse
 * fallback boundaries when the CBS files were missing: the map must say so rather than look exact.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

export interface DataNotice {
  topic: string;
  level: 'info' | 'waarschuwing';
  message: string;
}

interface DataNoticesData {
  serviceInfo: { dataNotices: DataNotice[] };
}

export const DATA_NOTICES: TypedDocumentNode<DataNoticesData, Record<string, never>> = gql`
  query DataNotices {
    serviceInfo { dataNotices { topic level message } }
  }
`;

/** The current notices; none while loading or when the request fails (the map still works). */
export function useDataNotices(): DataNotice[] {
  const { data } = useQuery(DATA_NOTICES, { fetchPolicy: 'cache-first' });
  return data?.serviceInfo.dataNotices ?? [];
}
