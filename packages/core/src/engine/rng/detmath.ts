/**
 * Deterministic `log`, `exp` and `lgamma`: the same bits on every JavaScript engine.
 *
 * ECMAScript lets `Math.log`, `Math.exp`, `Math.pow` and friends be "implementation-approximated",
 * so two engines (or two versions of one engine) may disagree in the last bit, and a rejection
 * sampler that compares against such a value can then take a different branch and desynchronise a
 * whole run. These functions use only operations that IEEE 754 requires to be correctly rounded
 * (+ − × ÷, `Math.sqrt`) plus reading and writing the words of a double, so their results are fixed
 * by the code alone.
 *
 * `detLog` and `detExp` follow the algorithms of fdlibm 5.3 (Sun Microsystems, 1993: `e_log.c` and
 * `e_exp.c`; the same algorithms behind V8's `Math.log`/`Math.exp`): reduce the argument by powers
 * of two (log) or multiples of ln 2 (exp), then evaluate a minimax polynomial whose coefficients are
 * the published fdlibm constants. Both are accurate to under 1 ulp.
 */

// One shared scratch double, viewed as two 32-bit words, gives bit access without allocating.
const F64 = new Float64Array(1);
const I32 = new Int32Array(F64.buffer);
F64[0] = 1;
// Typed arrays use the platform's byte order; find which word holds sign and exponent.
const HI = I32[1] === 0x3ff00000 ? 1 : 0;

function highWord(x: number): number {
  F64[0] = x;
  return I32[HI] as number;
}

// POW2[POW2_ZERO + e] = 2^e for e in −1074..1023, built by exact doubling and halving. Scaling by a
// power of two is exact whenever the result is a normal number, so it can stand in for fdlibm's
// writes to the exponent field. (Writing a word and reading the double back is 3–4× slower in V8:
// the store cannot be forwarded to the wider load.)
const POW2_ZERO = 1074;
const POW2 = new Float64Array(POW2_ZERO + 1024);
POW2[POW2_ZERO] = 1;
for (let e = 1; e <= 1023; e++) POW2[POW2_ZERO + e] = 2 * (POW2[POW2_ZERO + e - 1] as number);
for (let e = 1; e <= 1074; e++) POW2[POW2_ZERO - e] = 0.5 * (POW2[POW2_ZERO - e + 1] as number);

// ln 2 split so that k·LN2_HI is exact for |k| < 2000 (fdlibm).
const LN2_HI = 6.9314718036912381649e-1; // 0x3fe62e42 fee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
const TWO54 = 1.8014398509481984e16; // 2^54, lifts subnormals into the normal range

// Minimax coefficients for log(1+f) = 2s + s·R(s²), s = f/(2+f), |error| < 2^-58.45 (fdlibm e_log.c).
const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/**
 * Natural logarithm, bit-identical on every engine.
 *
 * `detLog(x: number): number` returns ln x with an error below 1 ulp. Special cases as `Math.log`:
 * `detLog(0) === -Infinity` (also for −0), `NaN` for x < 0 or NaN, `Infinity` for `Infinity`.
 *
 * @example
 * detLog(Math.E); // 1
 * detLog(0);      // -Infinity
 */
export function detLog(x: number): number {
  const hx = highWord(x);
  // Positive, normal and finite: the exponent field is neither 0 nor all ones.
  if (hx >= 0x00100000 && hx < 0x7ff00000) return logOfNormal(x, hx, 0);
  if (x === 0) return -Infinity;
  if (!(x > 0)) return NaN;
  if (x === Infinity) return x;
  const scaled = x * TWO54; // subnormal
  return logOfNormal(scaled, highWord(scaled), -54);
}

// The hot path is split off (and the rare cases left in detLog) so that V8 inlines it into the
// samplers; a call it cannot inline returns the double boxed on the heap, which costs more than
// the logarithm itself.
function logOfNormal(x: number, hx: number, k0: number): number {
  const m = hx & 0x000fffff;
  // Choose the exponent e so that the mantissa x/2^e lies in [√2/2, √2): 0x95f64 marks √2.
  const i = (m + 0x95f64) & 0x100000;
  const e = (hx >> 20) - 1023 + (i >> 20);
  const f = x * (POW2[POW2_ZERO - e] as number) - 1;
  const k = k0 + e;
  // fdlibm special-cases k = 0 to save two multiplications; with k = 0 its general formulas give
  // the same bits, so they are used throughout.
  if ((0x000fffff & (2 + m)) < 3) {
    // |f| < 2^-20: a short Taylor series is exact enough and avoids the division below.
    if (f === 0) return k * LN2_HI + k * LN2_LO;
    const r = f * f * (0.5 - 0.33333333333333333 * f);
    return k * LN2_HI - (r - k * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const r = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7))) + w * (LG2 + w * (LG4 + w * LG6));
  // For f far from 0 the form with hfsq = f²/2 keeps the error below 1 ulp (fdlibm's split).
  if (((m - 0x6147a) | (0x6b851 - m)) > 0) {
    const hfsq = 0.5 * f * f;
    return k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
  }
  return k * LN2_HI - (s * (f - r) - k * LN2_LO - f);
}

