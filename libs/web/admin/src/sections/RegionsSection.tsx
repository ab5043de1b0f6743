import { useMutation } from 'urql';
import { REGION_KINDS, type RegionKind } from '@pakt/domain';
import { CreateRegionMutation, UpdateRegionMutation } from '../graphql/mutations';
import { optional, RecordForm, text, type FieldSpec, type FormValues } from '../forms/RecordForm';
import { useAdminMessages } from '../messages';
import { Folded, Section } from './Section';
import type { SectionProps } from './types';

function kindOf(values: FormValues): RegionKind {
  const kind = text(values, 'kind');
  return REGION_KINDS.find((known) => known === kind) ?? 'DISTRICT';
}

export function RegionsSection({ alliance, reload }: SectionProps) {
  const { t } = useAdminMessages();
  const [, create] = useMutation(CreateRegionMutation);
  const [, update] = useMutation(UpdateRegionMutation);
  const fields: FieldSpec[] = [
    { name: 'name', label: t('regions.name'), kind: 'text', required: true },
    {
      name: 'kind',
      label: t('regions.kind'),
      kind: 'select',
      options: REGION_KINDS.map((kind) => ({ value: kind, label: t(`regionKinds.${kind}`) })),
    },
    { name: 'code', label: t('regions.code'), kind: 'text', hint: t('regions.codeHint') },
  ];
  return (
    <Section id="regions" title={t('regions.title')}>
      {alliance.regions.length === 0 && <p className="muted">{t('regions.none')}</p>}
      {alliance.regions.map((region) => (
        <Folded key={region.id} name={`${region.name} (${t(`regionKinds.${region.kind}`)})`}>
          <RecordForm
            fields={fields}
            initial={{ name: region.name, kind: region.kind, code: region.code ?? '' }}
            submitLabel={t('form.save')}
            successMessage={t('form.saved')}
            onReload={reload}
            onSubmit={async (values: FormValues) =>
              (
                await update({
                  input: { id: region.id, version: region.version, name: text(values, 'name'), kind: kindOf(values), code: optional(values, 'code') },
                })
              ).error
            }
          />
        </Folded>
      ))}
      <h3>{t('regions.create')}</h3>
      <RecordForm
        fields={fields}
        initial={{ name: '', kind: 'DISTRICT', code: '' }}
        submitLabel={t('regions.createSubmit')}
        successMessage={t('form.created')}
        resetOnSuccess
        onSubmit={async (values: FormValues) =>
          (await create({ input: { allianceId: alliance.id, name: text(values, 'name'), kind: kindOf(values), code: optional(values, 'code') } }))
            .error
        }
      />
    </Section>
  );
}
