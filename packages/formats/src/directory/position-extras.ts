/**
 * Fields HR systems and directories hold beyond the chart's own, kept on the positions under
 * these plain names (the chart schema keeps unknown fields as they are; the rules ignore them).
 */
export interface PositionExtras {
  department?: string;
  location?: string;
  employeeNumber?: string;
  email?: string;
  /** Full-time equivalent: 1 for full time, 0.8 for four days a week. */
  fte?: number;
  /** Yearly cost of the position, in the currency of the export. */
  cost?: number;
}
