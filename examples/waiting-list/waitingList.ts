// The engine's demonstration model: a waiting list at an orderer office, with and without a
// staffing cut on 2009-07-01, replicated with common random numbers (same seeds for both).
import { byYear, createClock, ensembleInterval, pairedEnsembleDifference, replicate, replicationSeeds, type RunResult } from '@ppsim/core';
import { defaultWaitingListParams, waitingListModel, waitingListReporters } from '@ppsim/core/demo';

const finalYearWaiting = (r: RunResult) => byYear(r.table, 'waiting', 'mean').value.at(-1)!;

export function waitingListComparison(reps = 20, seed = 1, years = 10) {
  const seeds = replicationSeeds(seed, reps);
  const until = createClock(waitingListModel.clock!).stepsInYears(years);
  const collect = { model: waitingListReporters };
  const staffed = replicate(waitingListModel, { params: defaultWaitingListParams, seeds, until, collect });
  const cut = replicate(waitingListModel, {
    params: { ...defaultWaitingListParams, staffing: [{ date: '2009-07-01', caseworkers: 5 }] },
    seeds,
    until,
    collect,
  });
  return {
    staffed: ensembleInterval(staffed, finalYearWaiting),
    cut: ensembleInterval(cut, finalYearWaiting),
    difference: pairedEnsembleDifference(staffed, cut, finalYearWaiting),
  };
}