const O_THRESHOLD = 7.09782712893383973096e2; // above: exp overflows
const U_THRESHOLD = -7.4513321910194110842e2; // below: exp underflows to 0
const INV_LN2 = 1.442695040888963387;
const TWO_M1000 = 9.3326361850321887899e-302; // 2^-1000, to scale into the subnormal range once
// Minimax coefficients for the remez approximation R(r²) of r·(e^r+1)/(e^r−1) (fdlibm e_exp.c).
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;

/**
 * Exponential function, bit-identical on every engine.
 *
 * `detExp(x: number): number` returns e^x with an error below 1 ulp; `Infinity` above ~709.78,
 * `0` below ~−745.13, `detExp(-Infinity) === 0`, `NaN` for NaN.
 *
 * @example
 * detExp(1);     // 2.7182818284590455
 * detExp(-1000); // 0
 */
export function detExp(x: number): number {
  const hw = highWord(x);
  const hx = hw & 0x7fffffff;
  if (hx < 0x3e300000) return 1 + x; // |x| < 2^-28: e^x rounds to 1 + x
  if (hx < 0x40862e42) return expOfFinite(x, hx, hw < 0); // |x| < 709.78
  if (x !== x) return x;
  if (x > O_THRESHOLD) return Infinity;
  if (x < U_THRESHOLD) return 0;
  return expOfFinite(x, hx, hw < 0);
}

function expOfFinite(x: number, hx: number, negative: boolean): number {
  // Reduce to x = k·ln2 + r with |r| ≤ ln2/2; r is carried as hi − lo for extra precision.
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    if (hx < 0x3ff0a2b2) {
      // |x| < 1.5 ln2: k is ±1, no multiplication needed.
      k = negative ? -1 : 1;
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
    } else {
      k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
      hi = x - k * LN2_HI; // exact: k·LN2_HI has trailing zero bits
      lo = k * LN2_LO;
    }
    x = hi - lo;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  // y·2^k, exact while the result is normal (fdlibm adds k to the exponent field instead).
  if (k >= -1021) {
    // 2^1024 is not a double; y < 1 whenever k = 1024, so y·2 is exact and the product finite.
    return k <= 1023 ? y * (POW2[POW2_ZERO + k] as number) : 2 * y * (POW2[POW2_ZERO + 1023] as number);
  }
  // Subnormal result: scale to 2^(k+1000) exactly, then round once into the subnormal range.
  return y * (POW2[POW2_ZERO + k + 1000] as number) * TWO_M1000;
}

const HALF_LN_2PI = 0.9189385332046728; // ln(2π)/2
// Below this the Stirling series is not accurate to double precision; shift up with Γ(x+1) = xΓ(x).
const STIRLING_MIN = 10;

/**
 * Logarithm of the gamma function for x > 0, bit-identical on every engine.
 *
 * `detLgamma(x: number): number` returns ln Γ(x). For x ≥ 10 it sums the Stirling series
 * (x − ½)·ln x − x + ½ln 2π + 1/(12x) − 1/(360x³) + … to the x⁻¹³ term (relative error ≈ 1e-16);
 * below 10 it shifts the argument up with the recurrence ln Γ(x) = ln Γ(x + n) − ln(x(x+1)…(x+n−1)),
 * which leaves an absolute error of a few 1e-15 (so relative accuracy is lower near the zeros at
 * x = 1 and x = 2). Returns `Infinity` for 0 and `Infinity`, `NaN` for x < 0 and NaN: the reflection
 * formula for negative x would need an engine-dependent sine and nothing in ppsim needs it.
 *
 * @example
 * detLgamma(5);   // 3.178053830347947  (ln 24 = 3.1780538303479458)
 * detLgamma(0.5); // 0.5723649429246986 (ln √π = 0.5723649429247001)
 */
export function detLgamma(x: number): number {
  if (!(x > 0)) return x === 0 ? Infinity : NaN;
  if (x === Infinity) return Infinity;
  if (x >= STIRLING_MIN) return stirling(x);
  // ln 0! = ln 1! = 0 exactly; the shifted series would leave a rounding residue of ~1e-15.
  if (x === 1 || x === 2) return 0;
  // Each factor is x + i with a single rounding, rather than an accumulated x += 1.
  const n = Math.ceil(STIRLING_MIN - x);
  let product = x;
  for (let i = 1; i < n; i++) product *= x + i;
  return stirling(x + n) - detLog(product);
}

function stirling(x: number): number {
  const inv = 1 / x;
  const inv2 = inv * inv;
  // Coefficients B(2k)/(2k(2k−1)) of the asymptotic series, innermost last.
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 * (1 / 1188 - inv2 * (691 / 360360 - inv2 / 156))))));
  return (x - 0.5) * detLog(x) - x + HALF_LN_2PI + series;
}
