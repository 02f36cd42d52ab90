/** Room for the time axis's labels: "1:00:00" past an hour needs more than "45:00". */
export function timeAxisSize(peakMinutes: number): number {
  return peakMinutes * 1.15 >= 60 ? 72 : 56;
}
