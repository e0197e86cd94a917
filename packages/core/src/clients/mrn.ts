/** Luhn check digit, so a mistyped MRN is caught rather than opening the wrong chart. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** MRN for the n-th client of an organisation: 7 digits and a check digit, e.g. 00001234 -> "0000123" + check. */
export function formatMrn(n: number): string {
  const body = String(n).padStart(7, '0');
  return `${body}${luhnCheckDigit(body)}`;
}

export function isValidMrn(mrn: string): boolean {
  return /^\d{8,}$/.test(mrn) && luhnCheckDigit(mrn.slice(0, -1)) === Number(mrn.slice(-1));
}
