import './styles.css';

export { AppShell, type NavItem, type SectionNavigation } from './shell/AppShell';
export { LanguageSwitch } from './i18n/LanguageSwitch';
export { createI18n } from './i18n/i18n';
export { LANGUAGES, DEFAULT_LANGUAGE, LOCALES, isLanguage, type Language } from './i18n/languages';
export {
  defineMessages,
  createTranslationHook,
  type Messages,
  type MessageBundle,
  type MessageKey,
  type Interpolation,
} from './i18n/messages';
export { useCommonMessages, useRoleName } from './i18n/use-common-messages';
export { formatLocalDate, useFormat } from './i18n/format';
export { Facts, Fact } from './components/Facts';
export { PageTitle } from './components/PageTitle';
export { LoadingStatus } from './components/LoadingStatus';
export { ErrorAlert } from './components/ErrorAlert';
export { NotFound } from './components/NotFound';
export { TextField, type TextFieldProps } from './forms/TextField';
export { ErrorSummary, type ErrorSummaryProps, type FieldProblem } from './forms/ErrorSummary';
export { SelectField, type SelectFieldProps, type SelectOption } from './forms/SelectField';
export { TextAreaField, type TextAreaFieldProps } from './forms/TextAreaField';
export { DateField, type DateFieldProps } from './forms/DateField';
export { CheckboxGroup, type CheckboxGroupProps } from './forms/CheckboxGroup';
export { RadioGroup, type RadioGroupProps } from './forms/RadioGroup';
export { ConfirmDialog, type ConfirmDialogProps } from './forms/ConfirmDialog';
export { StatusNotice } from './forms/StatusNotice';
export { WordDiff, type WordDiffProps, type WordDiffSegment } from './components/WordDiff';
export { TextConflict, type TextConflictPart, type TextConflictProps } from './components/TextConflict';
export { exportUrl } from './components/export-url';
export { WorkflowStepButton, type WorkflowStepButtonProps } from './forms/WorkflowStepButton';
