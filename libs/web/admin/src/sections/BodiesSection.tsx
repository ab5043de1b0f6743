import { useMutation } from 'urql';
import { CreateBodyMutation, UpdateBodyMutation } from '../graphql/mutations';
import { list, optional, RecordForm, text, type FieldSpec, type FormValues } from '../forms/RecordForm';
import { useAdminMessages } from '../messages';
import { Folded, Section } from './Section';
import type { SectionProps } from './types';

export function BodiesSection({ alliance, reload }: SectionProps) {
  const { t } = useAdminMessages();
  const [, create] = useMutation(CreateBodyMutation);
  const [, update] = useMutation(UpdateBodyMutation);
  const fields: FieldSpec[] = [
    { name: 'name', label: t('bodies.name'), kind: 'text', required: true },
    { name: 'description', label: t('bodies.description'), kind: 'textarea' },
    {
      name: 'actionFieldIds',
      label: t('bodies.actionFields'),
      kind: 'checkboxes',
      options: alliance.actionFields.map((field) => ({ value: field.id, label: field.title })),
    },
  ];
  return (
    <Section id="bodies" title={t('bodies.title')}>
      {alliance.bodies.length === 0 && <p className="muted">{t('bodies.none')}</p>}
      {alliance.bodies.map((body) => (
        <Folded key={body.id} name={`${body.name} (${t(body.kind === 'STEERING_BOARD' ? 'bodies.steeringBoard' : 'bodies.focusGroup')})`}>
          <RecordForm
            fields={fields}
            initial={{ name: body.name, description: body.description ?? '', actionFieldIds: body.actionFields.map((field) => field.id) }}
            submitLabel={t('form.save')}
            successMessage={t('form.saved')}
            onReload={reload}
            onSubmit={async (values: FormValues) =>
              (
                await update({
                  input: {
                    id: body.id,
                    version: body.version,
                    name: text(values, 'name'),
                    description: optional(values, 'description'),
                    actionFieldIds: list(values, 'actionFieldIds'),
                  },
                })
              ).error
            }
          />
        </Folded>
      ))}
      <h3>{t('bodies.create')}</h3>
      <RecordForm
        fields={fields}
        initial={{ name: '', description: '', actionFieldIds: [] }}
        submitLabel={t('bodies.createSubmit')}
        successMessage={t('form.created')}
        resetOnSuccess
        onSubmit={async (values: FormValues) =>
          (
            await create({
              input: {
                allianceId: alliance.id,
                name: text(values, 'name'),
                description: optional(values, 'description'),
                actionFieldIds: list(values, 'actionFieldIds'),
              },
            })
          ).error
        }
      />
    </Section>
  );
}
