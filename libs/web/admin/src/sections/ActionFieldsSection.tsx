import { useMutation } from 'urql';
import { CreateActionFieldMutation, UpdateActionFieldMutation } from '../graphql/mutations';
import { optional, RecordForm, text, type FieldSpec, type FormValues } from '../forms/RecordForm';
import { useAdminMessages } from '../messages';
import { Folded, Section } from './Section';
import type { SectionProps } from './types';

export function ActionFieldsSection({ alliance, reload }: SectionProps) {
  const { t } = useAdminMessages();
  const [, create] = useMutation(CreateActionFieldMutation);
  const [, update] = useMutation(UpdateActionFieldMutation);
  const fields: FieldSpec[] = [
    { name: 'title', label: t('actionFields.fieldTitle'), kind: 'text', required: true },
    { name: 'description', label: t('actionFields.description'), kind: 'textarea' },
  ];
  return (
    <Section id="action-fields" title={t('actionFields.title')}>
      {alliance.actionFields.length === 0 && <p className="muted">{t('actionFields.none')}</p>}
      {alliance.actionFields.map((field) => (
        <Folded key={field.id} name={field.title}>
          <RecordForm
            fields={fields}
            initial={{ title: field.title, description: field.description ?? '' }}
            submitLabel={t('form.save')}
            successMessage={t('form.saved')}
            onReload={reload}
            onSubmit={async (values: FormValues) =>
              (
                await update({
                  input: { id: field.id, version: field.version, title: text(values, 'title'), description: optional(values, 'description') },
                })
              ).error
            }
          />
        </Folded>
      ))}
      <h3>{t('actionFields.create')}</h3>
      <RecordForm
        fields={fields}
        initial={{ title: '', description: '' }}
        submitLabel={t('actionFields.createSubmit')}
        successMessage={t('form.created')}
        resetOnSuccess
        onSubmit={async (values: FormValues) =>
          (await create({ input: { allianceId: alliance.id, title: text(values, 'title'), description: optional(values, 'description') } }))
            .error
        }
      />
    </Section>
  );
}
