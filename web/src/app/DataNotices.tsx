/** Shows the server's notices about its data (warnings first) above every view. */
import { useDataNotices } from '../data/notices.js';
import { Notice } from './Notice.js';

export function DataNotices() {
  const notices = useDataNotices();
  if (notices.length === 0) return null;
  return (
    <div className="rp-data-notices" data-testid="data-notices">
      {notices.map((n) => (
        <Notice key={n.topic} kind={n.level === 'waarschuwing' ? 'warning' : 'info'}>
          <strong>{n.level === 'waarschuwing' ? 'Let op: ' : ''}</strong>{n.message}
        </Notice>
      ))}
    </div>
  );
}
