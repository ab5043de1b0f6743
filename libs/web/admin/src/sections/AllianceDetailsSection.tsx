import { useMutation } from 'urql';
import { UpdateAllianceMutation } from '../graphql/mutations';
import { optional, RecordForm, text, type FieldSpec, type FormValues } from '../forms/RecordForm';
import { useAdminMessages } from '../messages';
import { Section } from './Section';
import type { SectionProps } from './types';

export function AllianceDetailsSection({ alliance, reload }: SectionProps) {
  const { t } = useAdminMessages();
  const [, update] = useMutation(UpdateAllianceMutation);
  const fields: FieldSpec[] = [
    { name: 'name', label: t('details.name'), kind: 'text', required: true },
    { name: 'shortName', label: t('details.shortName'), kind: 'text' },
    { name: 'description', label: t('details.description'), kind: 'textarea' },
    { name: 'state', label: t('details.state'), kind: 'text' },
    { name: 'constitutedOn', label: t('details.constitutedOn'), kind: 'date' },
  ];
  const initial: FormValues = {
    name: alliance.name,
    shortName: alliance.shortName ?? '',
    description: alliance.description ?? '',
    state: alliance.state ?? '',
    constitutedOn: alliance.constitutedOn ?? '',
  };
  const submit = async (values: FormValues) =>
    (
      await update({
        input: {
          id: alliance.id,
          version: alliance.version,
          name: text(values, 'name'),
          shortName: optional(values, 'shortName'),
          description: optional(values, 'description'),
          state: optional(values, 'state'),
          constitutedOn: optional(values, 'constitutedOn'),
        },
      })
    ).error;
  return (
    <Section id="details" title={t('details.title')}>
      <RecordForm fields={fields} initial={initial} submitLabel={t('form.save')} successMessage={t('form.saved')} onSubmit={submit} onReload={reload} />
    </Section>
  );
}
