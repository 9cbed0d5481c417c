/**
 * The "Website" widget on the admin home page: is the site live, updating or broken, when it
 * was last updated, and what went wrong, in words (the coloured dot only repeats the words).
 */
import { useEffect, useState } from 'react';
import { Box, Flex, Link, Status, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { type LeftOutEntry, type WebsiteStatus } from '../../website-status/website-status';
import { relativeTime, stateVariant } from './display';
import { messages, stateLabels } from './messages';
import { useWebsiteStatus } from './use-website-status';

/** Re-renders every 20 s so "2 minutes ago" stays true between checks. */
const useNow = (): Date => {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 20_000);
    return () => clearInterval(timer);
  }, []);
  return now;
};

const When = ({ iso, now }: { iso: string; now: Date }) => {
  const { formatMessage, formatRelativeTime, formatDate } = useIntl();
  const time = relativeTime(iso, now);
  const text =
    time.kind === 'just-now'
      ? formatMessage(messages.justNow)
      : formatRelativeTime(time.value, time.unit, { numeric: 'auto' });
  return (
    <time dateTime={iso} title={formatDate(iso, { dateStyle: 'full', timeStyle: 'short' })}>
      {text}
    </time>
  );
};

/** One entry left out of the website: what it is (a link to edit it) and what to fix. */
const LeftOutItem = ({ entry }: { entry: LeftOutEntry }) => {
  const { formatMessage, formatDisplayName } = useIntl();
  // Editors' titles can be in any script or direction: isolated, they cannot reorder the words around them.
  const title = <bdi>{entry.title ?? formatMessage(messages.untitled)}</bdi>;
  const label = formatMessage(messages.leftOutEntry, {
    type: entry.typeName,
    title: entry.editPath ? (
      <Link tag={NavLink} to={entry.editPath}>
        {title}
      </Link>
    ) : (
      title
    ),
    language: formatDisplayName(entry.locale, { type: 'language' }) ?? entry.locale,
  });
  return (
    <Box tag="li" paddingTop={2}>
      <Typography tag="p">{label}</Typography>
      <Typography tag="p" variant="pi" textColor="neutral700">
        {entry.problem}
      </Typography>
    </Box>
  );
};

const LeftOutList = ({ status }: { status: WebsiteStatus }) => {
  const { formatMessage } = useIntl();
  const more = status.leftOutCount - status.leftOut.length;
  return (
    <Box padding={3} background="warning100" borderColor="warning200" hasRadius>
      <Typography tag="h3" variant="sigma" textColor="warning700">
        {formatMessage(messages.leftOutHeading, { count: status.leftOutCount })}
      </Typography>
      <Typography tag="p">{formatMessage(messages.leftOutHelp)}</Typography>
      <ul>
        {status.leftOut.map((entry, index) => (
          <LeftOutItem key={`${entry.editPath ?? entry.typeName}-${index}`} entry={entry} />
        ))}
      </ul>
      {more > 0 && (
        <Typography tag="p" variant="pi">
          {formatMessage(messages.leftOutMore, { count: more })}
        </Typography>
      )}
    </Box>
  );
};

const StatusDetails = ({ status, now }: { status: WebsiteStatus; now: Date }) => {
  const { formatMessage, formatTime } = useIntl();
  const { lastError } = status;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {/* Announced to screen readers when the state changes; the times below are not. */}
      <Flex direction="column" alignItems="flex-start" gap={2} role="status" aria-live="polite">
        <Status variant={stateVariant[status.state]} size="S">
          <Typography fontWeight="bold">{formatMessage(stateLabels[status.state])}</Typography>
        </Status>
        {status.state !== 'failed' && <Typography>{status.message}</Typography>}
      </Flex>
      {status.state === 'updating' && status.updateStartedAt !== null && (
        <Typography textColor="neutral600">
          {formatMessage(messages.updateStartedAgo, {
            when: <When iso={status.updateStartedAt} now={now} />,
          })}
        </Typography>
      )}
      {status.lastSuccessAt !== null ? (
        <Typography>
          {formatMessage(status.state === 'live' ? messages.updatedAgo : messages.onlineVersionFrom, {
            when: <When iso={status.lastSuccessAt} now={now} />,
          })}
        </Typography>
      ) : (
        status.state !== 'unknown' && (
          <Typography textColor="neutral600">{formatMessage(messages.neverUpdated)}</Typography>
        )
      )}
      {lastError !== null && (
        <Box padding={3} background="danger100" borderColor="danger200" hasRadius>
          <Typography tag="h3" variant="sigma" textColor="danger700">
            {formatMessage(messages.lastErrorHeading)}
          </Typography>
          <Typography tag="p" textColor="danger700">
            {lastError.message}
          </Typography>
          <Typography tag="p" variant="pi" textColor="neutral700">
            {formatMessage(messages.failedWhen, {
              when: <When iso={lastError.failedAt} now={now} />,
              details: lastError.details,
            })}
          </Typography>
        </Box>
      )}
      {status.leftOut.length > 0 && <LeftOutList status={status} />}
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(messages.checkedAt, { time: formatTime(status.checkedAt, { timeStyle: 'medium' }) })}
      </Typography>
    </Flex>
  );
};

export const WebsiteStatusWidget = () => {
  const { formatMessage } = useIntl();
  const { status, failed } = useWebsiteStatus();
  const now = useNow();
  if (status === undefined) {
    return failed ? (
      <Widget.Error>{formatMessage(messages.notLoaded)}</Widget.Error>
    ) : (
      <Widget.Loading>{formatMessage(messages.loading)}</Widget.Loading>
    );
  }
  return (
    <Box paddingTop={1}>
      <StatusDetails status={status} now={now} />
      {failed && (
        <Typography tag="p" variant="pi" textColor="warning700">
          {formatMessage(messages.notLoaded)}
        </Typography>
      )}
    </Box>
  );
};
