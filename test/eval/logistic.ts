/** A small L2-regularised logistic regression (Newton's method): for fitting weights and measuring bounds. */
export function fitLogistic(x: number[][], y: number[], l2 = 1, iterations = 25): number[] {
  const d = (x[0]?.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < x.length; i++) {
      const xi = [1, ...(x[i] as number[])];
      let z = 0;
      for (let k = 0; k < d; k++) z += (w[k] as number) * (xi[k] as number);
      const p = 1 / (1 + Math.exp(-z));
      const g = p - (y[i] as number);
      const h = p * (1 - p);
      for (let a = 0; a < d; a++) {
        grad[a] = (grad[a] as number) + g * (xi[a] as number);
        const row = hess[a] as number[];
        for (let b = 0; b < d; b++) row[b] = (row[b] as number) + h * (xi[a] as number) * (xi[b] as number);
      }
    }
    for (let a = 1; a < d; a++) {
      grad[a] = (grad[a] as number) + l2 * (w[a] as number);
      (hess[a] as number[])[a] = ((hess[a] as number[])[a] as number) + l2;
    }
    const step = solve(hess, grad);
    for (let k = 0; k < d; k++) w[k] = (w[k] as number) - (step[k] as number);
  }
  return w;
}

export function predict(w: number[], xi: number[]): number {
  let z = w[0] as number;
  for (let k = 0; k < xi.length; k++) z += (w[k + 1] as number) * (xi[k] as number);
  return 1 / (1 + Math.exp(-z));
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[pivot] as number[])[c] as number))
        pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const pv = (m[c] as number[])[c] as number;
    if (Math.abs(pv) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((m[r] as number[])[c] as number) / pv;
      if (f === 0) continue;
      for (let k = c; k <= n; k++)
        (m[r] as number[])[k] = ((m[r] as number[])[k] as number) - f * ((m[c] as number[])[k] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / ((row[i] as number) || 1));
}
