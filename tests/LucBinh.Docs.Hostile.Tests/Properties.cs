// One hostile case at a time: each measures a process's time and peak memory on a 2-core machine, which a parallel
// neighbour would distort (the fairness test makes its own concurrency).
[assembly: DoNotParallelize]
