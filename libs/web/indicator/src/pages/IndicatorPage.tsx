import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert, Fact, Facts, LoadingStatus, NotFound, PageTitle, useFormat } from '@pakt/web-ui';
import { CsvImport, type ImportedValues } from '../components/CsvImport';
import { DetailsForm } from '../components/DetailsForm';
import { IndicatorChart } from '../components/IndicatorChart';
import { ObservationEditor } from '../components/ObservationEditor';
import { ObservationTable } from '../components/ObservationTable';
import { managesIndicators } from '../components/write-problem';
import { UpdateIndicatorMutation } from '../graphql/mutations';
import { IndicatorDetailQuery } from '../graphql/queries';
import { useIndicatorMessages } from '../messages';
import { indicatorsPath } from '../paths';

/**
 * /alliances/:slug/indicators/:id — the chart and the values of one indicator; for those who
 * manage indicators also its details, hand entry and CSV import.
 */
export function IndicatorPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useIndicatorMessages();
  const format = useFormat();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = { values: useId(), details: useId(), entry: useId(), csv: useId() };
  const [{ data, error }, reexecute] = useQuery({ query: IndicatorDetailQuery, variables: { slug, id }, requestPolicy: 'cache-and-network' });
  const [, update] = useMutation(UpdateIndicatorMutation);
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  // After an import the hand-entry rows start afresh from the imported values; a reload keeps what was typed.
  const [imported, setImported] = useState<ImportedValues | null>(null);
  const ready = data?.indicator ? data.indicator.id : null;

  // Arriving from "create", focus starts at the new indicator's heading, where the notice follows.
  useEffect(() => {
    if (created && ready) heading.current?.focus();
  }, [created, ready]);

  if (error && !data) return <ErrorAlert onRetry={reload} />;
  if (!data) return <LoadingStatus />;
  const { alliance, indicator } = data;
  if (!alliance || !indicator || !alliance.indicators.some((entry) => entry.id === indicator.id)) return <NotFound />;
  const manages = managesIndicators(alliance);

  return (
    <>
      <PageTitle title={indicator.name} />
      <Link to={indicatorsPath(alliance.slug)} className="back-link">
        {t('detail.toList')}
      </Link>
      <h1 ref={heading} tabIndex={-1}>
        {indicator.name}
      </h1>
      {created && (
        <p role="status" className="notice">
          {t('detail.created')}
        </p>
      )}
      <Facts>
        <Fact term={t('detail.unit')}>{indicator.unit}</Fact>
        <Fact term={t('detail.source')}>{indicator.source ?? t('detail.none')}</Fact>
        <Fact term={t('detail.description')}>{indicator.description ?? t('detail.none')}</Fact>
        <Fact term={t('detail.updatedAt')}>{format.dateTime(indicator.updatedAt)}</Fact>
      </Facts>
      <IndicatorChart indicator={indicator} headingLevel={2} />
      <section aria-labelledby={ids.values} className="indicator-section">
        <h2 id={ids.values}>{t('detail.values')}</h2>
        {indicator.observations.length === 0 ? <p>{t('detail.noValues')}</p> : <ObservationTable indicator={indicator} />}
      </section>
      {manages && (
        <>
          <section aria-labelledby={ids.csv} className="indicator-section">
            <h2 id={ids.csv}>{t('csv.title')}</h2>
            <CsvImport indicator={indicator} onReload={reload} onImported={setImported} />
          </section>
          <section aria-labelledby={ids.entry} className="indicator-section">
            <h2 id={ids.entry}>{t('entry.title')}</h2>
            <p>{t('entry.intro')}</p>
            <ObservationEditor
              key={`${indicator.id}-${imported?.version ?? 0}`}
              indicator={indicator}
              initial={imported?.observations ?? indicator.observations}
              onReload={reload}
            />
          </section>
          <section aria-labelledby={ids.details} className="indicator-section">
            <h2 id={ids.details}>{t('form.detailsTitle')}</h2>
            <DetailsForm
              key={indicator.id}
              initial={{ name: indicator.name, unit: indicator.unit, description: indicator.description ?? '', source: indicator.source ?? '' }}
              submitLabel={t('form.save')}
              successMessage={t('form.saved')}
              onReload={reload}
              onSubmit={async (values) => {
                // Only what differs from the stored state: a field left as shown never overwrites someone else's change.
                const description = values.description.trim() || null;
                const source = values.source.trim() || null;
                const result = await update({
                  input: {
                    id: indicator.id,
                    version: indicator.version,
                    ...(values.name !== indicator.name ? { name: values.name } : {}),
                    ...(values.unit !== indicator.unit ? { unit: values.unit } : {}),
                    ...(description !== indicator.description ? { description } : {}),
                    ...(source !== indicator.source ? { source } : {}),
                  },
                });
                return result.error;
              }}
            />
          </section>
        </>
      )}
    </>
  );
}
