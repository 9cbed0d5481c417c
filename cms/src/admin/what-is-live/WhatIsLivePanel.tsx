/**
 * "What is live", a side panel of every entry's edit view: is this entry on the website, since
 * when, a link to its page; "waiting for the website to update" while a build runs; and why, in
 * plain words, when the last update left it out or failed. The state is said in words; the
 * coloured dot only repeats them.
 */
import { Box, Flex, Link, Status, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { type EntryLiveStatus } from '../../what-is-live/entry-status';
import { useEntryStatus } from './use-entry-status';

const LABELS: Record<
  EntryLiveStatus['state'],
  { text: string; variant: 'success' | 'secondary' | 'warning' | 'danger' | 'neutral' }
> = {
  live: { text: 'Live on the website', variant: 'success' },
  waiting: { text: 'Waiting for the website to update', variant: 'secondary' },
  'left-out': { text: 'Left out of the website', variant: 'danger' },
  failed: { text: 'Not on the website yet', variant: 'danger' },
  'not-published': { text: 'Not on the website', variant: 'neutral' },
  unknown: { text: 'Not known', variant: 'neutral' },
};

const Content = ({
  uid,
  documentId,
  locale,
  version,
}: {
  uid: string;
  documentId: string;
  locale: string;
  version: string;
}) => {
  const { formatDate } = useIntl();
  const { status, failed } = useEntryStatus(uid, documentId, locale, version);
  if (status === undefined) {
    return (
      <Typography>
        {failed ? 'The CMS could not check the website just now.' : 'Checking the website…'}
      </Typography>
    );
  }
  const label = LABELS[status.state];
  const when = (iso: string) =>
    formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Box role="status" aria-live="polite">
        <Status variant={label.variant} size="S">
          <Typography fontWeight="bold">{label.text}</Typography>
        </Status>
        <Typography tag="p">{status.message}</Typography>
      </Box>
      {status.state === 'live' && status.publishedAt !== null && (
        <Typography tag="p" variant="pi">
          Published {when(status.publishedAt)} (London time).
        </Typography>
      )}
      {status.problem !== null && (
        <Box padding={2} background="danger100" hasRadius>
          <Typography tag="p" textColor="danger700">
            {status.problem}
          </Typography>
        </Box>
      )}
      {status.publicUrl !== null && (
        <Link href={status.publicUrl} isExternal>
          {status.state === 'live'
            ? 'Open its page on the website'
            : 'Its page on the website (once updated)'}
        </Link>
      )}
    </Flex>
  );
};

export const WhatIsLivePanel: PanelComponent = ({ model, documentId, document }) => {
  if (!model.startsWith('api::') || !documentId || !document) return null;
  const locale = typeof document.locale === 'string' ? document.locale : 'en';
  // A new value whenever the entry is saved, published or unpublished: the panel checks again.
  const version = `${String(document.updatedAt ?? '')}|${String(document.publishedAt ?? '')}|${String(document.status ?? '')}`;
  return {
    title: 'What is live',
    content: <Content uid={model} documentId={documentId} locale={locale} version={version} />,
  };
};
