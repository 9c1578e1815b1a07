/**
 * A Gaussian-process emulator of one simulator output (Sacks et al. 1989; Kennedy & O'Hagan 2001;
 * as used for history matching by Vernon, Goldstein & Bower 2010 and Andrianakis et al. 2015): a
 * linear mean in the inputs plus a Gaussian process with a squared-exponential covariance, one
 * length scale per input, and a nugget for the simulator's own noise (the known variance of each
 * point's mean over replications, plus a fitted remainder). Hyperparameters maximise the
 * likelihood (Nelder–Mead on their logarithms); the matrices are factorised by ml-matrix, and
 * exponentials and logarithms are core's deterministic ones, so a calibration has the same bytes
 * on every engine.
 *
 * Inputs are in the unit cube (the design's ranges scaled to [0, 1]); outputs in the metric's units.
 */
import { CholeskyDecomposition, Matrix, inverse } from 'ml-matrix';
import { detExp, detLog } from '../engine/rng/index.ts';
import { PpsimError } from '../errors.ts';
import { nelderMead } from './optimise.ts';

/** What an emulator is fitted to. */
export interface EmulatorData {
  /** Inputs in the unit cube, one row per design point. */
  readonly x: readonly (readonly number[])[];
  /** The simulator's output at each point: the mean over its replications. */
  readonly y: readonly number[];
  /** The variance of each mean (replications' variance ÷ replications): noise the emulator need not explain. */
  readonly noise?: readonly number[];
}

/** A prediction of the simulator's mean output: its expectation and the emulator's variance about it. */
export interface Prediction {
  readonly mean: number;
  readonly variance: number;
}

/** A fitted emulator. */
export interface Emulator {
  /** The prediction at a point of the unit cube. */
  predict(x: readonly number[]): Prediction;
  /** One length scale per input (in unit-cube units: large means the output hardly changes along it). */
  readonly lengthScales: readonly number[];
  /** The process variance σ². */
  readonly processVariance: number;
  /** The fitted noise variance on top of the known noise. */
  readonly nugget: number;
  /** Leave-one-out check: each point's standardised error predicting it from the others. */
  readonly leaveOneOut: readonly number[];
}

const MIN_LENGTH = 0.03;
const MAX_LENGTH = 5;

/**
 * `fitEmulator(data)`: a Gaussian-process emulator of `data` (at least 3 points).
 *
 * @example
 * const em = fitEmulator({ x: [[0], [0.5], [1]], y: [1, 2, 1.5] });
 * em.predict([0.25]); // { mean, variance }
 */
export function fitEmulator(data: EmulatorData): Emulator {
  const n = data.y.length;
  const d = data.x[0]?.length ?? 0;
  if (n < 3 || data.x.length !== n || data.x.some((row) => row.length !== d) || !data.y.every(Number.isFinite)) {
    throw new PpsimError('invalid_argument', {
      path: 'fitEmulator(data)',
      expected: 'at least 3 points, one input row of equal length per finite output',
      received: `${n} outputs, ${data.x.length} rows`,
      hint: 'run more design points, or check that the metric is defined at every point',
    });
  }
  // Outputs standardised for the fit; the emulator answers in the original units.
  const centre = data.y.reduce((s, v) => s + v, 0) / n;
  const spread = Math.sqrt(data.y.reduce((s, v) => s + (v - centre) ** 2, 0) / n) || 1;
  const y = data.y.map((v) => (v - centre) / spread);
  const noise = (data.noise ?? data.y.map(() => 0)).map((v) => Math.max(0, v) / spread ** 2);
  const basis = n > d + 3 ? (x: readonly number[]) => [1, ...x] : () => [1];
  const H = new Matrix(data.x.map((x) => basis(x)));
  const theta0 = [...Array.from({ length: d }, () => detLog(0.5)), detLog(1), detLog(1e-3)];
  const fit = nelderMead((t) => -likelihood(data.x, y, noise, H, t), theta0, { step: 0.7, maxIterations: 120 * (d + 2) });
  const gp = factorise(data.x, y, noise, H, fit.x);
  if (gp === undefined) {
    throw new PpsimError('invalid_state', {
      path: 'fitEmulator',
      expected: 'a covariance matrix that can be factorised',
      received: 'none found',
      hint: 'the design points may repeat: use a space-filling design',
    });
  }
  const { lengths, sigma2, tau2, Kinv, beta, alpha, KinvHt } = gp;
  const xs = data.x;
  const kinv = Kinv.to2DArray();
  const loo = y.map((_, i) => (alpha[i] as number) / Math.sqrt((kinv[i] as number[])[i] as number));
  return {
    lengthScales: lengths,
    processVariance: sigma2 * spread ** 2,
    nugget: tau2 * spread ** 2,
    leaveOneOut: loo,
    predict(x) {
      const k = xs.map((xi) => sigma2 * correlation(xi, x, lengths));
      const h = basis(x);
      let mean = 0;
      for (let j = 0; j < h.length; j++) mean += (h[j] as number) * (beta[j] as number);
      for (let i = 0; i < n; i++) mean += (k[i] as number) * (alpha[i] as number);
      // Universal kriging variance: the process's, less what the points explain, plus the mean's uncertainty.
      let explained = 0;
      for (let i = 0; i < n; i++) {
        const row = kinv[i] as number[];
        let s = 0;
        for (let j = 0; j < n; j++) s += (row[j] as number) * (k[j] as number);
        explained += (k[i] as number) * s;
      }
      const u = h.map((hj, j) => hj - (KinvHt[j] as number[]).reduce((s, v, i) => s + v * (k[i] as number), 0));
      const extra = quadratic(gp.Ainv, u);
      const variance = Math.max(0, sigma2 - explained + extra);
      return { mean: centre + spread * mean, variance: variance * spread ** 2 };
    },
  };
}

