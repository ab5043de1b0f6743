import { useMutation } from 'urql';
import { ORGANISATION_KINDS, type OrganisationKind } from '@pakt/domain';
import { CreateOrganisationMutation, UpdateOrganisationMutation } from '../graphql/mutations';
import { optional, RecordForm, text, type FieldSpec, type FormValues } from '../forms/RecordForm';
import { useAdminMessages } from '../messages';
import { Folded, Section } from './Section';
import type { SectionProps } from './types';

function kindOf(values: FormValues): OrganisationKind {
  const kind = text(values, 'kind');
  return ORGANISATION_KINDS.find((known) => known === kind) ?? 'OTHER';
}

export function OrganisationsSection({ alliance, reload }: SectionProps) {
  const { t } = useAdminMessages();
  const [, create] = useMutation(CreateOrganisationMutation);
  const [, update] = useMutation(UpdateOrganisationMutation);
  const fields: FieldSpec[] = [
    { name: 'name', label: t('organisations.name'), kind: 'text', required: true },
    { name: 'shortName', label: t('organisations.shortName'), kind: 'text' },
    {
      name: 'kind',
      label: t('organisations.kind'),
      kind: 'select',
      options: ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisationKinds.${kind}`) })),
    },
  ];
  return (
    <Section id="organisations" title={t('organisations.title')}>
      {alliance.organisations.length === 0 && <p className="muted">{t('organisations.none')}</p>}
      {alliance.organisations.map((organisation) => (
        <Folded key={organisation.id} name={organisation.name}>
          <RecordForm
            fields={fields}
            initial={{ name: organisation.name, shortName: organisation.shortName ?? '', kind: organisation.kind }}
            submitLabel={t('form.save')}
            successMessage={t('form.saved')}
            onReload={reload}
            onSubmit={async (values: FormValues) =>
              (
                await update({
                  input: {
                    id: organisation.id,
                    version: organisation.version,
                    name: text(values, 'name'),
                    shortName: optional(values, 'shortName'),
                    kind: kindOf(values),
                  },
                })
              ).error
            }
          />
        </Folded>
      ))}
      <h3>{t('organisations.create')}</h3>
      <RecordForm
        fields={fields}
        initial={{ name: '', shortName: '', kind: 'OTHER' }}
        submitLabel={t('organisations.createSubmit')}
        successMessage={t('form.created')}
        resetOnSuccess
        onSubmit={async (values: FormValues) =>
          (
            await create({
              input: { allianceId: alliance.id, name: text(values, 'name'), shortName: optional(values, 'shortName'), kind: kindOf(values) },
            })
          ).error
        }
      />
    </Section>
  );
}
