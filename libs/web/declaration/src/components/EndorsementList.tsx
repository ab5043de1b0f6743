import type { EndorsementState } from '@pakt/domain';
import { useFormat } from '@pakt/web-ui';
import { useDeclarationMessages } from '../messages';

export interface EndorsementEntry {
  readonly id: string;
  readonly state: EndorsementState;
  readonly reservation?: string | null;
  readonly answeredAt?: string | null;
  readonly organisation: { readonly name: string };
}

/** The partner organisations' answers as part of the published declaration: answer, date, reservation. */
export function EndorsementList({ endorsements }: { endorsements: readonly EndorsementEntry[] }) {
  const { t } = useDeclarationMessages();
  const format = useFormat();
  const answered = endorsements.filter((endorsement) => endorsement.state !== 'PENDING');
  if (answered.length === 0) return <p className="muted">{t('endorsement.noneYet')}</p>;
  return (
    <ul className="declaration-endorsements">
      {answered.map((endorsement) => (
        <li key={endorsement.id}>
          <strong>{endorsement.organisation.name}</strong>: {t(`answers.${endorsement.state}`)}
          {endorsement.answeredAt && ` (${format.dateTime(endorsement.answeredAt)})`}
          {endorsement.reservation && (
            <p>
              {t('endorsement.reservation')}: {endorsement.reservation}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