/** Share of leave-one-out standardised errors within ±3: about 1 for a trustworthy emulator. */
export function validationShare(emulator: Emulator, bound = 3): number {
  const z = emulator.leaveOneOut;
  return z.length === 0 ? 0 : z.filter((v) => Math.abs(v) <= bound).length / z.length;
}

function correlation(a: readonly number[], b: readonly number[], lengths: readonly number[]): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) {
    const r = ((a[j] as number) - (b[j] as number)) / (lengths[j] as number);
    s += r * r;
  }
  return detExp(-0.5 * s);
}

function quadratic(m: readonly (readonly number[])[], u: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) for (let j = 0; j < u.length; j++) s += (u[i] as number) * ((m[i] as number[])[j] as number) * (u[j] as number);
  return s;
}

interface Factorised {
  readonly lengths: number[];
  readonly sigma2: number;
  readonly tau2: number;
  readonly Kinv: Matrix;
  readonly beta: number[];
  readonly alpha: number[];
  readonly Ainv: number[][];
  /** (HᵀK⁻¹H)⁻¹ is Ainv; KinvHt holds (K⁻¹H)ᵀ rows, one per basis function. */
  readonly KinvHt: number[][];
  readonly logLikelihood: number;
}

function factorise(x: readonly (readonly number[])[], y: readonly number[], noise: readonly number[], H: Matrix, theta: readonly number[]): Factorised | undefined {
  const n = y.length;
  const d = theta.length - 2;
  const lengths = theta.slice(0, d).map((t) => Math.min(MAX_LENGTH, Math.max(MIN_LENGTH, detExp(t))));
  const sigma2 = detExp(theta[d] as number);
  const tau2 = Math.max(1e-8, detExp(theta[d + 1] as number));
  const K = new Matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const v = sigma2 * correlation(x[i] as number[], x[j] as number[], lengths) + (i === j ? tau2 + (noise[i] as number) + 1e-10 : 0);
      K.set(i, j, v);
      K.set(j, i, v);
    }
  }
  const chol = new CholeskyDecomposition(K);
  if (!chol.isPositiveDefinite()) return undefined;
  const L = chol.lowerTriangularMatrix;
  let logDet = 0;
  for (let i = 0; i < n; i++) logDet += 2 * detLog(L.get(i, i));
  const KinvH = chol.solve(H);
  const A = H.transpose().mmul(KinvH);
  let Ainv: Matrix;
  try {
    Ainv = inverse(A);
  } catch {
    return undefined;
  }
  const Y = Matrix.columnVector([...y]);
  const beta = Ainv.mmul(KinvH.transpose().mmul(Y));
  const r = Y.clone().sub(H.mmul(beta));
  const alpha = chol.solve(r);
  const quad = r.transpose().mmul(alpha).get(0, 0);
  const logLikelihood = -0.5 * quad - 0.5 * logDet;
  const Kinv = chol.solve(Matrix.eye(n, n));
  return {
    lengths,
    sigma2,
    tau2,
    Kinv,
    beta: beta.getColumn(0),
    alpha: alpha.getColumn(0),
    Ainv: Ainv.to2DArray(),
    KinvHt: KinvH.transpose().to2DArray(),
    logLikelihood,
  };
}

function likelihood(x: readonly (readonly number[])[], y: readonly number[], noise: readonly number[], H: Matrix, theta: readonly number[]): number {
  const d = theta.length - 2;
  // Weak priors keep the search where emulators are sensible: length scales in [0.03, 5] of the cube.
  const penalty = theta.slice(0, d).reduce((s, t) => s + (t < detLog(MIN_LENGTH) ? (detLog(MIN_LENGTH) - t) ** 2 : 0) + (t > detLog(MAX_LENGTH) ? (t - detLog(MAX_LENGTH)) ** 2 : 0), 0);
  return (factorise(x, y, noise, H, theta)?.logLikelihood ?? Number.NEGATIVE_INFINITY) - 10 * penalty;
}
