// Rounding for figures shown to people (years to a tenth, CEUs to a hundredth). Pure.

export const round1 = (n: number) => Math.round(n * 10) / 10;

export const round2 = (n: number) => Math.round(n * 100) / 100;
