/** Every text of the "Website" widget, in plain words for communications staff. */
import { type WebsiteState } from '../../website-status/website-status';

type Message = { id: string; defaultMessage: string };
const m = (id: string, defaultMessage: string): Message => ({ id: `website-status.${id}`, defaultMessage });

export const messages = {
  title: m('title', 'Website'),
  loading: m('loading', 'Checking the website…'),
  notLoaded: m(
    'not-loaded',
    'The CMS could not check the website just now. It will try again in a few seconds.',
  ),
  updatedAgo: m('updated-ago', 'Website updated {when}'),
  /** While updating or after a failure: "updated" alone could be read as the new attempt. */
  onlineVersionFrom: m('online-version-from', 'The version online was published {when}.'),
  neverUpdated: m('never-updated', 'The website has not been updated from this CMS yet.'),
  updateStartedAgo: m('update-started-ago', 'This update started {when}.'),
  justNow: m('just-now', 'just now'),
  lastErrorHeading: m('last-error', 'Last update problem'),
  failedWhen: m('failed-when', 'This happened {when}. Details: {details}'),
  checkedAt: m('checked-at', 'Checked at {time}'),
  leftOutHeading: m(
    'left-out',
    'Not on the website: {count, plural, one {# entry needs} other {# entries need}} fixing',
  ),
  leftOutHelp: m(
    'left-out-help',
    'The rest of the website was updated. Open each entry, fix what is described, and publish it again.',
  ),
  leftOutEntry: m('left-out-entry', '{type}: {title} ({language})'),
  untitled: m('untitled', 'an entry without a title'),
  leftOutMore: m('left-out-more', '…and {count, plural, one {# more entry} other {# more entries}}.'),
} as const;

/** The short label beside the coloured dot: the state is always said in words, not only colour. */
export const stateLabels: Record<WebsiteState, Message> = {
  live: m('state.live', 'Live'),
  updating: m('state.updating', 'Updating'),
  queued: m('state.queued', 'Update queued'),
  failed: m('state.failed', 'Update failed'),
  unknown: m('state.unknown', 'State unknown'),
};
