/**
 * The standard normal quantile function Φ⁻¹(u), used to draw normals by inversion.
 *
 * Algorithm AS 241 (PPND16): M. J. Wichura, "The percentage points of the normal distribution",
 * Applied Statistics 37(3), 477–484, 1988. Three rational approximations of degree 7/7: one for
 * |u − ½| ≤ 0.425, and two in r = √(−ln min(u, 1−u)) for the tails; relative accuracy about 1e-16.
 * Coefficients transcribed from the paper and checked against its published hash sums
 * (55.8831928806149014439, 49.33206503301610289036, 47.52583317549289671629).
 *
 * Inversion rather than the polar method or a ziggurat, because it uses exactly one uniform per
 * normal (no cached spare, no rejection), and is monotone in u. Both matter for common random
 * numbers: two scenarios that draw the same number of normals from a stream see the same uniforms,
 * and a larger u always gives a larger normal. It was also the fastest of the three in our
 * measurements, since 85 % of draws need only the central rational function and no logarithm.
 */
import { detLog } from '../detmath.ts';

const SPLIT1 = 0.425;
const SPLIT2 = 5;
const CONST1 = 0.180625; // SPLIT1²
const CONST2 = 1.6;

// |u − ½| ≤ 0.425
const A0 = 3.387132872796366608,
  A1 = 1.3314166789178437745e2,
  A2 = 1.9715909503065514427e3;
const A3 = 1.3731693765509461125e4,
  A4 = 4.5921953931549871457e4,
  A5 = 6.7265770927008700853e4;
const A6 = 3.3430575583588128105e4,
  A7 = 2.5090809287301226727e3;
const B1 = 4.2313330701600911252e1,
  B2 = 6.871870074920579083e2,
  B3 = 5.3941960214247511077e3;
const B4 = 2.1213794301586595867e4,
  B5 = 3.930789580009271061e4,
  B6 = 2.8729085735721942674e4;
const B7 = 5.226495278852854561e3;
// r = √(−ln min(u, 1−u)) ≤ 5
const C0 = 1.42343711074968357734,
  C1 = 4.6303378461565452959,
  C2 = 5.7694972214606914055;
const C3 = 3.64784832476320460504,
  C4 = 1.27045825245236838258,
  C5 = 2.4178072517745061177e-1;
const C6 = 2.27238449892691845833e-2,
  C7 = 7.7454501427834140764e-4;
const D1 = 2.05319162663775882187,
  D2 = 1.6763848301838038494,
  D3 = 6.8976733498510000455e-1;
const D4 = 1.4810397642748007459e-1,
  D5 = 1.51986665636164571966e-2,
  D6 = 5.475938084995344946e-4;
const D7 = 1.05075007164441684324e-9;
// r > 5 (u below about 1.4e-11)
const E0 = 6.6579046435011037772,
  E1 = 5.4637849111641143699,
  E2 = 1.7848265399172913358;
const E3 = 2.9656057182850489123e-1,
  E4 = 2.6532189526576123093e-2,
  E5 = 1.2426609473880784386e-3;
const E6 = 2.71155556874348757815e-5,
  E7 = 2.01033439929228813265e-7;
const F1 = 5.9983220655588793769e-1,
  F2 = 1.3692988092273580531e-1,
  F3 = 1.48753612908506148525e-2;
const F4 = 7.868691311456132591e-4,
  F5 = 1.8463183175100546818e-5,
  F6 = 1.4215117583164458887e-7;
const F7 = 2.04426310338993978564e-15;

/**
 * `normalQuantile(u: number): number` — Φ⁻¹(u) for u in (0, 1). The caller guarantees 0 < u < 1
 * (the stream's 53-bit open uniform), so the tails end at about ±8.21 rather than at infinity.
 *
 * @example
 * normalQuantile(0.975); // 1.9599639845400536
 */
export function normalQuantile(u: number): number {
  const q = u - 0.5;
  if (q <= SPLIT1 && q >= -SPLIT1) {
    const r = CONST1 - q * q;
    const num = ((((((A7 * r + A6) * r + A5) * r + A4) * r + A3) * r + A2) * r + A1) * r + A0;
    const den = ((((((B7 * r + B6) * r + B5) * r + B4) * r + B3) * r + B2) * r + B1) * r + 1;
    return (q * num) / den;
  }
  return normalTail(u, q);
}

// Split off so that the central branch, 85 % of draws, is small enough for V8 to inline into the
// samplers (a call that is not inlined returns its double boxed on the heap).
function normalTail(u: number, q: number): number {
  // 1 − u is exact for u ≥ ½, so both tails keep the full resolution of u.
  let r = Math.sqrt(-detLog(q < 0 ? u : 1 - u));
  let z: number;
  if (r <= SPLIT2) {
    r -= CONST2;
    const num = ((((((C7 * r + C6) * r + C5) * r + C4) * r + C3) * r + C2) * r + C1) * r + C0;
    const den = ((((((D7 * r + D6) * r + D5) * r + D4) * r + D3) * r + D2) * r + D1) * r + 1;
    z = num / den;
  } else {
    r -= SPLIT2;
    const num = ((((((E7 * r + E6) * r + E5) * r + E4) * r + E3) * r + E2) * r + E1) * r + E0;
    const den = ((((((F7 * r + F6) * r + F5) * r + F4) * r + F3) * r + F2) * r + F1) * r + 1;
    z = num / den;
  }
  return q < 0 ? -z : z;
}
