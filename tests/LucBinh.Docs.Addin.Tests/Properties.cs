// Manifest test classes run side by side; the browser test classes opt out ([DoNotParallelize]): each owns a host and a Chromium.
[assembly: Parallelize(Scope = ExecutionScope.ClassLevel)]
