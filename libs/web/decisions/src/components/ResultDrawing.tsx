import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '@pakt/web-ui';

// Each colour has at least 3:1 contrast against white (WCAG 1.4.11); the camps' bars are also
// told apart by their order and legend, and the tables beside carry every number.
const COLOURS = ['#0b4f8a', '#a4161a', '#4a5562'] as const;
const AXIS = { fill: '#1b1f24' };

type Props =
  | { readonly kind: 'answers'; readonly bars: readonly { readonly label: string; readonly value: number }[] }
  | {
      readonly kind: 'camps';
      readonly camps: readonly { readonly camp: string; readonly support: number; readonly against: number; readonly abstain: number }[];
      readonly labels: { readonly support: string; readonly against: string; readonly abstain: string };
    };

/** The drawings of ResultChart (recharts), loaded only when a result is shown; ResultChart gives each role="img" and its label. */
export default function ResultDrawing(props: Props) {
  const format = useFormat();
  const number = (value: unknown) => (typeof value === 'number' ? format.number(value) : String(value));
  if (props.kind === 'answers') {
    return (
      <ResponsiveContainer width="100%" height={Math.max(160, 56 * props.bars.length)}>
        <BarChart data={[...props.bars]} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 16 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d5dbe1" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tickFormatter={number} tick={AXIS} />
          <YAxis type="category" dataKey="label" width={140} tick={AXIS} />
          <Tooltip formatter={number} />
          <Bar dataKey="value" fill={COLOURS[0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    );
  }
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, 72 * props.camps.length)}>
      <BarChart data={[...props.camps]} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 16 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d5dbe1" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickFormatter={number} tick={AXIS} />
        <YAxis type="category" dataKey="camp" width={140} tick={AXIS} />
        <Tooltip formatter={number} />
        <Legend />
        <Bar dataKey="support" name={props.labels.support} fill={COLOURS[0]} isAnimationActive={false} />
        <Bar dataKey="against" name={props.labels.against} fill={COLOURS[1]} isAnimationActive={false} />
        <Bar dataKey="abstain" name={props.labels.abstain} fill={COLOURS[2]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
