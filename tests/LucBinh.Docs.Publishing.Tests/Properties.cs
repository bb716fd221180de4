// Each test owns its fake Graph and temporary folders, so classes run in parallel (Retry-After waits overlap).
[assembly: Parallelize(Scope = ExecutionScope.ClassLevel)]
