import { hasPermission, permissionScope } from '@motcua/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/states';
import { roleLabel, texts, unitLevelLabel } from '../../config/i18n';
import { unitsQueryOptions } from '../../features/units/api/get-units';
import { usersQueryOptions } from '../../features/users/api/get-users';
import { describeError } from '../../lib/api-error';
import { useCurrentUser } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';

function Stat<T>({
  label,
  hint,
  query,
  value,
  to,
}: {
  label: string;
  hint: string;
  query: UseQueryResult<T>;
  value: (data: T) => number;
  to: string;
}) {
  let body: ReactNode;
  if (query.isPending) body = <Spinner />;
  else if (query.isError) {
    body = (
      <span className="stat-error" role="alert">
        {describeError(query.error).title}{' '}
        <Button size="sm" onClick={() => void query.refetch()}>
          {texts.common.retry}
        </Button>
      </span>
    );
  } else body = <span className="stat-value">{value(query.data).toLocaleString('vi-VN')}</span>;
  return (
    <div className="card stat">
      <h3 className="stat-label">{label}</h3>
      <div className="stat-body">{body}</div>
      <p className="stat-hint">{hint}</p>
      <Link className="stat-link" to={to}>
        {texts.overview.open} {label.toLowerCase()}
      </Link>
    </div>
  );
}

/** What the signed-in officer is and what lies within their reach, from live data only. */
export function OverviewRoute() {
  const user = useCurrentUser();
  useDocumentTitle(texts.overview.title);
  const canReadUnits = hasPermission(user.roles, 'units.read');
  const usersScope = permissionScope(user.roles, 'users.read');
  const canReadUsers = usersScope !== 'none';
  const units = useQuery({ ...unitsQueryOptions(), enabled: canReadUnits });
  const accounts = useQuery({ ...usersQueryOptions({ page: 1, pageSize: 1 }), enabled: canReadUsers });
  const locked = useQuery({
    ...usersQueryOptions({ status: 'locked', page: 1, pageSize: 1 }),
    enabled: canReadUsers,
  });
  const accountsHint =
    usersScope === 'subtree' ? texts.overview.accountsSubtree : texts.overview.accountsUnit;

  return (
    <>
      <PageHeader title={texts.overview.title} intro={texts.overview.greeting(user.fullName)} />
      <section className="card" aria-labelledby="overview-unit">
        <h2 id="overview-unit" className="card-title">
          {texts.overview.yourUnit}
        </h2>
        <p className="overview-unit-name">{user.unit.name}</p>
        <dl className="details details-inline">
          <div>
            <dt>{texts.overview.unitLevel}</dt>
            <dd>{unitLevelLabel(user.unit.level)}</dd>
          </div>
          <div>
            <dt>{texts.overview.unitCode}</dt>
            <dd className="mono">{user.unit.code}</dd>
          </div>
          <div>
            <dt>{texts.overview.username}</dt>
            <dd className="mono">{user.username}</dd>
          </div>
          <div>
            <dt>{texts.overview.yourRoles}</dt>
            <dd className="badge-list">
              {user.roles.map((role) => (
                <Badge key={role} tone="primary">
                  {roleLabel(role)}
                </Badge>
              ))}
            </dd>
          </div>
        </dl>
      </section>
      {(canReadUnits || canReadUsers) && (
        <section aria-labelledby="overview-stats">
          <h2 id="overview-stats" className="section-title">
            {texts.overview.statsLabel}
          </h2>
          <div className="stats">
            {canReadUnits && (
              <Stat
                label={texts.overview.unitsInReach}
                hint={texts.overview.unitsInReachHint}
                query={units}
                value={(list) => list.length}
                to="/units"
              />
            )}
            {canReadUsers && (
              <Stat
                label={texts.overview.accounts}
                hint={accountsHint}
                query={accounts}
                value={(page) => page.total}
                to="/users"
              />
            )}
            {canReadUsers && (
              <Stat
                label={texts.overview.lockedAccounts}
                hint={texts.overview.lockedAccountsHint}
                query={locked}
                value={(page) => page.total}
                to="/users?status=locked"
              />
            )}
          </div>
        </section>
      )}
    </>
  );
}
