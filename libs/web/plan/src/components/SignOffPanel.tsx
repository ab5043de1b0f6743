import { useMutation } from 'urql';
import type { PlanVersionQuery as PlanVersionData, SignOffRole } from '@pakt/web-data';
import { useFormat } from '@pakt/web-ui';
import { SignOffPlanVersionMutation } from '../graphql/mutations';
import { usePlanMessages } from '../messages';
import type { PlanProblem } from './outcome';
import { StepButton } from './StepButton';

type Alliance = NonNullable<PlanVersionData['alliance']>;
type Version = NonNullable<PlanVersionData['planVersion']>;

const ROLES: readonly SignOffRole[] = ['CHAIR', 'DEPUTY_CHAIR'];

interface SignOffPanelProps {
  readonly alliance: Alliance;
  readonly version: Version;
  /** The viewer's people (one per alliance), to know in which role they sign. */
  readonly viewerPersonIds: readonly string[];
  readonly onSigned: (published: boolean) => void;
  readonly onRefused: (problem: PlanProblem) => void;
}

/** Which sign-offs a version has and which are missing; the chair or deputy signs here. */
export function SignOffPanel({ alliance, version, viewerPersonIds, onSigned, onRefused }: SignOffPanelProps) {
  const { t } = usePlanMessages();
  const format = useFormat();
  const [, signOff] = useMutation(SignOffPlanVersionMutation);
  const holder = (role: SignOffRole) =>
    (role === 'CHAIR' ? alliance.steeringBoard?.chair : alliance.steeringBoard?.deputyChair)?.person ?? null;
  const viewerRole = ROLES.find((role) => {
    const person = holder(role);
    return person !== null && viewerPersonIds.includes(person.id) && !version.signOffs.some((signed) => signed.role === role);
  });

  return (
    <>
      <p>{t('signOff.intro')}</p>
      <dl className="facts">
        {ROLES.map((role) => {
          const signed = version.signOffs.find((signOff) => signOff.role === role);
          const expected = holder(role);
          return (
            <div key={role} className="facts__row">
              <dt>{t(`roles.${role}`)}</dt>
              <dd>
                {signed
                  ? t('signOff.signed', { name: signed.person.displayName, date: format.dateTime(signed.signedAt) })
                  : expected && version.state === 'SUBMITTED'
                    ? t('signOff.missingBy', { name: expected.displayName })
                    : t('signOff.missing')}
              </dd>
            </div>
          );
        })}
      </dl>
      {version.viewerMaySignOff && (
        <StepButton
          label={viewerRole ? t(`signOff.as${viewerRole}`) : t('signOff.sign')}
          confirmTitle={t('signOff.confirmTitle', { number: version.number })}
          confirmText={t('signOff.confirmText')}
          confirmLabel={t('signOff.confirm')}
          run={async () => {
            const result = await signOff({ input: { id: version.id, version: version.version } });
            if (!result.error) onSigned(result.data?.signOffPlanVersion.state === 'APPROVED');
            return result.error;
          }}
          onRefused={onRefused}
        />
      )}
    </>
  );
}
