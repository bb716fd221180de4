// Classes run two at a time: the machine has two cores, and several tests start LibreOffice or CLI processes.
[assembly: Parallelize(Workers = 2, Scope = ExecutionScope.ClassLevel)]
