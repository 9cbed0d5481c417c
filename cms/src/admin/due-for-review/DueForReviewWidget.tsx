/**
 * "Due for review", on the admin home page of those who edit resources: guides whose next
 * review date has passed or comes within 30 days, each a link to edit it.
 */
import { useEffect, useState } from 'react';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { getFetchClient, Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { type DueResource } from '../../due-for-review/due-resources';

type Answer = { today: string; withinDays: number; items: DueResource[] };

const when = (item: DueResource): string => {
  if (item.daysLeft < 0) return `overdue by ${-item.daysLeft} ${item.daysLeft === -1 ? 'day' : 'days'}`;
  if (item.daysLeft === 0) return 'due today';
  return `due in ${item.daysLeft} ${item.daysLeft === 1 ? 'day' : 'days'}`;
};

export const DueForReviewWidget = () => {
  const { formatDate } = useIntl();
  const [answer, setAnswer] = useState<Answer | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    const { get } = getFetchClient({ signal: controller.signal });
    get<Answer>('/due-for-review').then(
      ({ data }) => setAnswer(data),
      () => !controller.signal.aborted && setFailed(true),
    );
    return () => controller.abort();
  }, []);
  if (answer === undefined) {
    return failed ? (
      <Widget.Error>The list of guides due for review could not be loaded.</Widget.Error>
    ) : (
      <Widget.Loading>Looking for guides due for review…</Widget.Loading>
    );
  }
  if (answer.items.length === 0) {
    return (
      <Widget.NoData>{`No guide is due for review in the next ${answer.withinDays} days.`}</Widget.NoData>
    );
  }
  return (
    <Box paddingTop={1}>
      <Typography tag="p">
        {answer.items.length === 1 ? '1 guide needs' : `${answer.items.length} guides need`} reviewing within{' '}
        {answer.withinDays} days:
      </Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={2} paddingTop={2}>
        {answer.items.map((item) => {
          const title = <bdi>{item.title ?? 'A guide without a title'}</bdi>;
          return (
            <li key={item.documentId}>
              {item.editPath ? (
                <Link tag={NavLink} to={item.editPath}>
                  {title}
                </Link>
              ) : (
                title
              )}
              <Typography tag="p" variant="pi" textColor={item.overdue ? 'danger700' : 'neutral700'}>
                Review {when(item)} ({formatDate(`${item.nextReview}T12:00:00Z`, { dateStyle: 'medium' })})
                {item.published ? '' : ', not published'}
              </Typography>
            </li>
          );
        })}
      </Flex>
    </Box>
  );
};
