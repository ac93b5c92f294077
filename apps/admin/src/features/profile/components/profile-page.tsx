import { Badge } from '../../../components/badge';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/states';
import { useToast } from '../../../components/toast';
import { roleLabel, texts, unitLevelLabel } from '../../../config/i18n';
import { useMe } from '../api/get-me';
import { ChangePasswordForm } from './change-password-form';

export function ProfilePage() {
  const me = useMe();
  const toast = useToast();

  return (
    <>
      <PageHeader title={texts.profile.title} />
      <div className="grid-2">
        <section className="card" aria-labelledby="profile-details">
          <h2 id="profile-details" className="card-title">
            {texts.profile.details}
          </h2>
          {me.isPending ? (
            <LoadingState />
          ) : me.isError ? (
            <ErrorState error={me.error} onRetry={() => void me.refetch()} />
          ) : (
            <dl className="details">
              <div>
                <dt>{texts.profile.fullName}</dt>
                <dd>{me.data.fullName}</dd>
              </div>
              <div>
                <dt>{texts.profile.username}</dt>
                <dd className="mono">{me.data.username}</dd>
              </div>
              <div>
                <dt>{texts.profile.unit}</dt>
                <dd>
                  {me.data.unit.name}
                  <span className="muted">
                    {' '}
                    · {unitLevelLabel(me.data.unit.level)} · {me.data.unit.code}
                  </span>
                </dd>
              </div>
              <div>
                <dt>{texts.profile.roles}</dt>
                <dd className="badge-list">
                  {me.data.roles.map((role) => (
                    <Badge key={role} tone="primary">
                      {roleLabel(role)}
                    </Badge>
                  ))}
                </dd>
              </div>
              <div>
                <dt>{texts.profile.email}</dt>
                <dd>{me.data.email ?? <span className="muted">{texts.profile.notSet}</span>}</dd>
              </div>
              <div>
                <dt>{texts.profile.phone}</dt>
                <dd>{me.data.phone ?? <span className="muted">{texts.profile.notSet}</span>}</dd>
              </div>
            </dl>
          )}
        </section>
        <section className="card" aria-labelledby="profile-password">
          <h2 id="profile-password" className="card-title">
            {texts.profile.changePassword}
          </h2>
          <p className="card-intro">{texts.profile.changePasswordIntro}</p>
          <ChangePasswordForm onChanged={() => toast.notify(texts.profile.changed)} />
        </section>
      </div>
    </>
  );
}
