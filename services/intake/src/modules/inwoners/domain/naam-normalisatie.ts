/**
 * Names are typed in many ways: with or without accents (Çelik, Celik), ligatures (Ĳsbrand, IJsbrand) and in any
 * case. Every comparison of names starts from this form: compatibility-decomposed, accents dropped, lower case.
 */
export function zonderAccentenKleineLetters(tekst: string): string {
  return tekst.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
