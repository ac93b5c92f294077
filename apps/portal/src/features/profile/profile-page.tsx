import type { Citizen } from '@motcua/shared';
import { DocumentTitle } from '../../components/document-title';
import { ErrorState, LoadingState } from '../../components/states';
import { texts } from '../../config/texts';
import { describeError } from '../../lib/form-errors';
import { formatCalendarDate, formatInstantAsDate, initialsOf } from '../../lib/format';
import { useProfile } from './api/get-profile';
import { ChangePasswordForm } from './change-password-form';
import { ProfileForm } from './profile-form';

function Detail({ label, value }: { label: string; value: string | null }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd className={value ? undefined : 'details__empty'}>{value ?? texts.common.notProvided}</dd>
    </div>
  );
}

function ProfileSummary({ citizen }: { citizen: Citizen }) {
  return (
    <section className="card profile-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        {texts.profile.summaryHeading}
      </h2>
      <div className="profile-summary__head">
        <span className="avatar" aria-hidden="true">
          {initialsOf(citizen.fullName)}
        </span>
        <div>
          <p className="profile-summary__name">{citizen.fullName}</p>
          <p className="profile-summary__since">
            {texts.profile.memberSince(formatInstantAsDate(citizen.createdAt))}
          </p>
        </div>
      </div>
      <dl className="details">
        <Detail label={texts.auth.identificationNumber} value={citizen.identificationNumber} />
        <Detail label={texts.auth.phone} value={citizen.phone} />
        <Detail label={texts.auth.email} value={citizen.email} />
        <Detail
          label={texts.profile.dateOfBirth}
          value={citizen.dateOfBirth ? formatCalendarDate(citizen.dateOfBirth) : null}
        />
        <Detail label={texts.profile.address} value={citizen.address} />
      </dl>
    </section>
  );
}

export function ProfilePage() {
  const profile = useProfile();

  return (
    <div className="page">
      <DocumentTitle page={texts.profile.title} />
      <div className="container">
        <header className="page__header">
          <h1>{texts.profile.title}</h1>
          <p className="lead">{texts.profile.lead}</p>
        </header>
        {profile.isPending ? (
          <LoadingState />
        ) : profile.isError ? (
          <ErrorState
            title={texts.profile.loadFailed}
            message={describeError(profile.error)}
            onRetry={() => void profile.refetch()}
          />
        ) : (
          <div className="profile-layout">
            <ProfileSummary citizen={profile.data} />
            <div className="profile-layout__forms">
              <ProfileForm citizen={profile.data} onReload={() => profile.refetch().then((r) => r.data)} />
              <ChangePasswordForm login={profile.data.phone ?? profile.data.email ?? ''} />
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
