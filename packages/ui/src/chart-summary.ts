/** One point of a chart: its label (a day, a category) and its value. */
export interface ChartDatum {
  label: string;
  value: number;
}

/** "Learning time: 7 values, highest Tuesday (3 h), lowest Sunday (0 h)." */
export function summarizeData(
  title: string,
  data: readonly ChartDatum[],
  formatValue: (value: number) => string = String,
): string {
  const first = data[0];
  if (first === undefined) return `${title}: no data.`;
  let highest = first;
  let lowest = first;
  for (const datum of data) {
    if (datum.value > highest.value) highest = datum;
    if (datum.value < lowest.value) lowest = datum;
  }
  const count = data.length === 1 ? "1 value" : `${data.length} values`;
  return `${title}: ${count}, highest ${highest.label} (${formatValue(highest.value)}), lowest ${lowest.label} (${formatValue(lowest.value)}).`;
}
