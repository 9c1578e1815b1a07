#!/bin/bash
#SBATCH --job-name=ppsim-sweep
#SBATCH --array=0-3
#SBATCH --cpus-per-task=1
#SBATCH --time=00:30:00
#SBATCH --output=logs/%x-%a.out
# A ppsim sweep as a Slurm job array: task K runs shard K of 4 into its own folder. The count (4, as
# in --array=0-3) is written out rather than read from SLURM_ARRAY_TASK_COUNT, so that a task
# resubmitted alone (`sbatch --array=2 sweep-array.sh`) still runs shard 2 of 4. This sweep is small
# (the test suite runs it on a one-node Slurm); for a study raise --runs and --reps, drop --years and
# population.scale, and give each task more --time.
set -euo pipefail
cd "$SLURM_SUBMIT_DIR"            # a clone of ppsim with `pnpm install` done
shards=4
pnpm ppsim sweep bergen:frame-funding \
  --param governance.controlIntensity=0:1 --param staff.motivation.crowding=0:1 \
  --design sobol --runs 16 --reps 2 --seed 1 --years 3 --set population.scale=0.25 \
  --shard "${SLURM_ARRAY_TASK_ID}/${shards}" \
  --quiet --out "results/sweep-shard-${SLURM_ARRAY_TASK_ID}"
