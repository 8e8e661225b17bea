/** SGR sequences for the few styles stylish uses, as ESLint's stylish shows them. */
export interface Colors {
  underline: (text: string) => string;
  dim: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
  bold: (text: string) => string;
}

const style =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const identity = (text: string): string => text;

export const ANSI_COLORS: Colors = {
  underline: style(4, 24),
  dim: style(2, 22),
  red: style(31, 39),
  yellow: style(33, 39),
  bold: style(1, 22),
};

export const NO_COLORS: Colors = {
  underline: identity,
  dim: identity,
  red: identity,
  yellow: identity,
  bold: identity,
};
